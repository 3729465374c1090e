# title: docker rm in each state: created, running, paused, exited; -f; several names
# docs: https://docs.docker.com/reference/cli/docker/container/rm/
$ docker create --name created busybox sleep 100000
8328825192b95868adf2f460789c7a9377902461c7d37137dcaf8b511ecbbf0f
$ docker run -d --name running busybox sleep 100000
2e0f0c72f333eb4cc1c7b3ca451b6a4f83bd69a3f3060d4a645b24857b0dc0cb
$ docker run -d --name paused busybox sleep 100000
cd6de4a4f249b4522f4c97b6d0850aaf03e469334d1880c1a58eb967e0602049
$ docker pause paused
paused
$ docker run --name exited busybox true
$ docker rm running
Error response from daemon: cannot remove container "/running": container is running: stop the container before removing or force remove
[exit 1]
$ docker rm -f paused
paused
$ docker rm created exited
created
exited
$ docker ps -a --format '{{.Names}}'
running
$ docker rm running nosuch
Error response from daemon: cannot remove container "/running": container is running: stop the container before removing or force remove
Error response from daemon: No such container: nosuch
[exit 1]
$ docker rm -f nosuch
Error response from daemon: No such container: nosuch
$ docker rm -f running
running
$ docker rm running
Error response from daemon: No such container: running
[exit 1]
