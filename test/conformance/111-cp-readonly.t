# title: docker cp into a read-only mount or a --read-only container
# docs: https://docs.docker.com/reference/cli/docker/container/cp/
$ echo hi > f.txt
$ docker run -d --name ro --read-only busybox sleep 100000
00befc4c2acddf5924201927e10db04a0b79af878901f04f6db69ce2643986a3
$ docker cp f.txt ro:/tmp/
Error response from daemon: container rootfs is marked read-only
[exit 1]
$ docker cp ro:/etc/passwd .
$ docker run -d --name romount -v data:/data:ro busybox sleep 100000
7efd28db51b6b7936efc29af0d8a5937adcbad958d081f4c206f0cbe0af19c1b
$ docker cp f.txt romount:/data/
Error response from daemon: mounted volume is marked read-only
[exit 1]
$ docker cp f.txt romount:/tmp/
$ docker run -d --name tmpbox --tmpfs /scratch busybox sleep 100000
a1cc0c3f36be2a5cf91512493da551e66e6feea6f41a6d84a749bf925151d2f4
$ docker cp f.txt tmpbox:/scratch/
$ docker exec tmpbox ls /scratch
