# title: Pipes, && and || and $? around docker commands on the host
# docs: https://docs.docker.com/reference/cli/docker/container/run/#exit-status
$ docker run -d --name a1 busybox sleep 100000 > /dev/null
$ docker run -d --name a2 busybox sleep 100000 > /dev/null
$ docker ps -q | wc -l
2
$ docker ps --format '{{.Names}}' | sort
a1
a2
$ docker rm nosuch || echo "rm failed"
Error response from daemon: No such container: nosuch
rm failed
$ docker rm nosuch 2>/dev/null; echo "exit code $?"
exit code 1
$ docker run --rm busybox sh -c 'exit 7'; echo "exit code $?"
exit code 7
$ docker run --rm busybox true && echo "ran ok"
ran ok
$ docker run --bogus busybox; echo "exit code $?"
unknown flag: --bogus
See 'docker run --help'.
exit code 125
$ docker stop $(docker ps -q) | wc -l
2
$ docker ps -aq | xargs docker rm | wc -l
2
$ docker ps -a -q | wc -l
0
$ docker run --rm busybox cat /etc/passwd | grep -c root
1
$ echo "from host" | docker run --rm -i busybox cat
from host
