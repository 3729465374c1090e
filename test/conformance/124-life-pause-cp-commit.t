# title: A paused container: cp and diff still work, exec does not, commit keeps it paused
# docs: https://docs.docker.com/reference/cli/docker/container/pause/
$ docker run -d --name box busybox sleep 100000
94355c996f79d1dc83b3666548f913c8bb0f774b890dd007d4c07d70731b4e7c
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
sha256:776faa903dd8ce2d87e617c920cf17bac9721232fe71cca93ffa1d1ab56d0f1d
$ docker ps --format '{{.Names}} {{.Status}}'
box Up Less than a second (Paused)
$ docker run --rm snap cat /a.txt /b.txt
a
b
$ docker unpause box
box
$ docker commit box snap2
sha256:8e3320c9c34361e0e6d2e77d1a61182a1c117a92d3e13499d031388223ea816b
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
e7a6a5be5c21fc279c6045b168668a552c115fa108823d2831fddaef001ed6c0
$ docker pause box2
box2
$ docker kill box2
box2
$ docker ps -a --format '{{.Names}} {{.Status}}' --filter name=box2
box2 Exited (137) Less than a second ago
$ docker run -d --name box3 busybox sleep 100000
66e1f9027e0183c992c9978301f997a6ffcaafd97cc722e995517b0702abe462
$ docker pause box3
box3
$ docker rm -f box3
box3
