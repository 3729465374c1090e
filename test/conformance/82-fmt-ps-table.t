# title: docker ps default table with a running and an exited container; -a, -q, -aq, -s
# docs: https://docs.docker.com/reference/cli/docker/container/ls/
$ docker ps
CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES
$ docker run -d --name web nginx
1b2afc9bf2c7319ae6ac48dcd4166608d48cdde0fad63d39f7a4cf5ae921e770
$ docker run --name done busybox echo hi
hi
$ docker ps
CONTAINER ID   IMAGE     COMMAND                  CREATED                  STATUS                  PORTS     NAMES
1b2afc9bf2c7   nginx     "/docker-entrypoint.…"   Less than a second ago   Up Less than a second             web
$ docker ps -a
CONTAINER ID   IMAGE     COMMAND                  CREATED                  STATUS                              PORTS     NAMES
bda9edf90e3c   busybox   "echo hi"                Less than a second ago   Exited (0) Less than a second ago             done
1b2afc9bf2c7   nginx     "/docker-entrypoint.…"   Less than a second ago   Up Less than a second                         web
$ docker ps -q | wc -l
1
$ docker ps -aq | wc -l
2
$ docker ps -s --format 'table {{.Names}}\t{{.Size}}'
NAMES     SIZE
web       30B (virtual 1.98MB)
$ docker ps -a -s
CONTAINER ID   IMAGE     COMMAND                  CREATED                  STATUS                              PORTS     NAMES     SIZE
bda9edf90e3c   busybox   "echo hi"                Less than a second ago   Exited (0) Less than a second ago             done      0B (virtual 1.98MB)
1b2afc9bf2c7   nginx     "/docker-entrypoint.…"   Less than a second ago   Up Less than a second                         web       30B (virtual 1.98MB)
$ docker ps --no-trunc --format '{{.Command}}'
"/docker-entrypoint.sh nginx -g 'daemon off;'"
$ docker ps -a -n 1 --format '{{.Names}}'
done
$ docker ps -l --format '{{.Names}}'
done
