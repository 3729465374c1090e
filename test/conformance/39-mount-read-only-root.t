# title: --read-only makes the root filesystem read-only, but not volumes, tmpfs or Docker's own files
# docs: https://docs.docker.com/reference/cli/docker/container/run/#read-only
$ docker run -d --name box --read-only busybox sleep 100000
c0350255d2390f15ad5a11c546f8aec09587dedc2a4f42a918bd30a3bb37d5cd
$ docker exec box touch /tmp/x
touch: /tmp/x: Read-only file system
[exit 1]
$ docker exec box sh -c 'echo hi > /root/x'
sh: can't create /root/x: Read-only file system
[exit 1]
$ docker exec box mkdir /newdir
mkdir: can't create directory '/newdir': Read-only file system
[exit 1]
$ docker exec box rm /etc/passwd
rm: can't remove '/etc/passwd': Read-only file system
[exit 1]
$ docker exec box sh -c 'echo "1.2.3.4 db" >> /etc/hosts && tail -n 1 /etc/hosts'
sh: can't create /etc/hosts: Read-only file system
[exit 1]
$ docker exec box sh -c 'echo x > /dev/shm/x && cat /dev/shm/x'
x
$ docker inspect -f '{{.HostConfig.ReadonlyRootfs}}' box
true
$ docker diff box
$ docker run --rm --read-only -v /data busybox sh -c 'echo ok > /data/f && cat /data/f'
ok
