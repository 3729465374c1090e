# title: rm -rf of a mount point empties it but cannot remove the mount point itself
# docs: https://docs.docker.com/engine/storage/volumes/
$ docker run -d --name box -v data:/data busybox sleep 100000
d8d7715d79f8ebdf6d5b4d8d45770756487bcea928aa1d6f57c3233c32612c2a
$ docker exec box sh -c 'echo 1 > /data/a; mkdir /data/sub; echo 2 > /data/sub/b'
$ docker exec box rm -rf /data
rm: can't remove '/data': Device or resource busy
[exit 1]
$ docker exec box ls -a /data
.
..
$ docker exec box rmdir /data
rmdir: '/data': Device or resource busy
[exit 1]
$ docker run --rm -v /home/learner:/h busybox rm -rf /h
rm: can't remove '/h': Device or resource busy
[exit 1]
$ docker exec box rm -rf /etc/hostname
rm: can't remove '/etc/hostname': Device or resource busy
[exit 1]
$ docker exec box rm /etc/hosts
rm: can't remove '/etc/hosts': Device or resource busy
[exit 1]
$ docker run -d --name tmp --tmpfs /scratch busybox sleep 100000
b556d9e0f0f5599284a74be4f946d41c3f829be86f1613a5463ca4e782ef0d18
$ docker exec tmp rm -rf /scratch
rm: can't remove '/scratch': Device or resource busy
[exit 1]
