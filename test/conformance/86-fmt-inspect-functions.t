# title: Template functions in inspect: len, if/else, upper, lower, join, json, index, println
# docs: https://docs.docker.com/engine/cli/formatting/
$ docker run -d --name web -v data:/data nginx
7e7f298cb45576fac644e6bda89bd00b6031feb0cd86e773cfc8ac6674456e6b
$ docker create --name fresh busybox
96f22260597a5aac5b2c032ab16708ef9782b41eabadf76130ee46ea62d5b3bf
$ docker inspect -f '{{len .Mounts}}' web fresh
1
0
$ docker inspect -f '{{if .State.Running}}up{{else}}down{{end}}' web fresh
up
down
$ docker inspect -f '{{upper .Name}}' web
/WEB
$ docker inspect -f '{{lower "ABC"}} {{title "abc"}}' web
abc Abc
$ docker inspect -f '{{split "a:b" ":"}}' web
[a b]
$ docker inspect -f '{{json .State.Status}}' web
"running"
$ docker inspect -f '{{.Name}}{{println}}next' fresh
/fresh
next
$ docker inspect -f '{{.State.ExitCode}} {{.State.Error}}|' fresh
0 |
$ docker inspect -f '{{.Config.Labels}}' fresh
map[]
$ docker inspect -f '{{range .Config.Env}}{{.}};{{end}}' web
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin;NGINX_VERSION=1.27.2;
