# title: echo and printf flags in busybox sh
# docs: https://docs.docker.com/reference/cli/docker/container/run/
$ docker run --rm busybox sh -c 'echo -n no-newline; echo END'
no-newlineEND
$ docker run --rm busybox sh -c 'echo -e "a\tb\nc"'
a	b
c
$ docker run --rm busybox sh -c 'echo "a\nb"'
a\nb
$ docker run --rm busybox echo -e 'x\ty'
x	y
$ docker run --rm busybox printf '%s=%d\n' port 80
port=80
$ docker run --rm busybox printf 'no newline'
no newline
$ docker run --rm busybox printf '%s\n' a b c
a
b
c
$ docker run --rm busybox sh -c "printf '%d\n' abc 2>&1"
sh: invalid number 'abc'
0
[exit 1]
$ docker run --rm busybox echo
$ docker run --rm busybox echo -- -n
-- -n
