# title: tar c, x, t with f and -C inside a container
# docs: https://docs.docker.com/engine/storage/volumes/#back-up-restore-or-migrate-data-volumes
$ docker run -d --name box busybox sleep 100000
abfc42c08671b416b38750c15a8c30104db4e2b4156248ea5e018d3e699671f5
$ docker exec box sh -c 'mkdir -p /src/sub && echo a > /src/a && echo b > /src/sub/b'
$ docker exec box tar cf /tmp/src.tar /src
tar: removing leading '/' from member names
$ docker exec box tar tf /tmp/src.tar  # unordered
src/
src/sub/
src/sub/b
src/a
$ docker exec box tar cf /tmp/rel.tar -C /src .
$ docker exec box tar tf /tmp/rel.tar  # unordered
./
./sub/
./sub/b
./a
$ docker exec box sh -c 'mkdir /dst && tar xf /tmp/rel.tar -C /dst && ls -R /dst'
/dst:
a
sub

/dst/sub:
b
$ docker exec box tar xf /nosuch.tar
tar: can't open '/nosuch.tar': No such file or directory
[exit 1]
$ docker exec box tar cf /tmp/x.tar /nosuch
tar: /nosuch: No such file or directory
tar: error exit delayed from previous errors
[exit 1]
$ docker exec box sh -c 'cd /tmp && tar cf - /src/a 2>/dev/null | tar tf -'
src/a
