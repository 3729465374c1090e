# title: docker ps --format placeholders: ID, Image, Command, Names, Status, State, Mounts, Size, json
# docs: https://docs.docker.com/engine/cli/formatting/
$ docker run -d --name web -v html:/usr/share/nginx/html nginx
13037464dd927f2df7a29339abe98c1f9619ea993fa6181067d35ba91b9a87ca
$ docker run --name done -v /home/learner:/h busybox sh -c 'echo hi > /f'
$ docker wait done
0
$ docker ps -a --format '{{.Names}} {{.Image}} {{.Command}}'
done busybox "sh -c 'echo hi > /f'"
web nginx "/docker-entrypoint.…"
$ docker ps -a --format '{{.Names}} {{.State}} {{.Status}}'
done exited Exited (0) Less than a second ago
web running Up Less than a second
$ docker ps -a --format '{{.Names}} {{.Mounts}}'
done /home/learner
web html
$ docker ps -a --format '{{.ID}}' | wc -c
26
$ docker ps -a --format 'table {{.Names}}\t{{.Status}}'
NAMES     STATUS
done      Exited (0) Less than a second ago
web       Up Less than a second
$ docker ps -a --format '{{json .Names}}'
"done"
"web"
$ docker ps -a -s --format '{{.Names}} {{.Size}}'
done 3B (virtual 1.98MB)
web 30B (virtual 1.98MB)
$ docker ps -a --format '{{.Names}} {{.Ports}}|{{.Networks}}'
done |bridge
web |bridge
$ docker ps --format '{{.Nope}}'
failed to execute template: template: :1:2: executing "" at <.Nope>: can't evaluate field Nope in type *formatter.ContainerContext
[exit 1]
$ docker ps --format '{{.Names'
failed to parse template: template: :1: unclosed action
[exit 1]
$ docker ps -a --format json | head -c 20
{"Command":"\"sh -c 
