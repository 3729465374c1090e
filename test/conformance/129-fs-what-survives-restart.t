# title: What survives docker restart: the writable layer and volumes do, tmpfs and edits to /etc/hosts do not
# docs: https://docs.docker.com/engine/storage/
$ docker run -d --name box -v vol:/vol --tmpfs /scratch busybox sleep 100000
6ff712a3bf3aa3dc685a066e441198255a8f2aefdfff7603d370b371642b74e7
$ docker exec box sh -c 'echo L > /layer.txt; echo V > /vol/v.txt; echo T > /scratch/t.txt; echo "10.9.9.9 extra" >> /etc/hosts'
$ docker exec box sh -c 'cat /layer.txt /vol/v.txt /scratch/t.txt; grep -c extra /etc/hosts'
L
V
T
1
$ docker restart -t 1 box
box
$ docker exec box sh -c 'cat /layer.txt /vol/v.txt; ls -a /scratch; grep -c extra /etc/hosts'
L
V
.
..
0
[exit 1]
$ docker stop -t 1 box
box
$ docker start box
box
$ docker exec box cat /layer.txt
L
$ docker rm -f box
box
$ docker run --rm -v vol:/vol busybox cat /vol/v.txt
V
$ docker run --rm busybox cat /layer.txt
cat: can't open '/layer.txt': No such file or directory
[exit 1]
