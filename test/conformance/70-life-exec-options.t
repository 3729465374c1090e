# title: docker exec with -w, -e, -u and a shell; what exec needs to run
# docs: https://docs.docker.com/reference/cli/docker/container/exec/
$ docker run -d --name box busybox sleep 100000
8c5e38fdfd8761838c96612c7433c3589b47072561fb295efd676ec527afa6f1
$ docker exec -w /etc box pwd
/etc
$ docker exec box pwd
/
$ docker exec -e X=1 box env | grep X=
X=1
$ docker exec --env GREETING=hi box sh -c 'echo $GREETING'
hi
$ docker exec -u nobody box id
uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)
$ docker exec -w /nosuch box pwd
OCI runtime exec failed: exec failed: unable to start container process: chdir to cwd ("/nosuch") set in config.json failed: no such file or directory: unknown
[exit 126]
$ docker exec box sh -c 'cd /tmp && pwd'
/tmp
$ docker exec box env | grep -c PATH
1
$ docker run -d --name cache redis
00a44f46425eda3712b936b8f1e595c2ed34db48418fd1733acaff8ccf72674c
$ docker exec cache pwd
/data
$ docker exec -d box touch /made-by-detached
