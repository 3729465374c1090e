# title: A --rm container removed by docker stop or docker kill takes its anonymous volumes with it, not named ones
# docs: https://docs.docker.com/reference/cli/docker/container/run/#rm
$ docker run -d --rm --name t1 -v /scratch -v keep:/keep busybox sleep 100000
7a3223bd29d97c3d0665b1e7828fe295b66a41a8c5ae7cdfc16a2417abbc801d
$ docker volume ls -q | wc -l
2
$ docker stop -t 0 t1
t1
$ sleep 1
$ docker ps -a
CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES
$ docker volume ls
DRIVER    VOLUME NAME
local     keep
$ docker start t1
Error response from daemon: No such container: t1
Error: failed to start containers: t1
[exit 1]
$ docker run -d --rm --name t2 -v /scratch -v keep2:/keep busybox sleep 100000
68816a43682c161079d6421ba1696351ad228cf35bad70bb3d012634e928b2d3
$ docker kill t2
t2
$ sleep 1
$ docker ps -a
CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES
$ docker volume ls
DRIVER    VOLUME NAME
local     keep
local     keep2
$ docker run --rm --name t3 -v /scratch -v keep3:/keep busybox sh -c 'exit 3'
[exit 3]
$ docker volume ls
DRIVER    VOLUME NAME
local     keep
local     keep2
local     keep3
$ docker run -d --rm --name t4 -v /scratch busybox sleep 100000
bebf0bb868b5174cd2da6b7489beb09915aeef985d85dd77c9812abfd96626ef
$ docker rm -f t4
t4
$ docker volume ls
DRIVER    VOLUME NAME
local     9c37fad91294735dbd5a3d2f6c961c19e5e553c922eac2bf15f82cdaa37e779f
local     keep
local     keep2
local     keep3
