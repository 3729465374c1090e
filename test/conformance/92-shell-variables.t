# title: Variables: $VAR, ${VAR}, $(...), $?, -e and the image's ENV
# docs: https://docs.docker.com/reference/cli/docker/container/run/#env
$ docker run --rm -e NAME=world busybox sh -c 'echo "hello $NAME" "${NAME}s" "$UNSET|"'
hello world worlds |
$ docker run --rm busybox sh -c 'X=1; echo $X; unset X; echo "[$X]"'
1
[]
$ docker run --rm busybox sh -c 'echo "files: $(ls / | wc -l)"'
files: 10
$ docker run --rm busybox sh -c 'false; echo $?; true; echo $?'
1
0
$ docker run --rm busybox sh -c 'nosuch 2>/dev/null; echo $?'
127
$ docker run --rm busybox sh -c 'echo $HOME $PWD'
/root /
$ docker run --rm nginx sh -c 'echo $NGINX_VERSION'
1.27.2
$ docker run --rm postgres sh -c 'echo $PGDATA'
/var/lib/postgresql/data
$ docker run --rm -e PGDATA=/other postgres sh -c 'echo $PGDATA'
/other
$ docker run --rm busybox env
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
HOSTNAME=ab9343841a10
HOME=/root
