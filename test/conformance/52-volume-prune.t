# title: docker volume prune with nothing to prune, with anonymous and named volumes, and -a
# docs: https://docs.docker.com/reference/cli/docker/volume/prune/
$ docker volume prune -f
Total reclaimed space: 0B
$ docker volume create named
named
$ docker volume prune -f
Total reclaimed space: 0B
$ docker run --rm -v /anon busybox true
$ docker run --name keeper -v /kept busybox true
$ docker volume ls -q | wc -l
2
$ docker volume prune -f
Total reclaimed space: 0B
$ docker volume prune -a -f
Deleted Volumes:
named

Total reclaimed space: 0B
$ docker volume ls -q | wc -l
1
$ docker rm -v keeper
keeper
$ docker volume ls -q | wc -l
0
$ docker volume prune --all --force
Total reclaimed space: 0B
