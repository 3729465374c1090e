# title: docker volume create with a name, without one, and with a name that already exists
# docs: https://docs.docker.com/reference/cli/docker/volume/create/
$ docker volume create mydata
mydata
$ docker volume create mydata
mydata
$ docker volume create
50c94365ae3644d78af47ca9acd6b8fb458598957c8b796ef9929e4fd00441ac
$ docker volume ls -q | wc -l
2
$ docker volume create --name other
other
$ docker volume create x
Error response from daemon: create x: volume name is too short, names should be at least two alphanumeric characters
[exit 1]
$ docker volume create 'bad name'
Error response from daemon: create bad name: "bad name" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path
[exit 1]
$ docker volume create one two
"docker volume create" requires at most 1 argument.
See 'docker volume create --help'.

Usage:  docker volume create [OPTIONS] [VOLUME]

Create a volume
[exit 1]
$ docker volume create -d local withdriver
withdriver
$ docker volume ls
DRIVER    VOLUME NAME
local     50c94365ae3644d78af47ca9acd6b8fb458598957c8b796ef9929e4fd00441ac
local     mydata
local     other
local     withdriver
