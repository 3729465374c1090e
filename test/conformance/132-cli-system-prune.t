# title: docker system prune removes stopped containers; --volumes adds unused anonymous volumes, never named ones
# docs: https://docs.docker.com/reference/cli/docker/system/prune/
$ docker run --name done -v keep:/data -v /scratch busybox sh -c 'echo 1 > /data/x; echo 2 > /scratch/y'
$ docker run -d --name svc busybox sleep 100000
6d0259c07010516daabe9d8b2849ac19638f57237d08055243d06b0fabbe6774
$ docker system prune -f
Deleted Containers:
479f3442fd04d83bf9d8db80e253ae747fb3469c29ce457470a63f0c0abb04cc

Total reclaimed space: 0B
$ docker ps -a --format '{{.Names}}'
svc
$ docker volume ls -q | wc -l
2
$ docker system prune -f --volumes
Deleted Volumes:
75c3447b39ea4e19f9a49f30a67a485bc404f2dda36506a57841d560a6b60f08

Total reclaimed space: 2B
$ docker volume ls
DRIVER    VOLUME NAME
local     keep
$ docker run --rm -v keep:/data busybox cat /data/x
1
$ docker system

Usage:  docker system COMMAND

Manage Docker

Commands:
  df          Show docker disk usage
  events      Get real time events from the server
  info        Display system-wide information
  prune       Remove unused data

Run 'docker system COMMAND --help' for more information on a command.
$ docker system bogus

Usage:  docker system COMMAND

Manage Docker

Commands:
  df          Show docker disk usage
  events      Get real time events from the server
  info        Display system-wide information
  prune       Remove unused data

Run 'docker system COMMAND --help' for more information on a command.
[exit 1]
$ docker system prune extra
"docker system prune" accepts no arguments.
See 'docker system prune --help'.

Usage:  docker system prune [OPTIONS]

Remove unused data
[exit 1]
