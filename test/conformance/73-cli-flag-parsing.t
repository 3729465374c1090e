# title: How docker parses flags: combined short flags, --flag=value, and everything after the image
# docs: https://docs.docker.com/reference/cli/docker/container/run/
$ docker run -di --name box busybox sh
e7c31ba232bfe731db854878f294ff68e2d70f09d1623fe48da5a02a34df78aa
$ docker ps --format '{{.Names}} {{.State}}'
box running
$ docker run --rm --name=eqname busybox hostname -s
9c19434baeb9
$ docker run --rm -v=/data busybox ls -d /data
/data
$ docker run --rm -e=X=1 busybox sh -c 'echo $X'
1
$ docker run --rm busybox ls -a /root
.
..
$ docker run --rm busybox echo --rm -v /x
--rm -v /x
$ docker run --rm -- busybox echo after-double-dash
after-double-dash
$ docker run --rm busybox -- echo hi
docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "--": executable file not found in $PATH: unknown.
[exit 127]
$ docker run --rm -w /etc busybox pwd
/etc
$ docker run --rm --workdir=/tmp busybox pwd
/tmp
$ docker run --rm -e A -e B=2 busybox env | grep -c '^B='
1
$ docker run --rm --env-file nosuch busybox true
docker: open nosuch: no such file or directory.
See 'docker run --help'.
[exit 125]
