# title: docker inspect on different object types, --type, and volume ls --format
# docs: https://docs.docker.com/reference/cli/docker/inspect/
$ docker volume create shared
shared
$ docker run -d --name shared -v shared:/data busybox sleep 100000
efb11495ea8268a19c2aeed349624b324ba762fccc6c45d96a0a8e84078bcc8a
$ docker inspect -f '{{.Name}}' shared
/shared
$ docker inspect --type volume -f '{{.Name}}' shared
shared
$ docker inspect --type container -f '{{.Name}}' shared
/shared
$ docker inspect --type image -f '{{.Id}}' shared

Error response from daemon: No such image: shared:latest
[exit 1]
$ docker inspect --type bogus shared
"bogus" is not a valid value for --type
[exit 1]
$ docker volume ls --format '{{.Name}} {{.Driver}}'
shared local
$ docker volume ls --format '{{.Name}}: {{.Mountpoint}}'
shared: /var/lib/docker/volumes/shared/_data
$ docker volume ls --format '{{json .}}' | head -c 12
{"Availabili
$ docker inspect -f '{{.Id}}' busybox | cut -c1-7
sha256:
