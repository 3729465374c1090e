# title: --hostname and --network none change what Docker writes into /etc/hostname and /etc/hosts
# docs: https://docs.docker.com/reference/cli/docker/container/run/
$ docker run --rm --hostname web01 busybox cat /etc/hostname
web01
$ docker run --rm --hostname web01 busybox hostname
web01
$ docker run --rm --network none busybox cat /etc/hosts
127.0.0.1	localhost
::1	localhost ip6-localhost ip6-loopback
fe00::0	ip6-localnet
ff00::0	ip6-mcastprefix
ff02::1	ip6-allnodes
ff02::2	ip6-allrouters
$ docker run --rm -h db busybox sh -c 'hostname; grep db /etc/hosts | wc -l'
db
1
