# title: docker logs of a command container and of a service container
# docs: https://docs.docker.com/reference/cli/docker/container/logs/
$ docker run --name job busybox sh -c 'echo line1; echo line2; echo line3'
line1
line2
line3
$ docker logs job
line1
line2
line3
$ docker logs --tail 1 job
line3
$ docker logs -n 2 job
line2
line3
$ docker run --name mixed busybox sh -c 'echo out; echo err >&2' 2>/dev/null
out
$ docker logs mixed 2>/dev/null
out
$ docker logs mixed 2>&1 >/dev/null
err
$ docker run -d --name web nginx
36d1c804ac12552ca851fb80da443dfa14f3933827bad9e494c622f3f2c25578
$ docker logs web
$ docker run -d --name talker busybox sh -c 'echo ready; sleep 100000'
a39c8144aefb3dd54f599df84f3706c9e06ac9d35f2b381b51060165b3ac008a
$ docker exec talker echo not-in-logs
not-in-logs
$ docker logs talker
ready
$ docker logs nosuch
Error response from daemon: No such container: nosuch
[exit 1]
$ docker create --name fresh busybox echo hi
7c9a04ec7b41107f6e0b2cc91495276c49ea836cbd71c580129baf4d943d56aa
$ docker logs fresh
