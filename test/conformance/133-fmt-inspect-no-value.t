# title: inspect templates: a field Docker's typed object lacks falls back to the raw JSON, where a null prints as <no value>
# docs: https://docs.docker.com/reference/cli/docker/inspect/
$ docker create --name box busybox
f68d39e33d03858fdfd0e63ad08819a8314813939f28018b7f335df1a4757546
$ docker inspect -f '{{.Id}} {{.HostConfig.Binds}}' box | cut -c66-
<no value>
$ docker inspect -f '{{.HostConfig.Binds}}' box
[]
$ docker inspect -f '{{.Id}} {{.Config.Volumes}}' box | cut -c66-
<no value>
$ docker inspect -f '{{.Config.Volumes}}' box
map[]
$ docker create --name vols -v data:/data -v /anon busybox
f32a47f98e02e6dbebb61e4409f5f3cc4629cb1982c63fe236a71145784c6034
$ docker inspect -f '{{len .Mounts}} {{json .Config.Volumes}}' vols
2 {"/anon":{}}
