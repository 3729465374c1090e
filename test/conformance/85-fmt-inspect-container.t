# title: docker inspect -f on a container: name, state, image, binds, tmpfs, env, cmd
# docs: https://docs.docker.com/reference/cli/docker/inspect/
$ docker run -d --name web -v /home/learner:/h --tmpfs /cache nginx
38df1170c8a28e0acde4557a23eb1da0003315162af577028125c534b731fc1f
$ docker inspect -f '{{.Name}}' web
/web
$ docker inspect -f '{{.State.Status}} {{.State.Running}} {{.State.Paused}}' web
running true false
$ docker inspect -f '{{.Config.Image}} {{.Image}}' web | cut -c1-13
nginx sha256:
$ docker inspect -f '{{.HostConfig.Binds}}' web
[/home/learner:/h]
$ docker inspect -f '{{json .HostConfig.Tmpfs}}' web
{"/cache":""}
$ docker inspect -f '{{index .Config.Env 0}}' web
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
$ docker inspect -f '{{index .Config.Env 1}}' web
NGINX_VERSION=1.27.2
$ docker inspect -f '{{join .Config.Cmd " "}}' web
nginx -g daemon off;
$ docker inspect -f '{{json .Config.Entrypoint}} {{.Path}} {{json .Args}}' web
["/docker-entrypoint.sh"] /docker-entrypoint.sh ["nginx","-g","daemon off;"]
$ docker inspect -f '{{.RestartCount}} {{.Driver}} {{.Platform}}' web
0 overlay2 linux
$ docker inspect -f '{{.HostConfig.NetworkMode}}' web
bridge
$ docker inspect web | head -n 3
[
    {
        "Id": "38df1170c8a28e0acde4557a23eb1da0003315162af577028125c534b731fc1f",
