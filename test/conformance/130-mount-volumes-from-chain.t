# title: --volumes-from is transitive and works from stopped or never-started containers
# docs: https://docs.docker.com/reference/cli/docker/container/run/#volumes-from
$ mkdir host
$ echo h > host/h.txt
$ docker create --name a1 -v named:/named -v /anon -v "$PWD/host":/host busybox
414dba7017742b633b7559ce0d093c8b252c558305409dd8a4734a95bf7ce8d3
$ docker run --name b1 --volumes-from a1 busybox sh -c 'echo n > /named/n.txt; echo a > /anon/a.txt'
$ docker run --rm --name c1 --volumes-from b1 busybox sh -c 'cat /named/n.txt /anon/a.txt /host/h.txt'
n
a
h
$ docker inspect -f '{{.HostConfig.VolumesFrom}}' b1
[a1]
$ docker run --rm --volumes-from a1 --volumes-from b1 busybox ls /named
n.txt
$ docker run --rm --volumes-from a1 -v other:/named busybox ls /named
$ docker run --rm --volumes-from a1 -v /home/learner/host:/anon busybox ls /anon
h.txt
$ docker rm a1
a1
$ docker run --rm --volumes-from b1 busybox cat /anon/a.txt
a
$ docker volume ls -q | wc -l
3
