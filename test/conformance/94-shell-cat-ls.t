# title: cat and ls: flags, missing files, directories
# docs: https://docs.docker.com/reference/cli/docker/container/exec/
$ docker run -d --name box busybox sleep 100000
1115276db20d0a7cc60d3e337e72803c0fe6b8e3bee228d4029e438cb75e5599
$ docker exec box cat /nosuch
cat: can't open '/nosuch': No such file or directory
[exit 1]
$ docker exec box cat /etc
cat: read error: Is a directory
[exit 1]
$ docker exec box sh -c 'cat /etc/group /nosuch /etc/group 2>&1'
root:x:0:
nogroup:x:65534:
cat: can't open '/nosuch': No such file or directory
root:x:0:
nogroup:x:65534:
[exit 1]
$ docker exec box ls /nosuch
ls: /nosuch: No such file or directory
[exit 1]
$ docker exec box ls -a /root
.
..
$ docker exec box ls -1 /etc
group
hostname
hosts
mtab
passwd
resolv.conf
$ docker exec box ls /etc/passwd /etc/group
/etc/group
/etc/passwd
$ docker exec box ls -d /etc /tmp
/etc
/tmp
$ docker exec box sh -c 'mkdir -p /r/a/b; touch /r/a/b/f /r/top; ls -R /r'
/r:
a
top

/r/a:
b

/r/a/b:
f
$ docker exec box ls -A /r
a
top
$ docker exec box sh -c 'ls /etc/passwd /nosuch 2>&1'
ls: /nosuch: No such file or directory
/etc/passwd
[exit 1]
$ docker exec box ls -F /r
a/
top
