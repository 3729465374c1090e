# title: kill, pause and unpause in each state, with their error messages
# docs: https://docs.docker.com/reference/cli/docker/container/kill/
$ docker create --name box busybox sleep 100000
54fca099cedc510722832eab5e6199393e2adea949b6b9ffd1ca64aeab614644
$ docker kill box
Error response from daemon: cannot kill container: box: container 54fca099cedc510722832eab5e6199393e2adea949b6b9ffd1ca64aeab614644 is not running
[exit 1]
$ docker pause box
Error response from daemon: container 54fca099cedc510722832eab5e6199393e2adea949b6b9ffd1ca64aeab614644 is not running
[exit 1]
$ docker start box
box
$ docker unpause box
Error response from daemon: Container 54fca099cedc510722832eab5e6199393e2adea949b6b9ffd1ca64aeab614644 is not paused
[exit 1]
$ docker pause box
box
$ docker pause box
Error response from daemon: Container 54fca099cedc510722832eab5e6199393e2adea949b6b9ffd1ca64aeab614644 is already paused
[exit 1]
$ docker ps -a --format '{{.Names}} {{.State}} {{.Status}}'
box paused Up Less than a second (Paused)
$ docker kill box
box
$ docker ps -a --format '{{.Names}} {{.State}} {{.Status}}'
box exited Exited (137) Less than a second ago
$ docker kill box
Error response from daemon: cannot kill container: box: container 54fca099cedc510722832eab5e6199393e2adea949b6b9ffd1ca64aeab614644 is not running
[exit 1]
$ docker unpause box
Error response from daemon: Container 54fca099cedc510722832eab5e6199393e2adea949b6b9ffd1ca64aeab614644 is not paused
[exit 1]
$ docker pause box
Error response from daemon: container 54fca099cedc510722832eab5e6199393e2adea949b6b9ffd1ca64aeab614644 is not running
[exit 1]
$ docker kill nosuch
Error response from daemon: cannot kill container: nosuch: No such container: nosuch
[exit 1]
