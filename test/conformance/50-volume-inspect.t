# title: docker volume inspect: JSON, -f templates, several volumes, a missing one
# docs: https://docs.docker.com/reference/cli/docker/volume/inspect/
$ docker volume create data1
data1
$ docker volume create data2
data2
$ docker volume inspect -f '{{.Mountpoint}}' data1
/var/lib/docker/volumes/data1/_data
$ docker volume inspect -f '{{.Name}} {{.Driver}} {{.Scope}}' data1 data2
data1 local local
data2 local local
$ docker volume inspect nosuch
[]
Error response from daemon: get nosuch: no such volume
[exit 1]
$ docker volume inspect data1 nosuch
[
    {
        "CreatedAt": "2026-12-04T19:58:36Z",
        "Driver": "local",
        "Labels": null,
        "Mountpoint": "/var/lib/docker/volumes/data1/_data",
        "Name": "data1",
        "Options": null,
        "Scope": "local"
    }
]
Error response from daemon: get nosuch: no such volume
[exit 1]
$ docker volume inspect -f '{{.Name}}' nosuch data2
data2
Error response from daemon: get nosuch: no such volume
[exit 1]
$ docker volume inspect
"docker volume inspect" requires at least 1 argument.
See 'docker volume inspect --help'.

Usage:  docker volume inspect [OPTIONS] VOLUME [VOLUME...]

Display detailed information on one or more volumes
[exit 1]
$ docker volume inspect -f '{{json .Labels}} {{json .Options}}' data1
null null
$ docker inspect -f '{{.Name}}' data1
data1
$ docker inspect --type volume -f '{{.Mountpoint}}' data2
/var/lib/docker/volumes/data2/_data
