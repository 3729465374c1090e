# title: --restart policies as inspect shows them
# docs: https://docs.docker.com/engine/containers/start-containers-automatically/
$ docker create --name p1 --restart always busybox true
fe74e4a474bb53a739360ecd3a83424eeb29c385e8f5ec10cb4ba4b0bac342f4
$ docker create --name p2 --restart unless-stopped busybox true
ba97bd9c890c356e02b9098104eb4beba29f26576de32d77ab612b913461a221
$ docker create --name p3 --restart on-failure busybox true
1626113cd944b1d30d29d81a700500ccea82fdd220685b46bc53c5813215d084
$ docker create --name p4 --restart on-failure:3 busybox true
124ebf038776e9e679634f358ddf1939faaf258ebdac521e78fff997b1270b67
$ docker create --name p5 --restart no busybox true
fb7fff14b9389c527afd6fed289d598fa60e9a00e7b949be5e135749a0544d15
$ docker create --name p6 busybox true
4b9e4f06081e1c73d69dc9d4afe820df174716a4460b04906e2fec3c0b44ca8b
$ docker inspect -f '{{.Name}} {{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}' p1 p2 p3 p4 p5 p6
/p1 always 0
/p2 unless-stopped 0
/p3 on-failure 0
/p4 on-failure 3
/p5 no 0
/p6 no 0
$ docker create --name p7 --restart always:3 busybox true
Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure'
[exit 1]
$ docker create --name p8 --restart sometimes busybox true
Error response from daemon: invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'
[exit 1]
$ docker create --name p9 --restart on-failure:x busybox true
docker: invalid restart policy format: maximum retry count must be an integer.
See 'docker create --help'.
[exit 125]
$ docker run --rm --restart always busybox true
docker: Conflicting options: --restart and --rm.
See 'docker run --help'.
[exit 125]
$ docker ps -a -q | wc -l
6
