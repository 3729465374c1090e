# title: run vs create+start, -d output, --rm cleanup, and what ps shows for each
# docs: https://docs.docker.com/reference/cli/docker/container/run/
$ docker run --rm busybox echo gone
gone
$ docker ps -a -q | wc -l
0
$ docker create --name c1 busybox echo hi
323d421318819b5d5d9d76035567884600e66074baf4e2a0f97ca98d403c32be
$ docker start c1
c1
$ docker wait c1
0
$ docker logs c1
hi
$ docker start -a c1
hi
$ docker run -d --rm --name temp busybox sleep 100000
9397569ab83d3bb3f770bdf5e0cac4be4b03fc3a39b20c54ce7134c5820c80e9
$ docker stop -t 0 temp
temp
$ sleep 1
$ docker ps -a --format '{{.Names}}'
c1
$ docker run -d --name svc redis
0da300b4f6f45e4912e4195f6ffdeb3a5f5aa5c026e0ef8115fc023fe43b44e6
$ docker ps --format '{{.Names}} {{.Command}}'
svc "docker-entrypoint.s…"
$ docker run -d --name svc2 redis redis-server --appendonly yes
3f7ec91adcd23a340df54a661a3b427250d6a115652eec9d1d4ffc4125d6f593
$ docker wait svc2
127
$ docker logs svc2
/usr/local/bin/docker-entrypoint.sh: exec: line 6: redis-server: not found
$ docker ps -a --format '{{.Names}} {{.Command}}' --filter name=svc2
svc2 "docker-entrypoint.s…"
$ docker run -dit --name tty busybox sh
235f7a389d64d873391eb0ce4b3e13de3ac59d7549aadd39ddad134cba5add42
$ docker inspect -f '{{.Config.Tty}} {{.Config.OpenStdin}}' tty
true true
