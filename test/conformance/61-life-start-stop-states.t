# title: start and stop in each state: created, running, exited
# docs: https://docs.docker.com/reference/cli/docker/container/start/
$ docker create --name box busybox sleep 100000
ae893643abf7cd9d43ddf0b8f12a66f4046efca05679943e748562b7ebc20759
$ docker ps -a --format '{{.Names}} {{.State}} {{.Status}}'
box created Created
$ docker stop box
box
$ docker ps -a --format '{{.Names}} {{.State}} {{.Status}}'
box created Created
$ docker start box
box
$ docker start box
box
$ docker ps -a --format '{{.Names}} {{.State}}'
box running
$ docker stop -t 1 box
box
$ docker stop box
box
$ docker ps -a --format '{{.Names}} {{.State}} {{.Status}}'
box exited Exited (137) Less than a second ago
$ docker start nosuch
Error response from daemon: No such container: nosuch
Error: failed to start containers: nosuch
[exit 1]
$ docker stop nosuch box
box
Error response from daemon: No such container: nosuch
[exit 1]
$ docker start
"docker start" requires at least 1 argument.
See 'docker start --help'.

Usage:  docker start [OPTIONS] CONTAINER [CONTAINER...]

Start one or more stopped containers
[exit 1]
