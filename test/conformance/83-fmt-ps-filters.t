# title: docker ps --filter by name and by status
# docs: https://docs.docker.com/reference/cli/docker/container/ls/#filter
$ docker create --name fresh busybox
890cf94b7309ba705bc94e85117732d03a7453bbb4472efe84d4d496962f6929
$ docker run -d --name up busybox sleep 100000
a042da38d459662f2beb1713568241ba3e1b3f92246588b74f3feb3753b4a9a0
$ docker run -d --name frozen busybox sleep 100000
99ed2c5ac96b6bf04ef149fa51821000fcb4d0402afb6f486f674c0d6cd5652a
$ docker pause frozen
frozen
$ docker run --name done busybox true
$ docker ps -a --filter status=exited --format '{{.Names}}'
done
$ docker ps -a --filter status=running --format '{{.Names}}'
up
$ docker ps -a --filter status=created --format '{{.Names}}'
fresh
$ docker ps -a --filter status=paused --format '{{.Names}}'
frozen
$ docker ps --filter status=exited --format '{{.Names}}'
done
$ docker ps -a --filter name=fr --format '{{.Names}}'  # unordered
frozen
fresh
$ docker ps -a --filter name=^done$ --format '{{.Names}}'
done
$ docker ps -a --filter status=sleeping
Error response from daemon: invalid filter 'status=sleeping'
[exit 1]
$ docker ps -a --filter bogus=1
Error response from daemon: invalid filter 'bogus'
[exit 1]
$ docker ps -a --filter exited=0 --format '{{.Names}}'
done
