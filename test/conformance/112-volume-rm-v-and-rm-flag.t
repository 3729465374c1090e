# title: docker rm -v and --rm remove anonymous volumes only; named volumes always stay
# docs: https://docs.docker.com/reference/cli/docker/container/rm/#volumes
$ docker run -d --name box -v named:/named -v /anon busybox sleep 100000
48d55cffd08f2de60429156e98f39348e0e5219fcf0da528c8884d2fca18e303
$ docker volume ls -q | wc -l
2
$ docker rm -f -v box
box
$ docker volume ls
DRIVER    VOLUME NAME
local     named
$ docker run --rm -v named2:/named -v /anon busybox true
$ docker volume ls
DRIVER    VOLUME NAME
local     named
local     named2
$ docker run --name db mysql true
$ docker volume ls -q | wc -l
3
$ docker rm db
db
$ docker volume ls -f dangling=true -q | wc -l
3
$ docker run -d --name db2 mysql
112197b6dd0d7be9ff19a0379ee524430f3935401dcf32a4969ab26046f93ede
$ docker rm -f db2
db2
$ docker volume ls -f dangling=true -q | wc -l
4
