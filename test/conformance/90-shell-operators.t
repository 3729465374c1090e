# title: ; && || and pipes inside the container's shell, with exit codes
# docs: https://docs.docker.com/reference/cli/docker/container/run/
$ docker run --rm busybox sh -c 'false; echo after-semicolon'
after-semicolon
$ docker run --rm busybox sh -c 'false && echo not-printed'
[exit 1]
$ docker run --rm busybox sh -c 'false || echo fallback'
fallback
$ docker run --rm busybox sh -c 'true && echo yes || echo no'
yes
$ docker run --rm busybox sh -c 'cat /etc/passwd | grep root | wc -l'
1
$ docker run --rm busybox sh -c 'echo hi | false'
[exit 1]
$ docker run --rm busybox sh -c 'false | true'
$ docker run --rm busybox sh -c 'mkdir /d && cd /d && pwd'
/d
$ docker run --rm busybox sh -c 'cd /nosuch && echo no'
sh: cd: line 0: can't cd to /nosuch: No such file or directory
[exit 2]
$ docker run --rm busybox sh -c '{ cd /nosuch; pwd; } 2>&1'
sh: cd: line 0: can't cd to /nosuch: No such file or directory
/
