# title: Invalid -v specs and what Docker says about each
# docs: https://docs.docker.com/engine/storage/volumes/#options-for---volume
$ docker run --rm -v :/x busybox true
docker: invalid spec: :/x: empty section between colons.
See 'docker run --help'.
[exit 125]
$ docker run --rm -v /a:rel busybox true
docker: Error response from daemon: invalid volume specification: '/a:rel': invalid mount config for type "bind": invalid mount path: 'rel' mount path must be absolute.
See 'docker run --help'.
[exit 125]
$ docker run --rm -v relative:/x busybox true
$ docker volume ls
DRIVER    VOLUME NAME
local     relative
$ docker run --rm -v ./rel:/x busybox true
$ docker run --rm -v rel/sub:/x busybox true
docker: Error response from daemon: create rel/sub: "rel/sub" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path.
See 'docker run --help'.
[exit 125]
$ docker run --rm -v aa:/d -v bb:/d busybox true
docker: Error response from daemon: Duplicate mount point: /d.
See 'docker run --help'.
[exit 125]
$ docker run --rm -v aa:/d -v /d busybox true
$ docker run --rm -v /x:/y:/z:ro busybox true
docker: invalid spec: /x:/y:/z:ro: too many colons.
See 'docker run --help'.
[exit 125]
$ docker run --rm -v data:/ busybox true
docker: Error response from daemon: invalid volume specification: 'data:/': invalid mount config for type "volume": invalid specification: destination can't be '/'.
See 'docker run --help'.
[exit 125]
$ docker run --rm -v 'bad name:/x' busybox true
docker: Error response from daemon: create bad name: "bad name" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path.
See 'docker run --help'.
[exit 125]
