# title: Edits to /etc/hosts, /etc/hostname and /etc/resolv.conf are not in docker diff and not kept by commit
# docs: https://docs.docker.com/reference/cli/docker/container/commit/
$ docker run -d --name box busybox sleep 100000
d1a3af7c2e68f27568055c2e629196c15b130ec3b1c8dd425c9af7a0f0f6c3b0
$ docker exec box sh -c 'echo "10.0.0.9 db" >> /etc/hosts; echo renamed > /etc/hostname; echo "# mine" >> /etc/resolv.conf; echo kept > /etc/motd'
$ docker exec box tail -n 1 /etc/hosts
10.0.0.9 db
$ docker exec box cat /etc/hostname
renamed
$ docker diff box  # unordered
C /etc
A /etc/motd
$ docker commit box snap
sha256:019e5d37fa4d2e3110c3e6d62d5d8153e3917a19c301ec9113542f8a7f7bc1ab
$ docker run --rm snap ls /etc
group
hostname
hosts
motd
mtab
passwd
resolv.conf
$ docker run --rm snap cat /etc/motd
kept
$ docker run --rm snap grep -c 10.0.0.9 /etc/hosts
0
[exit 1]
$ docker restart box
box
$ docker exec box tail -n 1 /etc/hosts
172.17.0.2	d1a3af7c2e68
$ docker exec box cat /etc/hostname
d1a3af7c2e68
