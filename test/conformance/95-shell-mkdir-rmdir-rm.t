# title: mkdir, rmdir and rm: -p, existing, non-empty, missing, directories without -r, -f
# docs: https://docs.docker.com/reference/cli/docker/container/exec/
$ docker run -d --name box busybox sleep 100000
e80d1d6f278f98bcb8ee21ae682d2514f8282f7cfd4b46af5a47c94f2dab5c5d
$ docker exec box mkdir /d
$ docker exec box mkdir /d
mkdir: can't create directory '/d': File exists
[exit 1]
$ docker exec box mkdir -p /d
$ docker exec box mkdir -p /d/e/f
$ docker exec box rmdir /d
rmdir: '/d': Directory not empty
[exit 1]
$ docker exec box rmdir /nosuch
rmdir: '/nosuch': No such file or directory
[exit 1]
$ docker exec box rm /d
rm: '/d' is a directory
[exit 1]
$ docker exec box rm /nosuch
rm: can't remove '/nosuch': No such file or directory
[exit 1]
$ docker exec box rm -f /nosuch
$ docker exec box rm -r /d
$ docker exec box ls /d
ls: /d: No such file or directory
[exit 1]
$ docker exec box sh -c 'touch /a /b && rm /a /b /c 2>&1; echo "status $?"'
rm: can't remove '/c': No such file or directory
status 1
$ docker exec box rmdir /etc/passwd
rmdir: '/etc/passwd': Not a directory
[exit 1]
$ docker exec box mkdir /etc/passwd
mkdir: can't create directory '/etc/passwd': File exists
[exit 1]
