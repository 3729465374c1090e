# title: --volumes-from copies every mount of another container, with :ro making them read-only
# docs: https://docs.docker.com/reference/cli/docker/container/run/#volumes-from
$ mkdir shared
$ docker run -d --name src -v named:/named -v /anon -v /home/learner/shared:/bind busybox sleep 100000
16f452f310341c8f4a35b4ff722ef486dfb857df0f7f421e261317024d79200f
$ docker exec src sh -c 'echo n > /named/f; echo a > /anon/f; echo b > /bind/f'
$ docker run --rm --volumes-from src busybox sh -c 'cat /named/f /anon/f /bind/f'
n
a
b
$ docker run -d --name dst --volumes-from src busybox sleep 100000
d1671ee4ca0a3b0ea71711040c57c65c3b4c97a987aa89cc92414beb1ce9c5ec
$ docker inspect -f '{{range .Mounts}}{{.Type}} {{.Destination}} {{.RW}}{{println}}{{end}}' dst  # unordered
volume /named true
bind /bind true
volume /anon true

$ docker run --rm --volumes-from src:ro busybox touch /named/g
touch: /named/g: Read-only file system
[exit 1]
$ docker run --rm --volumes-from src:ro busybox touch /bind/g
touch: /bind/g: Read-only file system
[exit 1]
$ docker run -d --name ro --volumes-from src:ro busybox sleep 100000
7a69fefe809450ebdd8586aa948bf66c2922dfd13010f5eeb25a27dc156e11f8
$ docker inspect -f '{{range .Mounts}}{{.Destination}} {{.Mode}} {{.RW}}{{println}}{{end}}' ro  # unordered
/named  false
/bind  false
/anon  false

$ docker inspect -f '{{.HostConfig.VolumesFrom}}' ro
[src:ro]
$ docker run --rm --volumes-from nosuch busybox true
docker: Error response from daemon: No such container: nosuch.
See 'docker run --help'.
[exit 125]
$ docker run --rm --volumes-from src:bogus busybox true
docker: Error response from daemon: invalid mode: bogus.
See 'docker run --help'.
[exit 125]
$ docker volume ls -q | wc -l
2
