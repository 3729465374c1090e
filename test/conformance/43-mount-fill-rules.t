# title: An empty volume is filled from the image once; a non-empty volume and a bind mount never are
# docs: https://docs.docker.com/engine/storage/volumes/#populate-a-volume-using-a-container
$ docker volume create conf
conf
$ docker run --rm -v conf:/etc/nginx nginx ls /etc/nginx
nginx.conf
$ docker run --rm -v conf:/etc/nginx nginx rm /etc/nginx/nginx.conf
$ docker run --rm -v conf:/etc/nginx nginx ls -a /etc/nginx
.
..
nginx.conf
$ docker run --rm -v conf:/x busybox ls -a /x
.
..
nginx.conf
$ docker run --rm -v other:/data busybox sh -c 'echo mine > /data/mine'
$ docker run --rm -v other:/etc/nginx nginx ls /etc/nginx
mine
$ mkdir conf-host
$ docker run --rm -v /home/learner/conf-host:/etc/nginx nginx ls -a /etc/nginx
.
..
$ docker run --rm --mount type=volume,src=nocopy,dst=/etc/nginx,volume-nocopy nginx ls -a /etc/nginx
.
..
$ docker run --rm -v fresh:/etc busybox ls /etc
group
hostname
hosts
mtab
passwd
resolv.conf
$ docker run --rm -v fresh:/data busybox ls /data
group
hostname
hosts
mtab
passwd
resolv.conf
