# title: hostname, id, env, pwd, sleep, true and false
# docs: https://docs.docker.com/reference/cli/docker/container/run/
$ docker run --rm --hostname myhost busybox hostname
myhost
$ docker run --rm busybox id
uid=0(root) gid=0(root) groups=0(root)
$ docker run --rm -u 65534 busybox id
uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)
$ docker run --rm -u nobody busybox sh -c 'touch /etc/x'
touch: /etc/x: Permission denied
[exit 1]
$ docker run --rm busybox pwd
/
$ docker run --rm -w /usr busybox pwd
/usr
$ docker run --rm busybox sleep 0
$ docker run --rm busybox sleep
BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.

Usage: sleep [N]...

Pause for a time equal to the total of the args given, where each arg can
have an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays
[exit 1]
$ docker run --rm busybox true
$ docker run --rm busybox false
[exit 1]
$ docker run --rm alpine cat /etc/alpine-release
3.20.3
$ docker run --rm busybox env | grep -c HOSTNAME
1
$ docker run --rm -u nosuchuser busybox true
docker: Error response from daemon: unable to find user nosuchuser: no matching entries in passwd file.
[exit 125]
