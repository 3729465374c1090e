# title: Template errors in inspect and ps: syntax errors, missing fields, bad functions
# docs: https://docs.docker.com/engine/cli/formatting/
$ docker create --name box busybox
9c0b8fa37809ddb1c6296fb903ce5ad83b3b0902cf83a7c0298e39b8b25c4d38
$ docker inspect -f '{{.Name' box
template parsing error: template: :1: unclosed action
[exit 64]
$ docker inspect -f '{{.Nope}}' box

template parsing error: template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"
[exit 1]
$ docker inspect -f '{{.State.Nope}}' box

template parsing error: template: :1:8: executing "" at <.State.Nope>: map has no entry for key "Nope"
[exit 1]
$ docker inspect -f '{{nosuchfunc .Name}}' box
template parsing error: template: :1: function "nosuchfunc" not defined
[exit 64]
$ docker inspect -f '{{index .Config.Env 5}}' box

template parsing error: template: :1:2: executing "" at <index .Config.Env 5>: error calling index: index out of range: 5
[exit 1]
$ docker inspect -f '{{.Config.Labels.missing}}' box
<no value>
$ docker inspect -f '{{.Name}}' box nosuch
/box
Error: No such object: nosuch
[exit 1]
$ docker inspect -f '{{.Name}}' nosuch

Error: No such object: nosuch
[exit 1]
$ docker inspect nosuch
[]
Error: No such object: nosuch
[exit 1]
$ docker volume ls --format '{{.Nope}}'
$ docker images --format '{{.Nope}}'
template parsing error: template: :1:2: executing "" at <.Nope>: can't evaluate field Nope in type *formatter.imageContext
[exit 1]
