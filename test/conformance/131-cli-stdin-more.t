# title: More stdin: here-strings, scripts fed to sh, exit codes through a pipe, exec without -i
# docs: https://docs.docker.com/reference/cli/docker/container/exec/
$ docker run --rm -i busybox sh <<< 'echo one; echo two'
one
two
$ printf 'echo start\nexit 3\necho never\n' > script.sh
$ docker run --rm -i busybox sh < script.sh
start
[exit 3]
$ docker run --rm -i busybox sh < script.sh; echo "status $?"
start
status 3
$ echo hi | docker run --rm -i busybox cat | tr a-z A-Z
HI
$ docker run --rm busybox echo out | wc -l
1
$ docker run -d --name box busybox sleep 100000
d51525cfa155ea891eb4cb81d877a18729723d7ce7dc86ef42c0f24958d0a944
$ docker exec box sh -c 'cat > /tmp/x' < script.sh
$ docker exec box wc -c /tmp/x
0 /tmp/x
$ docker exec -i box sh < script.sh
start
[exit 3]
$ cat script.sh | docker exec -i box sh -c 'cat > /tmp/copy.sh'
$ docker exec box sh /tmp/copy.sh
start
[exit 3]
$ docker exec -i box sh -c 'read line; echo "got $line"' <<< 'typed text'
got typed text
$ docker run --rm -i busybox head -n 1 < script.sh
echo start
