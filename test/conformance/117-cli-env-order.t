# title: Environment variables in a container: order, overriding PATH/HOSTNAME/HOME, exec -e, --env-file
# docs: https://docs.docker.com/reference/cli/docker/container/run/#env
$ docker run --rm -e A=1 -e PATH=/x:/bin busybox env
PATH=/x:/bin
HOSTNAME=30b85146db25
A=1
HOME=/root
$ docker run --rm -e HOSTNAME=zz -e HOME=/h busybox env
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
HOSTNAME=zz
HOME=/h
$ docker run --rm -e B=2 -e A=1 -e B=3 busybox env
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
HOSTNAME=af4ebf565096
B=3
A=1
HOME=/root
$ docker run --rm -e PATH=/nowhere busybox env
docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "env": executable file not found in $PATH: unknown.
[exit 127]
$ docker create --name web -e MODE=prod -e NGINX_VERSION=9 nginx
744821de0fe1a32a5d1e8610eed9b9ec9faff5d45ecda736120103a1eb092d0f
$ docker inspect -f '{{json .Config.Env}}' web
["MODE=prod","NGINX_VERSION=9","PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]
$ docker run -d --name box -e A=1 busybox sleep 100000
1ae2794ad9bb1c4388308dd9dcf5af5b87c8c8825fdfbbb0462cf8cf7eacdcc5
$ docker exec -e B=2 box env
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
HOSTNAME=1ae2794ad9bb
A=1
B=2
HOME=/root
$ docker exec -e A=override box env
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
HOSTNAME=1ae2794ad9bb
A=override
HOME=/root
$ docker exec box sh -c 'echo $A'
1
$ printf '# settings for the app\n\nMODE=dev\n  # indented comment\nGREETING=hello world\nQUOTED="q"\nEMPTY=\nUSER\nNOT_ON_HOST\n' > app.env
$ docker run --rm --env-file app.env busybox env
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
HOSTNAME=26c0730b66ec
MODE=dev
GREETING=hello world
QUOTED="q"
EMPTY=
USER=learner
HOME=/root
$ docker run --rm --env-file app.env -e MODE=prod busybox sh -c 'echo $MODE'
prod
$ printf 'BAD KEY=1\n' > bad.env
$ docker run --rm --env-file bad.env busybox env
docker: poorly formatted environment: variable 'BAD KEY' contains whitespaces.
See 'docker run --help'.
[exit 125]
$ docker run --rm --env-file nosuch.env busybox env
docker: open nosuch.env: no such file or directory.
See 'docker run --help'.
[exit 125]
$ docker run --rm --env-file . busybox env
docker: read .: is a directory.
See 'docker run --help'.
[exit 125]
