# title: start -a of a finished container runs its command again and prints the output
# docs: https://docs.docker.com/reference/cli/docker/container/start/
$ docker run --name hello busybox echo hello
hello
$ docker start -a hello
hello
$ docker start hello
hello
$ docker wait hello
0
$ docker logs hello
hello
hello
hello
$ docker run --name count busybox sh -c 'echo run >> /log; cat /log'
run
$ docker start -a count
run
run
$ docker start -a count
run
run
run
$ docker run --name err busybox sh -c 'echo oops >&2; exit 4'
oops
[exit 4]
$ docker start -a err
oops
[exit 4]
