# title: Unknown programs inside sh (127), as the container command (OCI error, 127) and a directory as command (126)
# docs: https://docs.docker.com/reference/cli/docker/container/run/#exit-status
$ docker run --rm busybox sh -c 'foo'
sh: foo: not found
[exit 127]
$ docker run --rm busybox sh -c 'foo 2>&1; echo "status $?"'
sh: foo: not found
status 127
$ docker run --rm busybox foo
docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "foo": executable file not found in $PATH: unknown.
[exit 127]
$ docker run --rm busybox /etc
docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/etc": permission denied: unknown.
[exit 126]
$ docker run --rm busybox /etc/passwd
docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/etc/passwd": permission denied: unknown.
[exit 126]
$ docker run --rm busybox /nosuch/prog
docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/nosuch/prog": stat /nosuch/prog: no such file or directory: unknown.
[exit 127]
$ docker run --rm busybox ps
docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "ps": executable file not found in $PATH: unknown.
[exit 127]
$ docker run --rm busybox uname
docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "uname": executable file not found in $PATH: unknown.
[exit 127]
$ docker run --rm busybox sh -c 'uname'
Linux
$ docker run --rm busybox sh /nosuch.sh
sh: can't open '/nosuch.sh': No such file or directory
[exit 2]
$ docker ps -a --format '{{.Names}}' | wc -l
0
$ docker run --name failed busybox foo
docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "foo": executable file not found in $PATH: unknown.
[exit 127]
$ docker ps -a --format '{{.Names}} {{.Status}}'
failed Created
