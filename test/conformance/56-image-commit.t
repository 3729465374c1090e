# title: docker commit turns a container's writable layer into a new image
# docs: https://docs.docker.com/reference/cli/docker/container/commit/
$ docker run -d --name web nginx
e78138eef671c1358ab3c9e1984c8734cc446d54f4764e4d04751797c1c25700
$ docker exec web sh -c 'echo "<h1>v2</h1>" > /usr/share/nginx/html/index.html'
$ docker commit web mynginx
sha256:61cdfccabfa8b3c2627d9ea1717e8834f19b4228f2ec1d9a881a6c92805630d2
$ docker images mynginx
REPOSITORY   TAG       IMAGE ID       CREATED                  SIZE
mynginx      latest    61cdfccabfa8   Less than a second ago   1.98MB
$ docker run --rm mynginx cat /usr/share/nginx/html/index.html
<h1>v2</h1>
$ docker commit web mynginx:v2
sha256:002a54129a69bd9601ece6fd6a5dd8fc8731a2910bcb96cd1d5feae88e813cbc
$ docker images mynginx --format '{{.Repository}} {{.Tag}}'  # unordered
mynginx latest
mynginx v2
$ docker run --rm mynginx:v2 cat /var/log/nginx/error.log
nginx: start worker processes
$ docker commit nosuch img
Error response from daemon: No such container: nosuch
[exit 1]
$ docker commit web
sha256:d66aedc9ebf4c92e399e84144152624fb7607b1e5087f2b300d40d22db6a56ea
$ docker images --filter dangling=true --format '{{.Repository}}:{{.Tag}}'
<none>:<none>
$ docker commit web BadName
invalid reference format: repository name (library/BadName) must be lowercase
[exit 1]
$ docker inspect -f '{{json .Config.Cmd}} {{json .Config.Entrypoint}}' mynginx
["nginx","-g","daemon off;"] ["/docker-entrypoint.sh"]
