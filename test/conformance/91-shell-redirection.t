# title: Redirections inside the container: > >> 2>&1 >/dev/null, and reading them back
# docs: https://docs.docker.com/reference/cli/docker/container/exec/
$ docker run -d --name box busybox sleep 100000
352825c38f8c692d6129a206776bf91870a0afc841b105983ff7f7eddfd3ac86
$ docker exec box sh -c 'echo one > /tmp/f; echo two >> /tmp/f; cat /tmp/f'
one
two
$ docker exec box sh -c 'echo three > /tmp/f; cat /tmp/f'
three
$ docker exec box sh -c 'cat /nosuch 2>&1 | wc -l'
1
$ docker exec box sh -c 'cat /nosuch 2>/dev/null; echo "status $?"'
status 1
$ docker exec box sh -c 'ls /etc/passwd /nosuch > /tmp/out 2>&1; cat /tmp/out'
ls: /nosuch: No such file or directory
/etc/passwd
$ docker exec box sh -c 'echo quiet >/dev/null'
$ docker exec box sh -c 'wc -l < /etc/passwd'
2
$ docker exec box sh -c 'echo x > /tmp'
sh: can't create /tmp: Is a directory
[exit 1]
$ docker exec box sh -c 'echo > /tmp/empty; wc -c /tmp/empty'
1 /tmp/empty
$ docker exec box sh -c ': > /tmp/zero; wc -c /tmp/zero'
0 /tmp/zero
$ docker exec box sh -c 'echo in-out > /tmp/f' > host.txt
$ cat host.txt
