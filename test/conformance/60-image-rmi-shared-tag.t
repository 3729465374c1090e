# title: rmi of a name whose image has another tag only untags it, even while a container uses it
# docs: https://docs.docker.com/reference/cli/docker/image/rm/
$ docker create --name box busybox
ac166a9c27ae9d0d1be9525a9182171977026265b4c901a4397ba26bb8ddd124
$ docker rmi busybox
Untagged: busybox:latest
$ docker images busybox
REPOSITORY   TAG       IMAGE ID       CREATED         SIZE
busybox      1.36      b7cea8a3de08   3 minutes ago   1.98MB
$ docker run --rm busybox:1.36 echo still here
still here
$ docker tag busybox:1.36 busybox:latest
$ docker images busybox
REPOSITORY   TAG       IMAGE ID       CREATED         SIZE
busybox      1.36      b7cea8a3de08   3 minutes ago   1.98MB
busybox      latest    b7cea8a3de08   3 minutes ago   1.98MB
$ docker ps -a --format '{{.Names}} {{.Image}}'
box busybox
