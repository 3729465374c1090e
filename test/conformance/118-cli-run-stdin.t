# title: Piping input into docker run -i and docker exec -i; without -i nothing is read
# docs: https://docs.docker.com/reference/cli/docker/container/run/#interactive
$ echo hello | docker run --rm -i busybox cat
hello
$ printf 'a\nb\n' | docker run --rm -i busybox wc -l
2
$ echo 'echo from-stdin' | docker run --rm -i busybox sh
from-stdin
$ echo x | docker run --rm busybox cat
$ docker run --rm -i busybox cat < /dev/null
$ echo data > in.txt
$ docker run --rm -i busybox sh -c 'cat > /tmp/f; cat /tmp/f' < in.txt
data
$ docker run --rm -i -v "$PWD":/out busybox sh -c 'cat > /out/copy.txt' < in.txt
$ cat copy.txt
data
$ docker run -d --name box busybox sleep 100000
869cd12f1d2be0e32fe50a7d4ec289f4dfcba0b2274258e762949ab8182651fe
$ echo x | docker exec -i box cat
x
$ echo x | docker exec box cat
$ docker exec -i box sh -c 'cat > /tmp/saved' < in.txt
$ docker exec box cat /tmp/saved
data
$ docker diff box
C /tmp
A /tmp/saved
$ echo hi | docker run -i --name kept busybox cat
hi
$ docker logs kept
hi
$ docker start -ai kept < in.txt
data
