# title: Anonymous volumes from -v /path and from --mount without a source get a random 64-hex name
# docs: https://docs.docker.com/engine/storage/volumes/#create-and-manage-volumes
$ docker run -d --name anon-a -v /cache busybox sleep 100000
0238518a58d163b0942891e27683d220624d7ad84d38a12a6d5a6b19912610c3
$ docker inspect -f '{{json .Mounts}}' anon-a
[{"Type":"volume","Name":"df4cc5672f9468439a21781dd93175392344db6491d5240545ad6cd73f61252a","Source":"/var/lib/docker/volumes/df4cc5672f9468439a21781dd93175392344db6491d5240545ad6cd73f61252a/_data","Destination":"/cache","Driver":"local","Mode":"","RW":true,"Propagation":""}]
$ docker run -d --name anon-b --mount type=volume,target=/cache busybox sleep 100000
8af060f02fa986368e263ba9c992d1b9acc0946f5832b7baf4f602be3fd5ee73
$ docker inspect -f '{{range .Mounts}}{{.Type}} {{.Destination}} {{.RW}}{{println}}{{end}}' anon-b
volume /cache true

$ docker run -d --name anon-c --mount target=/cache busybox sleep 100000
ef07260ca1fb6765da3b104805eb7cc19d708c4b102fab120f6e611b9da32033
$ docker inspect -f '{{range .Mounts}}{{.Type}} {{.Destination}}{{println}}{{end}}' anon-c
volume /cache

$ docker volume ls -q | wc -l
3
$ docker volume ls -q | grep -c '^[0-9a-f]\{64\}$'
3
$ docker inspect -f '{{.HostConfig.Binds}}' anon-a
[]
$ docker inspect -f '{{json .Config.Volumes}}' anon-a
{"/cache":{}}
