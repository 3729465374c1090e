# title: run vs create+start, -d output, --rm cleanup, and what ps shows for each
# docs: https://docs.docker.com/reference/cli/docker/container/run/
$ docker run --rm busybox echo gone
gone
$ docker ps -a -q | wc -l
0
$ docker create --name c1 busybox echo hi
ddb3a12ba5695fb389fcc24d248fe21429b06fa29dc548613a9505805c555b5e
$ docker start c1
c1
$ docker wait c1
0
$ docker logs c1
hi
$ docker start -a c1
hi
$ docker run -d --rm --name temp busybox sleep 100000
2c71aef4310195265a82766e188031078cc21a26883ab2fbe68a40079a578468
$ docker stop -t 0 temp
temp
$ sleep 1
$ docker ps -a --format '{{.Names}}'
c1
$ docker run -d --name svc redis
6559d38ea8f1a8e039cd4335222904e94520eb0bbae5dbe1d34d293ca4527d42
$ docker ps --format '{{.Names}} {{.Command}}'
svc "docker-entrypoint.s…"
$ docker run -d --name svc2 redis redis-server --appendonly yes
7d3bb4d9ea237e2c245a2055cd5fb44a0a620c5fd1d6ba01116052660aead281
$ docker ps --format '{{.Names}} {{.Command}}' --filter name=svc2
svc2 "docker-entrypoint.s…"
$ docker run -dit --name tty busybox sh
fe530e6596821823c6c7cea03e8a535ce1ae829605b646de9c54a41b0189e3e6
$ docker inspect -f '{{.Config.Tty}} {{.Config.OpenStdin}}' tty
true true
