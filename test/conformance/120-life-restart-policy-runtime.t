# title: Restart policies at run time: a manual stop is not restarted, on-failure gives up after N retries
# docs: https://docs.docker.com/engine/containers/start-containers-automatically/
$ docker run -d --restart always --name rr busybox sleep 100000
7f65646a2822c64d5fb4e120ddde811e6c161c7393aaa9d3295cc449ddcecf39
$ docker stop -t 1 rr
rr
$ sleep 2
$ docker ps -a --format '{{.Names}} {{.Status}}'
rr Exited (137) 2 seconds ago
$ docker inspect -f '{{.RestartCount}} {{.State.Status}}' rr
0 exited
$ docker start rr
rr
$ docker inspect -f '{{.RestartCount}} {{.State.Status}}' rr
0 running
$ docker kill rr
rr
$ sleep 2
$ docker inspect -f '{{.RestartCount}} {{.State.Status}}' rr
0 exited
$ docker run -d --restart on-failure:2 --name ff busybox sh -c 'echo run; exit 1'
0a3d35b90b1e14e24d8a4323ea3bd48e8918c92e51739a2bff3f592e464bd095
$ sleep 5
$ docker inspect -f '{{.RestartCount}} {{.State.Status}} {{.State.ExitCode}}' ff
2 exited 1
$ docker logs ff
run
run
run
$ docker ps -a --filter name=ff --format '{{.Names}} {{.Status}}'
ff Exited (1) 4 seconds ago
$ docker run -d --restart on-failure --name ok busybox true
be6d37473f9c968d91027da4bf90eb7481fa98ff7ed7ddc7ef374d4c7e284ccc
$ sleep 2
$ docker inspect -f '{{.RestartCount}} {{.State.Status}} {{.State.ExitCode}}' ok
0 exited 0
$ docker run -d --restart unless-stopped --name uu busybox sleep 100000
3cb971210ce0ad5c181b45a3cdb344818abb7d3555010086399796f3c023eaa3
$ docker stop -t 1 uu
uu
$ docker inspect -f '{{.RestartCount}} {{.State.Status}}' uu
0 exited
