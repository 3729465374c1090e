# title: Listing images: docker images, docker image ls, by name, -q, --format
# docs: https://docs.docker.com/reference/cli/docker/image/ls/
$ docker images  # unordered
REPOSITORY   TAG       IMAGE ID       CREATED         SIZE
redis        7.4       f5bd2a7ca97d   3 minutes ago   1.98MB
redis        latest    f5bd2a7ca97d   3 minutes ago   1.98MB
mysql        8.4       72986da25b7d   3 minutes ago   1.98MB
mysql        latest    72986da25b7d   3 minutes ago   1.98MB
postgres     16        722e18b09c2b   3 minutes ago   1.98MB
postgres     latest    722e18b09c2b   3 minutes ago   1.98MB
nginx        1.27      0369b72ecc76   3 minutes ago   1.98MB
nginx        latest    0369b72ecc76   3 minutes ago   1.98MB
alpine       3.20      a0d8086f6674   3 minutes ago   1.98MB
alpine       latest    a0d8086f6674   3 minutes ago   1.98MB
busybox      1.36      b7cea8a3de08   3 minutes ago   1.98MB
busybox      latest    b7cea8a3de08   3 minutes ago   1.98MB
$ docker image ls  # unordered
REPOSITORY   TAG       IMAGE ID       CREATED         SIZE
nginx        1.27      0369b72ecc76   3 minutes ago   1.98MB
nginx        latest    0369b72ecc76   3 minutes ago   1.98MB
mysql        8.4       72986da25b7d   3 minutes ago   1.98MB
mysql        latest    72986da25b7d   3 minutes ago   1.98MB
redis        7.4       f5bd2a7ca97d   3 minutes ago   1.98MB
redis        latest    f5bd2a7ca97d   3 minutes ago   1.98MB
postgres     16        722e18b09c2b   3 minutes ago   1.98MB
postgres     latest    722e18b09c2b   3 minutes ago   1.98MB
alpine       3.20      a0d8086f6674   3 minutes ago   1.98MB
alpine       latest    a0d8086f6674   3 minutes ago   1.98MB
busybox      1.36      b7cea8a3de08   3 minutes ago   1.98MB
busybox      latest    b7cea8a3de08   3 minutes ago   1.98MB
$ docker images busybox
REPOSITORY   TAG       IMAGE ID       CREATED         SIZE
busybox      1.36      b7cea8a3de08   3 minutes ago   1.98MB
busybox      latest    b7cea8a3de08   3 minutes ago   1.98MB
$ docker images busybox:1.36
REPOSITORY   TAG       IMAGE ID       CREATED         SIZE
busybox      1.36      b7cea8a3de08   3 minutes ago   1.98MB
$ docker images nosuch
REPOSITORY   TAG       IMAGE ID   CREATED   SIZE
$ docker images -q | wc -l
12
$ docker images -q busybox
b7cea8a3de08
b7cea8a3de08
$ docker image ls --format '{{.Repository}}:{{.Tag}}'  # unordered
redis:7.4
redis:latest
postgres:16
postgres:latest
nginx:1.27
nginx:latest
mysql:8.4
mysql:latest
busybox:1.36
busybox:latest
alpine:3.20
alpine:latest
$ docker images --format 'table {{.Repository}}\t{{.Tag}}'  # unordered
REPOSITORY   TAG
mysql        8.4
mysql        latest
postgres     16
postgres     latest
redis        7.4
redis        latest
nginx        1.27
nginx        latest
alpine       3.20
alpine       latest
busybox      1.36
busybox      latest
$ docker image ls nginx --format '{{.Tag}}'
1.27
latest
$ docker images --format '{{.Repository}}' | sort -u
alpine
busybox
mysql
nginx
postgres
redis
