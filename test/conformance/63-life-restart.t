# title: restart of a running, an exited and a never-started container
# docs: https://docs.docker.com/reference/cli/docker/container/restart/
$ docker create --name fresh busybox sleep 100000
e4df6a7945ea456a41be3b80d8a8bf1f689ad4d4ce52293300691eb542fa5a7b
$ docker restart fresh
fresh
$ docker ps -a --format '{{.Names}} {{.State}}'
fresh running
$ docker run --name done busybox echo hello
hello
$ docker restart done
done
$ docker wait done
0
$ docker logs done
hello
hello
$ docker restart -t 1 fresh
fresh
$ docker ps --format '{{.Names}} {{.State}}'
fresh running
$ docker pause fresh
fresh
$ docker restart -t 1 fresh
fresh
$ docker ps --format '{{.Names}} {{.State}}'
fresh running
$ docker restart nosuch
Error response from daemon: No such container: nosuch
[exit 1]
