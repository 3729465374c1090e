# title: A container's exit code: docker run returns it, inspect and ps show it
# docs: https://docs.docker.com/reference/cli/docker/container/run/#exit-status
$ docker run -d --name three busybox sh -c 'exit 3'
b3c1ee9d2812a655bb6f64d3cb7a37895a72b0350e40ce326c4d0fddef635d2a
$ docker wait three
3
$ docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.Running}}' three
exited 3 false
$ docker ps -a --format '{{.Names}} {{.Status}}'
three Exited (3) Less than a second ago
$ docker run --name five busybox sh -c 'exit 5'; echo "exit status: $?"
exit status: 5
$ docker run --rm busybox false
[exit 1]
$ docker run --rm busybox true
$ docker start five
five
$ docker start -a five
[exit 5]
$ docker inspect -f '{{.State.ExitCode}}' five
5
