# title: docker cp from the host into a container and back
# docs: https://docs.docker.com/reference/cli/docker/container/cp/
$ docker run -d --name box busybox sleep 100000
f717b8039b4b458e429bed757fd68cd42d091b9af90682a5ab388d849e229aaf
$ echo "hello" > note.txt
$ docker cp note.txt box:/tmp/
$ docker exec box cat /tmp/note.txt
hello
$ docker cp note.txt box:/tmp/renamed.txt
$ docker exec box ls /tmp
note.txt
renamed.txt
$ docker exec box sh -c 'echo "from container" > /tmp/out.txt'
$ docker cp box:/tmp/out.txt .
$ cat out.txt
from container
$ docker cp box:/tmp/out.txt copy.txt
$ ls
copy.txt
note.txt
out.txt
$ docker cp box:/etc/hostname .
$ docker diff box  # unordered
C /tmp
A /tmp/note.txt
A /tmp/out.txt
A /tmp/renamed.txt
$ docker cp note.txt box:/etc/passwd
$ docker exec box cat /etc/passwd
hello
