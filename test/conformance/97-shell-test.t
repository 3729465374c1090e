# title: test and [ with -f -d -e -z -n = != and !, seen through exit codes
# docs: https://docs.docker.com/reference/cli/docker/container/exec/
$ docker run -d --name box busybox sleep 100000
c85877ee759a7670e7ca8153f20c4db7024ae4629e1eb3882d164c86080b5933
$ docker exec box test -f /etc/passwd
$ docker exec box test -f /etc
[exit 1]
$ docker exec box test -d /etc
$ docker exec box test -e /nosuch
[exit 1]
$ docker exec box [ -z "" ]
$ docker exec box [ -n "" ]
[exit 1]
$ docker exec box sh -c '[ abc = abc ] && echo equal'
equal
$ docker exec box sh -c '[ abc != abc ] || echo not-different'
not-different
$ docker exec box sh -c 'if [ ! -e /nosuch ]; then echo missing; fi'
missing
$ docker exec box sh -c '[ -f /etc/passwd'
sh: missing ]
[exit 2]
$ docker exec box sh -c 'test 1 -eq 1 && test 2 -gt 1 && echo numbers'
numbers
$ docker exec box sh -c '[ -d /etc ] && [ -f /etc/hosts ] && echo both'
both
