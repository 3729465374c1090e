# title: :ro and readonly make a mount read-only; the rest of the container stays writable
# docs: https://docs.docker.com/engine/storage/volumes/#use-a-read-only-volume
$ docker run -d --name box -v data:/data:ro busybox sleep 100000
abe9bfa61b15bcbcd29485b77cf6bb0a4b158f7b8ee01e16a581fc05135223af
$ docker exec box touch /data/x
touch: /data/x: Read-only file system
[exit 1]
$ docker exec box mkdir /data/d
mkdir: can't create directory '/data/d': Read-only file system
[exit 1]
$ docker exec box touch /x
$ docker inspect -f '{{range .Mounts}}{{.Name}} {{.Mode}} {{.RW}}{{println}}{{end}}' box
data ro false

$ docker run -d --name box2 --mount source=data,target=/data,readonly busybox sleep 100000
dd5daa0933572d5329bb118f1ea570292f95d3d4272944d46b8c54cf39a4b449
$ docker inspect -f '{{range .Mounts}}{{.Name}} {{.Mode}} {{.RW}}{{println}}{{end}}' box2
data z false

$ docker exec box2 rm -rf /data
rm: can't remove '/data': Device or resource busy
[exit 1]
$ docker run --rm -v data:/data:rw busybox touch /data/ok
$ docker exec box ls /data
ok
$ docker run --rm -v data:/data:bogus busybox true
docker: Error response from daemon: invalid mode: bogus.
See 'docker run --help'.
[exit 125]
