# title: docker volume ls, -q, and the dangling filter
# docs: https://docs.docker.com/reference/cli/docker/volume/ls/
$ docker volume ls
DRIVER    VOLUME NAME
$ docker volume create unused
unused
$ docker run -d --name box -v used:/data busybox sleep 100000
e63389e04fa1ea74e96e90cbbfc5f1653ff675b6e3c874cc20df16b45c9197da
$ docker volume ls
DRIVER    VOLUME NAME
local     unused
local     used
$ docker volume ls -q
unused
used
$ docker volume ls -f dangling=true
DRIVER    VOLUME NAME
local     unused
$ docker volume ls --filter dangling=false
DRIVER    VOLUME NAME
local     used
$ docker volume ls -q --filter name=us
unused
used
$ docker volume ls -f dangling=maybe
Error response from daemon: invalid filter 'dangling=[maybe]'
[exit 1]
$ docker volume ls -f bogus=1
Error response from daemon: invalid filter 'bogus'
[exit 1]
$ docker volume ls --format '{{.Name}} {{.Driver}}'
unused local
used local
$ docker volume ls --format 'table {{.Name}}\t{{.Mountpoint}}'
VOLUME NAME   MOUNTPOINT
unused        /var/lib/docker/volumes/unused/_data
used          /var/lib/docker/volumes/used/_data
