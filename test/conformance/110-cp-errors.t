# title: docker cp errors: missing source in the container, missing container, missing parent, missing host file
# docs: https://docs.docker.com/reference/cli/docker/container/cp/
$ docker run -d --name box busybox sleep 100000
50e9079fa5c28fabeca67957239fad7c842796c3d7d556d7187e9e29c477d566
$ docker cp box:/missing .
Error response from daemon: Could not find the file /missing in container box
[exit 1]
$ docker cp nosuch:/x .
Error response from daemon: No such container: nosuch
[exit 1]
$ echo hi > f.txt
$ docker cp f.txt box:/no/such/dir/f.txt
Error response from daemon: Could not find the file /no/such/dir in container box
[exit 1]
$ docker cp f.txt box:/no/such/dir/
no such directory
[exit 1]
$ docker cp nofile.txt box:/tmp/
lstat /home/learner/nofile.txt: no such file or directory
[exit 1]
$ docker cp f.txt nosuch:/tmp/
no such directory
[exit 1]
$ docker cp f.txt box:relative.txt
$ docker exec box ls /relative.txt
/relative.txt
$ docker cp box:/etc/passwd nodir/passwd
invalid output path: directory "/home/learner/nodir" does not exist
[exit 1]
$ docker cp f.txt g.txt
must specify at least one container source
[exit 1]
$ docker cp box:/tmp box2:/tmp
copying between containers is not supported
[exit 1]
