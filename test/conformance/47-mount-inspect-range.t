# title: Listing a container's mounts with a range template, one line per mount
# docs: https://docs.docker.com/engine/cli/formatting/
$ mkdir host
$ docker run -d --name box -v named:/named -v /anon -v /home/learner/host:/bind:ro --tmpfs /tmp busybox sleep 100000
28aea1ed8cdb18e6501f54fdd4536f5373b2d21091f03cfd2589fc690ea8f40f
$ docker inspect -f '{{range .Mounts}}{{.Type}} {{.Destination}}{{println}}{{end}}' box  # unordered
bind /bind
volume /named
volume /anon

$ docker inspect -f '{{len .Mounts}}' box
3
$ docker inspect -f '{{range .Mounts}}{{if eq .Type "volume"}}{{.Name}}{{println}}{{end}}{{end}}' box | grep -v "^$" | wc -l
2
$ docker inspect -f '{{range .Mounts}}{{if eq .Type "bind"}}{{.Source}} {{.Mode}} {{.RW}} {{.Propagation}}{{end}}{{end}}' box
/home/learner/host ro false rprivate
$ docker inspect -f '{{range .Mounts}}{{if eq .Destination "/named"}}{{.Source}} {{.Driver}} {{.Mode}}{{end}}{{end}}' box
/var/lib/docker/volumes/named/_data local z
$ docker inspect -f '{{range .Mounts}}{{if eq .Destination "/anon"}}{{.Source}}{{end}}{{end}}' box
/var/lib/docker/volumes/fc307e68d76c8e011a15aacec8679715007a7dacb9a143f0c7f036136f6e3b81/_data
$ docker inspect -f '{{range .HostConfig.Binds}}{{println .}}{{end}}' box  # unordered
/home/learner/host:/bind:ro
named:/named

$ docker inspect -f '{{json .HostConfig.Tmpfs}}' box
{"/tmp":""}
