# title: Invalid --mount specs and what Docker says about each
# docs: https://docs.docker.com/engine/storage/volumes/#options-for---mount
$ docker run --rm --mount type=bogus,target=/x busybox true
docker: Error response from daemon: invalid mount config for type "bogus": mount type unknown.
See 'docker run --help'.
[exit 125]
$ docker run --rm --mount type=volume busybox true
invalid argument "type=volume" for "--mount" flag: target is required
See 'docker run --help'.
[exit 125]
$ docker run --rm --mount source=data busybox true
invalid argument "source=data" for "--mount" flag: target is required
See 'docker run --help'.
[exit 125]
$ docker run --rm --mount type=volume,src=data,dst=/x,bogus=1 busybox true
invalid argument "type=volume,src=data,dst=/x,bogus=1" for "--mount" flag: unexpected key 'bogus' in 'bogus=1'
See 'docker run --help'.
[exit 125]
$ docker run --rm --mount src=data,dst=rel busybox true
docker: Error response from daemon: invalid mount config for type "volume": invalid mount path: 'rel' mount path must be absolute.
See 'docker run --help'.
[exit 125]
$ docker run --rm --mount type=volume,src=aa,dst=/d --mount type=volume,src=bb,dst=/d busybox true
docker: Error response from daemon: Duplicate mount point: /d.
See 'docker run --help'.
[exit 125]
$ docker run --rm --mount type=tmpfs,target=/x,readonly=maybe busybox true
invalid argument "type=tmpfs,target=/x,readonly=maybe" for "--mount" flag: invalid value for readonly: maybe
See 'docker run --help'.
[exit 125]
$ docker run --rm --mount 'type=volume,src=aa,dst=/d' -v bb:/d busybox true
docker: Error response from daemon: Duplicate mount point: /d.
See 'docker run --help'.
[exit 125]
$ docker run --rm --mount type=volume,src=/abs,dst=/d busybox true
docker: Error response from daemon: create /abs: "/abs" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path.
See 'docker run --help'.
[exit 125]
$ docker run --rm --mount type=tmpfs,dst=/d,volume-nocopy busybox true
invalid argument "type=tmpfs,dst=/d,volume-nocopy" for "--mount" flag: cannot mix 'volume-*' options with mount type 'tmpfs'
See 'docker run --help'.
[exit 125]
