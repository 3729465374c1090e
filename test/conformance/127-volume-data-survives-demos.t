# title: Data survives in volumes: a data container used with --volumes-from, a volume shared read-only by two containers
# docs: https://docs.docker.com/engine/storage/volumes/#share-data-between-machines
$ docker create --name datastore -v appdata:/data busybox
330e5c71896ba4307ebc80b0260e1db081d704a3d07bf26bacfac4d3e26a1005
$ docker run --rm --volumes-from datastore busybox sh -c 'echo saved > /data/f'
$ docker run --rm --volumes-from datastore busybox cat /data/f
saved
$ docker run --name src -v /anon busybox sh -c 'echo x > /anon/f'
$ docker run --rm --volumes-from src busybox cat /anon/f
x
$ docker run -d --name user --volumes-from src busybox sleep 100000
c7b59581ce07d5cefa9094fed4319b5d1b78c63fbeafeaf2eb2da64dab27d2ca
$ docker rm -v src
src
$ docker volume ls -q | wc -l
2
$ docker exec user cat /anon/f
x
$ docker rm -f -v user
user
$ docker volume ls -q | wc -l
1
$ docker run --rm -v shared:/s busybox sh -c 'echo hi > /s/msg'
$ docker run -d --name r1 -v shared:/s:ro busybox sleep 100000
5d6c3728e325bcae01aeec815fc006b345766e235571bf1b64d6b012cce32bf9
$ docker run -d --name r2 -v shared:/s:ro busybox sleep 100000
a9fe99689fbb6779102ae85d52f7132acd5ad0d2600baa3d098c96b9464ee817
$ docker exec r1 cat /s/msg
hi
$ docker exec r2 sh -c 'echo no > /s/msg'
sh: can't create /s/msg: Read-only file system
[exit 1]
$ docker rm -f -v r1
r1
$ docker volume ls
DRIVER    VOLUME NAME
local     appdata
local     shared
$ docker exec r2 cat /s/msg
hi
$ docker volume rm shared
Error response from daemon: remove shared: volume is in use - [a9fe99689fbb6779102ae85d52f7132acd5ad0d2600baa3d098c96b9464ee817]
[exit 1]
$ docker volume rm appdata
Error response from daemon: remove appdata: volume is in use - [330e5c71896ba4307ebc80b0260e1db081d704a3d07bf26bacfac4d3e26a1005]
[exit 1]
$ docker rm datastore
datastore
$ docker volume rm appdata
appdata
$ docker rm -f r2
r2
$ docker volume ls
DRIVER    VOLUME NAME
local     shared
