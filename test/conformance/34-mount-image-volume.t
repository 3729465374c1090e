# title: An image's VOLUME gives each container an anonymous volume unless you mount something there
# docs: https://docs.docker.com/reference/dockerfile/#volume
$ docker inspect -f '{{json .Config.Volumes}}' mysql postgres redis busybox
{"/var/lib/mysql":{}}
{"/var/lib/postgresql/data":{}}
{"/data":{}}
null
$ docker run -d --name db mysql
a6475f691175e4a651e6a6544067f0ff2c0607a1184aae1a035a9b02f2df6344
$ docker inspect -f '{{range .Mounts}}{{.Type}} {{.Destination}} {{.Driver}} {{.RW}}{{println}}{{end}}' db
volume /var/lib/mysql local true

$ docker run -d --name cache redis
a64e389344528630d7109c5b0bcdb8fe15df7ce4d42d9d5c5037b38a0147e323
$ docker exec cache pwd
/data
$ docker inspect -f '{{range .Mounts}}{{.Type}} {{.Destination}}{{println}}{{end}}' cache
volume /data

$ docker run -d --name pg postgres
b53de0a5d328e71622e9a1b77e7ea7cf94c97b1b23fd30b7abc4a0bcc6861f1d
$ docker exec pg ls /var/lib/postgresql/data
PG_VERSION
$ docker volume ls -q | wc -l
3
$ docker run -d --name db2 -v mydata:/var/lib/mysql mysql
768a6000d15b448bed7cf3bd8401ca56e787152ffa80318673dcb8284633f934
$ docker inspect -f '{{range .Mounts}}{{.Type}} {{.Name}} {{.Destination}}{{println}}{{end}}' db2
volume mydata /var/lib/mysql

$ docker volume ls -q | wc -l
4
$ docker diff db  # unordered
C /var
C /var/log
C /var/log/mysql
A /var/log/mysql/error.log
