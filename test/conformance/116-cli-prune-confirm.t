# title: prune commands ask for confirmation unless -f; answering y or nothing
# docs: https://docs.docker.com/reference/cli/docker/container/prune/
$ docker run --name done busybox true
$ docker container prune < /dev/null
WARNING! This will remove all stopped containers.
Are you sure you want to continue? [y/N] 
$ docker ps -a --format '{{.Names}}'
done
$ echo y | docker container prune
WARNING! This will remove all stopped containers.
Are you sure you want to continue? [y/N] Deleted Containers:
0768887c17501b6f6a102479d63872b56b4a1c3fa17cc4d784b8a9ccf93ab043

Total reclaimed space: 0B
$ docker container prune -f
Total reclaimed space: 0B
$ docker volume create spare
spare
$ docker volume prune < /dev/null
WARNING! This will remove anonymous local volumes not used by at least one container.
Are you sure you want to continue? [y/N] 
$ docker volume prune -a < /dev/null
WARNING! This will remove all local volumes not used by at least one container.
Are you sure you want to continue? [y/N] 
$ echo n | docker volume prune -a
WARNING! This will remove all local volumes not used by at least one container.
Are you sure you want to continue? [y/N] 
$ echo y | docker volume prune -a
WARNING! This will remove all local volumes not used by at least one container.
Are you sure you want to continue? [y/N] Deleted Volumes:
spare

Total reclaimed space: 0B
$ docker volume ls -q | wc -l
0
