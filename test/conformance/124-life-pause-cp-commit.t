# title: A paused container: cp and diff still work, exec does not, commit keeps it paused
# docs: https://docs.docker.com/reference/cli/docker/container/pause/
$ docker run -d --name box busybox sleep 100000
6f9bbed2eb07033e2d3b13b8bf02986314a29b90a07819e7d17bee3a60023e2f
$ docker exec box sh -c 'echo a > /a.txt'
$ docker pause box
box
$ docker cp box:/a.txt .
$ cat a.txt
a
$ echo b > b.txt
$ docker cp b.txt box:/b.txt
$ docker diff box  # unordered
A /a.txt
A /b.txt
$ docker exec box ls
Error response from daemon: Container box is paused, unpause the container before exec
[exit 1]
$ docker commit box snap
sha256:a969db21d32d4851bd74b77922201e4fe890876ca5a42fb257637b0101864059
$ docker ps --format '{{.Names}} {{.Status}}'
box Up Less than a second (Paused)
$ docker run --rm snap cat /a.txt /b.txt
a
b
$ docker unpause box
box
$ docker commit box snap2
sha256:5577544052083d0538b55d18823bae5d63a2458c491a739feb103243eb41ee37
$ docker ps --format '{{.Names}} {{.Status}}'
box Up Less than a second
$ docker pause box
box
$ docker rm box
Error response from daemon: cannot remove container "/box": container is paused and must be unpaused first
[exit 1]
$ docker stop -t 1 box
box
$ docker ps -a --format '{{.Names}} {{.Status}}'
box Exited (137) Less than a second ago
$ docker run -d --name box2 busybox sleep 100000
319497c055a29a1ffe4d362f4393c46bf11f1c782a8f2aec436aa063aa10cc3a
$ docker pause box2
box2
$ docker kill box2
box2
$ docker wait box2
137
$ docker ps -a --format '{{.Names}} {{.Status}}' --filter name=box2
box2 Exited (137) Less than a second ago
$ docker run -d --name box3 busybox sleep 100000
9c3b6297ce853711c9577d8ecbe3d440eccaf3caf6ab1ddbda8b94cd4d54258a
$ docker pause box3
box3
$ docker rm -f box3
box3
