# title: Quoting inside sh -c: single, double, escaped, and the host shell's quotes around them
# docs: https://docs.docker.com/reference/cli/docker/container/exec/
$ docker run --rm busybox sh -c 'echo "double $HOME" '"'"'single $HOME'"'"
double /root single $HOME
$ docker run --rm busybox sh -c "echo 'single \$HOME' \"double \$HOME\""
single $HOME double /root
$ docker run --rm busybox sh -c 'echo a\ b "c  d" e'
a b c  d e
$ docker run --rm busybox sh -c 'echo "tab:\t." '"'"'lit\n'"'"
tab:\t. lit\n
$ docker run --rm busybox echo "$HOME"
/home/learner
$ docker run --rm busybox echo '$HOME'
$HOME
$ docker run --rm busybox sh -c 'echo $HOME'
/root
$ docker run --rm busybox sh -c 'echo "unclosed'
sh: syntax error: unterminated quoted string
[exit 2]
$ docker run --rm busybox sh -c 'echo one; echo two'
one
two
$ docker run --rm busybox echo one; echo two
one
two
