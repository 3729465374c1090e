# title: The docker container ... forms of the same commands
# docs: https://docs.docker.com/reference/cli/docker/container/
$ docker container run -d --name box busybox sleep 100000
72d51acd59b22cdeb5c0d083f821849d34d1684cb73cf3b3d897f29b8c0bea25
$ docker container create --name fresh busybox
3ec6f9523a0eeaf103ea140c418b509e5aa497deee234a146504922c8271d698
$ docker container ls
CONTAINER ID   IMAGE     COMMAND          CREATED                  STATUS                  PORTS     NAMES
72d51acd59b2   busybox   "sleep 100000"   Less than a second ago   Up Less than a second             box
$ docker container ls -a --format '{{.Names}} {{.State}}'
fresh created
box running
$ docker container list -q | wc -l
1
$ docker container ps -a -q | wc -l
2
$ docker container inspect -f '{{.State.Status}}' box fresh
running
created
$ docker container inspect nosuch
[]
Error response from daemon: No such container: nosuch
[exit 1]
$ docker container stop box
box
$ docker container prune -f  # unordered
Deleted Containers:
3ec6f9523a0eeaf103ea140c418b509e5aa497deee234a146504922c8271d698
72d51acd59b22cdeb5c0d083f821849d34d1684cb73cf3b3d897f29b8c0bea25

Total reclaimed space: 0B
$ docker container ls -a
CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES
$ docker container rm nosuch
Error response from daemon: No such container: nosuch
[exit 1]
$ docker container

Usage:  docker container COMMAND

Manage containers

Commands:
  attach      Attach local standard input, output, and error streams to a running container
  commit      Create a new image from a container's changes
  cp          Copy files/folders between a container and the local filesystem
  create      Create a new container
  diff        Inspect changes to files or directories on a container's filesystem
  exec        Execute a command in a running container
  export      Export a container's filesystem as a tar archive
  inspect     Display detailed information on one or more containers
  kill        Kill one or more running containers
  logs        Fetch the logs of a container
  ls          List containers
  pause       Pause all processes within one or more containers
  port        List port mappings or a specific mapping for the container
  prune       Remove all stopped containers
  rename      Rename a container
  restart     Restart one or more containers
  rm          Remove one or more containers
  run         Create and run a new container from an image
  start       Start one or more stopped containers
  stats       Display a live stream of container(s) resource usage statistics
  stop        Stop one or more running containers
  top         Display the running processes of a container
  unpause     Unpause all processes within one or more containers
  update      Update configuration of one or more containers
  wait        Block until one or more containers stop, then print their exit codes

Run 'docker container COMMAND --help' for more information on a command.
