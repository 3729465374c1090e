# title: Volume labels: create --label, inspect, ls -f label=
# docs: https://docs.docker.com/reference/cli/docker/volume/ls/#filter
$ docker volume create --label a=1 --label b v1
v1
$ docker volume create --label a=2 v2
v2
$ docker volume create v3
v3
$ docker volume inspect -f '{{json .Labels}}' v1 v2 v3
{"a":"1","b":""}
{"a":"2"}
null
$ docker volume ls -f label=b
DRIVER    VOLUME NAME
local     v1
$ docker volume ls -f label=a
DRIVER    VOLUME NAME
local     v1
local     v2
$ docker volume ls -f label=a=2
DRIVER    VOLUME NAME
local     v2
$ docker volume ls -f label=a=3
DRIVER    VOLUME NAME
$ docker volume ls -f label=a -f label=b
DRIVER    VOLUME NAME
local     v1
$ docker volume ls -f label=a=1 -f label=a=2
DRIVER    VOLUME NAME
$ docker volume ls --format '{{.Name}} {{.Label "a"}}'
v1 1
v2 2
v3 
$ docker volume inspect -f '{{.Labels.a}}' v1
1
$ docker volume create --label a=9 v1
v1
$ docker volume inspect -f '{{json .Labels}}' v1
{"a":"1","b":""}
$ docker volume create v1
v1
$ docker run --name anon1 -v /anon busybox true
$ docker volume ls -q -f label=com.docker.volume.anonymous | wc -l
1
$ docker volume ls -f label
invalid argument "label" for "-f, --filter" flag: bad format of filter (expected name=value)
See 'docker volume ls --help'.
[exit 125]
