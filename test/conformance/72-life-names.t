# title: Container names: invalid names, duplicates, rename, and the generated names
# docs: https://docs.docker.com/reference/cli/docker/container/run/#name
$ docker run -d --name x busybox true
docker: Error response from daemon: Invalid container name (x), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed.
See 'docker run --help'.
[exit 125]
$ docker run -d --name 'my box' busybox true
docker: Error response from daemon: Invalid container name (my box), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed.
See 'docker run --help'.
[exit 125]
$ docker run -d --name -dash busybox true
docker: Error response from daemon: Invalid container name (-dash), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed.
See 'docker run --help'.
[exit 125]
$ docker run -d --name _under busybox true
docker: Error response from daemon: Invalid container name (_under), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed.
See 'docker run --help'.
[exit 125]
$ docker create --name ok.name_1-2 busybox
5cc851d34d7f45bf56ac58d7470ff3095e8f333f337f648ce684fd7d11b671c8
$ docker create --name ok.name_1-2 busybox
Error response from daemon: Conflict. The container name "/ok.name_1-2" is already in use by container "5cc851d34d7f45bf56ac58d7470ff3095e8f333f337f648ce684fd7d11b671c8". You have to remove (or rename) that container to be able to reuse that name.
[exit 1]
$ docker rename ok.name_1-2 renamed
$ docker ps -a --format '{{.Names}}'
renamed
$ docker rename nosuch other
Error response from daemon: No such container: nosuch
Error: failed to rename container named nosuch
[exit 1]
$ docker create busybox
dee0f2df53a7b1dde50cacb97136702a9955aca329ac2a3788766580773710dc
$ docker ps -a --format '{{.Names}}' | grep -c _
1
$ docker rename renamed renamed
Error response from daemon: Renaming a container with the same name as its current name
Error: failed to rename container named renamed
[exit 1]
