# title: docker diff on created, stopped and missing containers, and after docker cp
# docs: https://docs.docker.com/reference/cli/docker/container/diff/
$ docker create --name fresh busybox
c0423771e181956c4919113aea8d55046a4d8015f08270e4b5b2c2f17a33bc81
$ docker diff fresh
$ echo x > x.txt
$ docker cp x.txt fresh:/x.txt
$ docker diff fresh
A /x.txt
$ docker run --name done busybox sh -c 'mkdir /out && echo 1 > /out/r'
$ docker diff done  # unordered
A /out
A /out/r
$ docker diff nosuch
Error response from daemon: No such container: nosuch
[exit 1]
$ docker run -d --name box -v vol:/data busybox sleep 100000
27124a6c47f775738e2f4bb7a33bb2a1774fe8eb6fc3294bdabdbb3705054733
$ docker exec box sh -c 'echo 1 > /data/f; echo 2 > /tmp/f'
$ docker diff box  # unordered
A /data
C /tmp
A /tmp/f
$ docker restart -t 0 box
box
$ docker diff box  # unordered
A /data
C /tmp
A /tmp/f
