# title: stop sends SIGTERM: sleep ignores it and is killed (137); a service image exits 0
# docs: https://docs.docker.com/reference/cli/docker/container/stop/
$ docker run -d --name sleeper busybox sleep 100000
6fa2cff40812771d2bbe24550229c8dc856e64314880c7c05feee70e26543fb7
$ docker run -d --name web nginx
2d4a28025fd34c17874dfc77e015964591e79205e396fa39672dbf042fc4e032
$ docker stop -t 1 sleeper web
sleeper
web
$ docker ps -a --format '{{.Names}} {{.Status}}'  # unordered
web Exited (0) 1 second ago
sleeper Exited (137) Less than a second ago
$ docker inspect -f '{{.Name}} {{.State.ExitCode}} {{.State.Status}}' sleeper web
/sleeper 137 exited
/web 0 exited
$ docker run -d --name killed nginx
e51e63bfb9f87a036068a4b36cd4239b301fe554253789520df62c50d2b64067
$ docker kill killed
killed
$ docker inspect -f '{{.State.ExitCode}}' killed
137
$ docker run -d --name sig busybox sleep 100000
1b8623ebdbdfb59599f957105924430c4d281b2c229f123bc9fee7b02480350f
$ docker kill -s TERM sig
sig
$ docker inspect -f '{{.State.ExitCode}} {{.State.Running}}' sig
0 true
