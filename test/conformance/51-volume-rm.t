# title: docker volume rm: in use, missing, -f, and several at once where one fails
# docs: https://docs.docker.com/reference/cli/docker/volume/rm/
$ docker volume create v1
v1
$ docker volume create v2
v2
$ docker run -d --name box -v busy:/data busybox sleep 100000
15013b97c1f703006fc24c929843c136139ab8b6ddd6119b63427e3224c67632
$ docker volume rm nosuch
Error response from daemon: get nosuch: no such volume
[exit 1]
$ docker volume rm -f nosuch
nosuch
$ docker volume rm v1 nosuch v2
v1
v2
Error response from daemon: get nosuch: no such volume
[exit 1]
$ docker volume ls -q
busy
$ docker volume rm busy
Error response from daemon: remove busy: volume is in use - [15013b97c1f703006fc24c929843c136139ab8b6ddd6119b63427e3224c67632]
[exit 1]
$ docker volume rm -f busy
Error response from daemon: remove busy: volume is in use - [15013b97c1f703006fc24c929843c136139ab8b6ddd6119b63427e3224c67632]
[exit 1]
$ docker volume rm
"docker volume rm" requires at least 1 argument.
See 'docker volume rm --help'.

Usage:  docker volume rm [OPTIONS] VOLUME [VOLUME...]

Remove one or more volumes
[exit 1]
$ docker rm -f box
box
$ docker volume rm busy
busy
$ docker volume remove busy
Error response from daemon: get busy: no such volume
[exit 1]
