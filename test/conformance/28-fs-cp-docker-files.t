# title: docker cp can copy the files Docker adds (hostname, hosts) out of a container
# docs: https://docs.docker.com/reference/cli/docker/container/cp/
$ docker run -d --name box --hostname box1 busybox sleep 100000
892578ca296c764e3b9b92dc459281e319d6cddc7e6cc764c9874a1e5e6aac04
$ docker cp box:/etc/hostname .
$ cat hostname
box1
$ docker cp box:/etc/hosts ./hosts.txt
$ head -n 1 hosts.txt
127.0.0.1	localhost
$ tail -n 1 hosts.txt
172.17.0.2	box1
$ docker cp box:/.dockerenv .
$ ls -a
.
..
.dockerenv
hostname
hosts.txt
$ echo changed > hostname
$ docker cp hostname box:/etc/hostname
Error response from daemon: unlinkat /etc/hostname: device or resource busy
[exit 1]
$ docker exec box cat /etc/hostname
box1
