# title: Service images: the default command runs the service, any other command replaces it, --entrypoint
# docs: https://docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact
$ docker run -d --name web nginx
e1f5afaf40d7b05c526928a9d9c6214a585f1f286636936ae9aec2f1ecce8e42
$ docker logs web
$ docker exec web cat /var/log/nginx/error.log
nginx: start worker processes
$ docker restart web
web
$ docker exec web cat /var/log/nginx/error.log
nginx: start worker processes
nginx: start worker processes
$ docker run --rm nginx echo hi
hi
$ docker run --rm nginx cat /var/log/nginx/error.log
cat: can't open '/var/log/nginx/error.log': No such file or directory
[exit 1]
$ docker run --rm mysql ls /var/lib/mysql
$ docker run --rm mysql ls /var/log/mysql
$ docker volume ls -q | wc -l
0
$ docker run --rm redis pwd
/data
$ docker run --rm --entrypoint sh nginx -c 'echo $0'
sh
$ docker run --rm --entrypoint '' nginx echo hi
hi
$ docker run --rm --entrypoint echo nginx
$ docker run --rm --entrypoint echo nginx a b
a b
$ docker run --rm --entrypoint '' nginx
docker: Error response from daemon: no command specified.
See 'docker run --help'.
[exit 125]
$ docker create --name ep --entrypoint echo nginx
e4cf4ea071ac74a47031a6fe9ebcaed6b12fb746f241bca28de0089bcb4de862
$ docker inspect -f '{{json .Config.Entrypoint}} {{json .Config.Cmd}}' ep
["echo"] null
$ docker run --rm mysql mysqld --help
/usr/local/bin/docker-entrypoint.sh: exec: line 8: mysqld: not found
[exit 127]
