# title: Nested mounts: a volume at /data and another at /data/sub; the deepest mount wins
# docs: https://docs.docker.com/engine/storage/volumes/
$ docker run --rm -v outer:/data busybox sh -c 'mkdir /data/sub; echo outer > /data/sub/who; echo top > /data/top'
$ docker run -d --name box -v outer:/data -v inner:/data/sub busybox sleep 100000
e631be984ad123279c4942323b569b5d21d124b24315f5b70096c102774cf914
$ docker exec box ls /data
sub
top
$ docker exec box ls -a /data/sub
.
..
$ docker exec box sh -c 'echo inner > /data/sub/who'
$ docker run --rm -v outer:/o busybox cat /o/sub/who
outer
$ docker run --rm -v inner:/i busybox cat /i/who
inner
$ docker run --rm -v inner:/data/sub -v outer:/data busybox cat /data/sub/who
inner
$ docker run --rm -v /data -v /data/a/b busybox ls -R /data
/data:
a

/data/a:
b

/data/a/b:
