# title: Docker provides /dev and its device nodes; the image's /dev is empty
# docs: https://docs.docker.com/reference/cli/docker/container/run/
$ docker run --rm busybox ls /dev
fd
full
mqueue
null
ptmx
pts
random
shm
stderr
stdin
stdout
tty
urandom
zero
$ docker run --rm busybox ls /dev/pts /dev/shm /dev/mqueue
/dev/mqueue:

/dev/pts:
ptmx

/dev/shm:
$ docker run --rm busybox sh -c 'echo hidden > /dev/null; echo $?'
0
$ docker run --rm busybox sh -c 'head -c 4 /dev/zero | wc -c'
4
$ docker run -d --name box busybox sleep 100000
e855ddc61202f66a3cfa763a47a724bd2ab02b6aeb328a5ed12245ac54bb1caf
$ docker exec box touch /dev/shm/x
$ docker exec box ls /dev/shm
x
$ docker diff box
