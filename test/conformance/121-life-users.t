# title: Running as another user: -u nobody / uid, what a non-root user may write
# docs: https://docs.docker.com/reference/cli/docker/container/run/#user
$ docker run --rm -u nobody busybox sh -c 'exec 2>&1; touch /tmp/ok && echo ok; touch /root/x'
ok
touch: /root/x: Permission denied
[exit 1]
$ docker run --rm -u nobody busybox ls /root
ls: can't open '/root': Permission denied
[exit 1]
$ docker run --rm -u nobody busybox id
uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)
$ docker run --rm -u nobody busybox sh -c 'echo $HOME'
/home
$ docker run --rm -u 1000 busybox id
uid=1000 gid=0(root) groups=0(root)
$ docker run --rm -u 1000:1000 busybox id
uid=1000 gid=1000 groups=1000
$ docker run --rm -u 1000 busybox sh -c 'echo $HOME'
/
$ docker run --rm -u 0 busybox id
uid=0(root) gid=0(root) groups=0(root)
$ docker run --rm -u root busybox id
uid=0(root) gid=0(root) groups=0(root)
$ docker run --rm -u 1000 busybox sh -c 'echo hi > /hi'
sh: can't create /hi: Permission denied
[exit 1]
$ docker run --rm -u nobody -v data:/data busybox touch /data/x
touch: /data/x: Permission denied
[exit 1]
$ docker run --rm -u nobody -v data:/data busybox sh -c 'echo hi > /data/y'
sh: can't create /data/y: Permission denied
[exit 1]
$ docker run --rm -u nobody busybox touch /tmp/x
$ docker run --rm -u nobody --tmpfs /cache busybox touch /cache/x
$ mkdir site
$ docker run --rm -u nobody -v "$PWD/site":/site busybox touch /site/x
touch: /site/x: Permission denied
[exit 1]
$ docker run -d --name box busybox sleep 100000
d7d35c31ad794fe0801c9eec804ceac575878f3a3dd224b81e520256a375f23b
$ docker exec -u nobody box touch /etc/x
touch: /etc/x: Permission denied
[exit 1]
$ docker exec -u nobody box touch /tmp/x
$ docker exec box ls /tmp
x
$ docker run --rm -u nosuch busybox id
docker: Error response from daemon: unable to find user nosuch: no matching entries in passwd file.
[exit 125]
$ docker run --rm -u nobody:nosuchgroup busybox id
docker: Error response from daemon: unable to find group nosuchgroup: no matching entries in group file.
[exit 125]
