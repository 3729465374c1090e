# title: Environment variables in a container: order, overriding PATH/HOSTNAME/HOME, exec -e, --env-file
# docs: https://docs.docker.com/reference/cli/docker/container/run/#env
$ docker run --rm -e A=1 -e PATH=/x:/bin busybox env
PATH=/x:/bin
HOSTNAME=5ad8eb874d47
A=1
HOME=/root
$ docker run --rm -e HOSTNAME=zz -e HOME=/h busybox env
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
HOSTNAME=zz
HOME=/h
$ docker run --rm -e B=2 -e A=1 -e B=3 busybox env | grep B=
B=3
$ docker run --rm -e PATH=/nowhere busybox env
docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "env": executable file not found in $PATH: unknown.
[exit 127]
$ docker create --name web -e MODE=prod -e NGINX_VERSION=9 nginx
e79e00b1be04515433c49e87ea1b56a4b2effe72bbd2dd98fc63e7e237b0d781
$ docker inspect -f '{{json .Config.Env}}' web
["MODE=prod","NGINX_VERSION=9","PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]
$ docker run -d --name box -e A=1 busybox sleep 100000
0c97d7d07f7c12c0fecd6ea67056ed55910fec9396a42a52867f96648c088b43
$ docker exec -e B=2 box env
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
HOSTNAME=0c97d7d07f7c
A=1
B=2
HOME=/root
$ docker exec -e A=override box env
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
HOSTNAME=0c97d7d07f7c
A=override
HOME=/root
$ docker exec box sh -c 'echo $A'
1
$ printf '# settings for the app\n\nMODE=dev\n  # indented comment\nGREETING=hello world\nQUOTED="q"\nEMPTY=\nUSER\nNOT_ON_HOST\n' > app.env
$ docker run --rm --env-file app.env busybox env
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
HOSTNAME=f0a1ba18991b
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
