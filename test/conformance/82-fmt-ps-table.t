# title: docker ps default table with a running and an exited container; -a, -q, -aq, -s
# docs: https://docs.docker.com/reference/cli/docker/container/ls/
$ docker ps
CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES
$ docker run -d --name web nginx
15f034874c0758874331f591f4fce363b0a208c2c9db33ba114ae2463bf4029a
$ docker run --name done busybox echo hi
hi
$ docker wait done
0
$ docker ps
CONTAINER ID   IMAGE     COMMAND                  CREATED                  STATUS                  PORTS     NAMES
15f034874c07   nginx     "/docker-entrypoint.…"   Less than a second ago   Up Less than a second             web
$ docker ps -a
CONTAINER ID   IMAGE     COMMAND                  CREATED                  STATUS                              PORTS     NAMES
9d205de9bde7   busybox   "echo hi"                Less than a second ago   Exited (0) Less than a second ago             done
15f034874c07   nginx     "/docker-entrypoint.…"   Less than a second ago   Up Less than a second                         web
$ docker ps -q | wc -l
1
$ docker ps -aq | wc -l
2
$ docker ps -s --format 'table {{.Names}}\t{{.Size}}'
NAMES     SIZE
web       30B (virtual 1.98MB)
$ docker ps -a -s
CONTAINER ID   IMAGE     COMMAND                  CREATED                  STATUS                              PORTS     NAMES     SIZE
9d205de9bde7   busybox   "echo hi"                Less than a second ago   Exited (0) Less than a second ago             done      0B (virtual 1.98MB)
15f034874c07   nginx     "/docker-entrypoint.…"   Less than a second ago   Up Less than a second                         web       30B (virtual 1.98MB)
$ docker ps --no-trunc --format '{{.Command}}'
"/docker-entrypoint.sh nginx -g 'daemon off;'"
$ docker ps -a -n 1 --format '{{.Names}}'
done
$ docker ps -l --format '{{.Names}}'
done
