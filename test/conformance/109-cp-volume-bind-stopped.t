# title: docker cp into a stopped container, into a volume and into a bind mount through the container
# docs: https://docs.docker.com/reference/cli/docker/container/cp/
$ mkdir hostdir
$ echo data > f.txt
$ docker run -d --name box -v vol:/vol -v /home/learner/hostdir:/bind busybox sleep 100000
58983d257d09ca5df6b3493996ad35760e15a20424f43af6628594bb89c0e653
$ docker cp f.txt box:/vol/
$ docker cp f.txt box:/bind/
$ ls hostdir
f.txt
$ docker run --rm -v vol:/v busybox ls /v
f.txt
$ docker stop box
box
$ docker cp f.txt box:/root/
$ docker cp f.txt box:/vol/g.txt
$ docker start box
box
$ docker exec box ls /root /vol
/root:
f.txt

/vol:
f.txt
g.txt
$ docker create --name fresh busybox
df0f33f17e7821074c5bb34df7f1c1790253e265e0c188989373aa47965c652b
$ docker cp f.txt fresh:/f.txt
$ docker start -a fresh
$ docker cp fresh:/f.txt back.txt
$ cat back.txt
data
