# title: docker inspect -f on a container: name, state, image, binds, tmpfs, env, cmd
# docs: https://docs.docker.com/reference/cli/docker/inspect/
$ docker run -d --name web -v /home/learner:/h --tmpfs /cache nginx
f0e51666e79ac348abce506986def6f673548bdf6ae38ebc26fe08c44f44737d
$ docker inspect -f '{{.Name}}' web
/web
$ docker inspect -f '{{.State.Status}} {{.State.Running}} {{.State.Paused}}' web
running true false
$ docker inspect -f '{{.Config.Image}} {{.Image}}' web | cut -c1-20
nginx sha256:0369b72
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
        "Id": "f0e51666e79ac348abce506986def6f673548bdf6ae38ebc26fe08c44f44737d",
