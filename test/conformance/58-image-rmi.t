# title: docker rmi / docker image rm: in use by a container, committed images, missing images, -f
# docs: https://docs.docker.com/reference/cli/docker/image/rm/
$ docker run --name snapme busybox touch /made
$ docker commit snapme snap >/dev/null
$ docker rmi snap
Untagged: snap:latest
Deleted: sha256:626f65ab9662b9e43901dd5b77bcfdf06237d293a5ea5461842bc4e8b67e4cb0
Deleted: sha256:7bb19712d7720105d308dfd3c82314fd4f85d24467a55133cef92b0f7529056c
$ docker rmi snap
Error response from daemon: No such image: snap:latest
[exit 1]
$ docker image rm nosuch
Error response from daemon: No such image: nosuch:latest
[exit 1]
$ docker commit snapme snap2 >/dev/null
$ docker create --name user snap2
f7671380b8f9d8f9e4d0ebfbe5494e1268ccd39e122a2c488236eff78372c33c
$ docker rmi snap2
Error response from daemon: conflict: unable to remove repository reference "snap2" (must force) - container f7671380b8f9 is using its referenced image b9b90f111434
[exit 1]
$ docker rm user
user
$ docker create --name user2 snap2
cef6e69bd6ae97e1ab3d24c461276b9d30493dfd8d9d73a88aee16454ed15ab7
$ docker rmi -f snap2
Untagged: snap2:latest
Deleted: sha256:b9b90f111434ea435a0c6933e8826bb9c45f6d883147ed20ca3520aa3f2565e2
$ docker ps -a --format '{{.Names}} {{.Image}}'
user2 b9b90f111434
snapme busybox
$ docker images --filter dangling=true -q | wc -l
0
$ docker rmi
"docker rmi" requires at least 1 argument.
See 'docker rmi --help'.

Usage:  docker rmi [OPTIONS] IMAGE [IMAGE...]

Remove one or more images
[exit 1]
