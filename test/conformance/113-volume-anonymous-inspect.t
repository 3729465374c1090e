# title: docker volume inspect of a named volume and of an anonymous one (its label)
# docs: https://docs.docker.com/reference/cli/docker/volume/inspect/
$ docker volume create named
named
$ docker volume inspect named
[
    {
        "CreatedAt": "2026-12-04T20:07:33Z",
        "Driver": "local",
        "Labels": null,
        "Mountpoint": "/var/lib/docker/volumes/named/_data",
        "Name": "named",
        "Options": null,
        "Scope": "local"
    }
]
$ docker run -d --name box -v /anon busybox sleep 100000
4cdfba1b3e09cd4d95773732b867c7058917352f72fabfe3f31471446c2aa50c
$ docker volume inspect $(docker volume ls -q -f dangling=false)
[
    {
        "CreatedAt": "2026-12-04T20:07:33Z",
        "Driver": "local",
        "Labels": {
            "com.docker.volume.anonymous": ""
        },
        "Mountpoint": "/var/lib/docker/volumes/d8368acd3a38b11ce5f8760bf20e8940cf047ca5893e9efd68db6654f7fa3201/_data",
        "Name": "d8368acd3a38b11ce5f8760bf20e8940cf047ca5893e9efd68db6654f7fa3201",
        "Options": null,
        "Scope": "local"
    }
]
$ docker volume inspect -f '{{json .Labels}}' $(docker volume ls -q -f dangling=false)
{"com.docker.volume.anonymous":""}
$ docker volume ls -f label=com.docker.volume.anonymous -q | wc -l
1
$ docker run --rm -v made-by-run:/data busybox true
$ docker volume inspect -f '{{.Name}} {{json .Labels}}' made-by-run
made-by-run null
$ docker volume create --label team=web labelled
labelled
$ docker volume inspect -f '{{json .Labels}}' labelled
{"team":"web"}
$ docker volume ls -f label=team=web
DRIVER    VOLUME NAME
local     labelled
