# title: A named volume as seen by docker inspect (.Mounts) and docker volume inspect
# docs: https://docs.docker.com/engine/storage/volumes/
$ docker run -d --name box -v appdata:/data busybox sleep 100000
63be3545c3f891870ed52538963a05810c4964a8158cde0a51a758c0bf2e6f92
$ docker inspect -f '{{json .Mounts}}' box
[{"Type":"volume","Name":"appdata","Source":"/var/lib/docker/volumes/appdata/_data","Destination":"/data","Driver":"local","Mode":"z","RW":true,"Propagation":""}]
$ docker run -d --name box2 --mount source=appdata2,target=/data busybox sleep 100000
49faf654e170fda7ef7752e21b2668c4132a3ab9ffffc4f1aaede181367161cd
$ docker inspect -f '{{json .Mounts}}' box2
[{"Type":"volume","Name":"appdata2","Source":"/var/lib/docker/volumes/appdata2/_data","Destination":"/data","Driver":"local","Mode":"z","RW":true,"Propagation":""}]
$ docker inspect -f '{{.HostConfig.Binds}}' box box2
[appdata:/data]
[]
$ docker volume ls
DRIVER    VOLUME NAME
local     appdata
local     appdata2
$ docker run -d --name box3 --mount type=volume,src=appdata,dst=/data,readonly busybox sleep 100000
24638281383ca35438cd177dc93caa531772022627598640c4641585aaf99ca1
$ docker inspect -f '{{json .Mounts}}' box3
[{"Type":"volume","Name":"appdata","Source":"/var/lib/docker/volumes/appdata/_data","Destination":"/data","Driver":"local","Mode":"z","RW":false,"Propagation":""}]
$ docker run -d --name box4 -v appdata:/data:ro busybox sleep 100000
da6207fe5a6ea1fd75b9c16e2d2929abf1d4cdde5454cfb99b1f5b85ee02bd45
$ docker inspect -f '{{json .Mounts}}' box4
[{"Type":"volume","Name":"appdata","Source":"/var/lib/docker/volumes/appdata/_data","Destination":"/data","Driver":"local","Mode":"ro","RW":false,"Propagation":""}]
