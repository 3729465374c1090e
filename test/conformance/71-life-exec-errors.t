# title: exec into a stopped, a created and a missing container; a missing program
# docs: https://docs.docker.com/reference/cli/docker/container/exec/
$ docker run --name done busybox true
$ docker exec done ls
Error response from daemon: container 03329ef6d42c6d70d3784b957dd81e53db5ad2720c4bf414e4cd3a8948262fb4 is not running
[exit 1]
$ docker create --name fresh busybox
2e88f6e738d64d6306a8185bc54994b0d968400c1b63350844d8d4f88c0d6fad
$ docker exec fresh ls
Error response from daemon: container 2e88f6e738d64d6306a8185bc54994b0d968400c1b63350844d8d4f88c0d6fad is not running
[exit 1]
$ docker exec nosuch ls
Error response from daemon: No such container: nosuch
[exit 1]
$ docker run -d --name box busybox sleep 100000
0547d75eeaacab2d466b7635f5b3c114b083f48c1a373b274b0f30d871acec6a
$ docker exec box nosuchprog
OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuchprog": executable file not found in $PATH: unknown
[exit 126]
$ docker exec box /etc
OCI runtime exec failed: exec failed: unable to start container process: exec: "/etc": permission denied: unknown
[exit 126]
$ docker exec box sh -c 'nosuchprog'
sh: nosuchprog: not found
[exit 127]
$ docker exec box
"docker exec" requires at least 2 arguments.
See 'docker exec --help'.

Usage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]

Execute a command in a running container
[exit 1]
$ docker exec box false
[exit 1]
