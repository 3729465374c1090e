# title: Answering the prune prompt: n keeps, y removes; volume prune without -a keeps named volumes
# docs: https://docs.docker.com/reference/cli/docker/volume/prune/
$ docker run --name done busybox true
$ echo n | docker container prune
WARNING! This will remove all stopped containers.
Are you sure you want to continue? [y/N] 
$ docker ps -a --format '{{.Names}}'
done
$ echo no | docker container prune
WARNING! This will remove all stopped containers.
Are you sure you want to continue? [y/N] 
$ echo Y | docker container prune
WARNING! This will remove all stopped containers.
Are you sure you want to continue? [y/N] Deleted Containers:
6d8b29d386261a6e5b9cfb93b76cdddf21441249cfb2a47c203a6fb6da2bcc8d

Total reclaimed space: 0B
$ docker ps -a --format '{{.Names}}'
$ docker run --name done2 busybox true
$ echo yes | docker container prune
WARNING! This will remove all stopped containers.
Are you sure you want to continue? [y/N] 
$ docker volume create named
named
$ docker run --name anon -v /anon busybox true
$ docker rm anon
anon
$ docker volume ls -q | wc -l
2
$ echo y | docker volume prune
WARNING! This will remove anonymous local volumes not used by at least one container.
Are you sure you want to continue? [y/N] Deleted Volumes:
40f1f7830531e05f3578c8516f947134ad8fd2df8774d3607083e1def7addabc

Total reclaimed space: 0B
$ docker volume ls
DRIVER    VOLUME NAME
local     named
$ echo y | docker volume prune
WARNING! This will remove anonymous local volumes not used by at least one container.
Are you sure you want to continue? [y/N] Total reclaimed space: 0B
$ echo y | docker image prune
WARNING! This will remove all dangling images.
Are you sure you want to continue? [y/N] Total reclaimed space: 0B
$ echo n | docker system prune
WARNING! This will remove:
  - all stopped containers
  - all networks not used by at least one container
  - all dangling images
  - unused build cache

Are you sure you want to continue? [y/N] 
