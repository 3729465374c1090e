# title: tmpfs mounts from --tmpfs and from --mount type=tmpfs, and how inspect shows each
# docs: https://docs.docker.com/engine/storage/tmpfs/
$ docker run -d --name tmp-a --tmpfs /cache busybox sleep 100000
b49ac07e3c7c8057e7d9753bdcad88019efc271e6c3c18e0731208eba52c5383
$ docker inspect -f '{{json .HostConfig.Tmpfs}}' tmp-a
{"/cache":""}
$ docker inspect -f '{{json .Mounts}}' tmp-a
[]
$ docker run -d --name tmp-b --tmpfs /cache:size=1m,mode=1777 busybox sleep 100000
fa797e437e8fd863aa321f05f11b7ef39d16f48483093f52dcddee5a539c000a
$ docker inspect -f '{{json .HostConfig.Tmpfs}}' tmp-b
{"/cache":"size=1m,mode=1777"}
$ docker run -d --name tmp-c --mount type=tmpfs,target=/cache,tmpfs-size=1048576 busybox sleep 100000
b6b69c9e8cf47e8e0f5446a92e3089113093d30817c2efd4762fcf68061e3252
$ docker inspect -f '{{json .HostConfig.Tmpfs}}' tmp-c
null
$ docker inspect -f '{{json .Mounts}}' tmp-c
[{"Type":"tmpfs","Source":"","Destination":"/cache","Mode":"","RW":true,"Propagation":""}]
$ docker inspect -f '{{json .HostConfig.Mounts}}' tmp-c
[{"Type":"tmpfs","Target":"/cache","TmpfsOptions":{"SizeBytes":1048576}}]
$ docker exec tmp-c sh -c 'echo hi > /cache/f && cat /cache/f'
hi
$ docker diff tmp-c
A /cache
$ docker run --rm --mount type=tmpfs,source=foo,target=/cache busybox true
docker: Error response from daemon: invalid mount config for type "tmpfs": field Source must not be specified.
See 'docker run --help'.
[exit 125]
$ docker volume ls -q | wc -l
0
