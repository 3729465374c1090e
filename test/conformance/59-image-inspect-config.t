# title: Reading an image's configuration with docker inspect -f
# docs: https://docs.docker.com/reference/cli/docker/image/inspect/
$ docker inspect -f '{{.Config.Cmd}}' busybox
[sh]
$ docker inspect -f '{{json .Config.Cmd}}' nginx
["nginx","-g","daemon off;"]
$ docker inspect -f '{{.Config.Entrypoint}}' nginx mysql busybox
[/docker-entrypoint.sh]
[docker-entrypoint.sh]
[]
$ docker inspect -f '{{json .Config.Volumes}}' mysql
{"/var/lib/mysql":{}}
$ docker inspect -f '{{.Config.WorkingDir}}' redis busybox
/data
/
$ docker inspect -f '{{.Config.Env}}' postgres
[PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin PGDATA=/var/lib/postgresql/data]
$ docker image inspect -f '{{.RepoTags}}' nginx
[nginx:1.27 nginx:latest]
$ docker image inspect nosuch
[]
Error response from daemon: No such image: nosuch:latest
[exit 1]
$ docker inspect --type image -f '{{.Os}} {{.Architecture}}' alpine
linux amd64
$ docker inspect -f '{{len .RootFS.Layers}}' nginx busybox
2
1
