# title: docker ps --filter by name and by status
# docs: https://docs.docker.com/reference/cli/docker/container/ls/#filter
$ docker create --name fresh busybox
22123a1fb98de65ed8f9ba375b005c3445394858c890ce7ce2b23393567af526
$ docker run -d --name up busybox sleep 100000
62fd5c76cbdeea5e358872437de21c348e4d40057457edfc1a2ad9ee20a5a302
$ docker run -d --name frozen busybox sleep 100000
07766af22e566a5feb6c6b5fd4a8e72d48c459b7a8c888248ed802453c80a1bc
$ docker pause frozen
frozen
$ docker run --name done busybox true
$ docker wait done
0
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
