# title: A named volume does not belong to any image: written by alpine, read by busybox, filled in by postgres, kept after rmi
# docs: https://docs.docker.com/engine/storage/volumes/
$ docker run --rm -v shared:/data alpine sh -c 'echo from-alpine > /data/note'
$ docker run --rm -v shared:/data busybox cat /data/note
from-alpine
$ docker run -d --name pg -v shared:/var/lib/postgresql/data postgres
1ff891373df7204cca6979dba62eeea946d57dc414a7ef289d5fb95c4c5740e7
$ docker exec pg ls /var/lib/postgresql/data
PG_VERSION
note
$ docker rm -f pg
pg
$ docker run --name base busybox sh -c 'echo layer > /made-in-layer'
$ docker commit base mybox
sha256:a6dfdaac113d81e427cae1803bc8b0134151e295154dc4f60a16bb4835b090d5
$ docker run --rm -v shared:/d mybox sh -c 'cat /made-in-layer; ls /d'
layer
PG_VERSION
note
$ docker rm base
base
$ docker rmi mybox
Untagged: mybox:latest
Deleted: sha256:a6dfdaac113d81e427cae1803bc8b0134151e295154dc4f60a16bb4835b090d5
Deleted: sha256:d91d00ce250d6c398f3a994b9d6db76074ea3e34c1dc105716f9d29fa78c2af0
$ docker run --rm -v shared:/d busybox ls /d
PG_VERSION
note
$ docker volume ls
DRIVER    VOLUME NAME
local     shared
