# title: Edits to /etc/hosts, /etc/hostname and /etc/resolv.conf are not in docker diff and not kept by commit
# docs: https://docs.docker.com/reference/cli/docker/container/commit/
$ docker run -d --name box busybox sleep 100000
b5010b49168e8b8e4ecde84109f45c7735d755956ff0848a95e6b75d0ddd91bb
$ docker exec box sh -c 'echo "10.0.0.9 db" >> /etc/hosts; echo renamed > /etc/hostname; echo "# mine" >> /etc/resolv.conf; echo kept > /etc/motd'
$ docker exec box tail -n 1 /etc/hosts
10.0.0.9 db
$ docker exec box cat /etc/hostname
renamed
$ docker diff box  # unordered
C /etc
A /etc/motd
$ docker commit box snap
sha256:0b2c3474e0ac6242135faf8e6f2474e656697b64ce3e35a25ecdacbcc37dc3ba
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
$ docker run --rm snap grep -c db /etc/hosts
0
[exit 1]
$ docker restart box
box
$ docker exec box tail -n 1 /etc/hosts
172.17.0.2	b5010b49168e
$ docker exec box cat /etc/hostname
b5010b49168e
