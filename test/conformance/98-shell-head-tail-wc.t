# title: head, tail and wc: -n, -l -w -c, files and stdin
# docs: https://docs.docker.com/reference/cli/docker/container/exec/
$ docker run -d --name box busybox sleep 100000
98d632e4a2a7a1f596221488e1ba42ebaa366298a44ed9977b917a4533d6573a
$ docker exec box sh -c 'for i in 1 2 3 4 5 6 7 8 9 10 11 12; do echo line$i; done > /tmp/f'
$ docker exec box head /tmp/f
line1
line2
line3
line4
line5
line6
line7
line8
line9
line10
$ docker exec box head -n 2 /tmp/f
line1
line2
$ docker exec box tail -n 2 /tmp/f
line11
line12
$ docker exec box tail -n +11 /tmp/f
line11
line12
$ docker exec box wc /tmp/f
       12        12        75 /tmp/f
$ docker exec box wc -l /tmp/f
12 /tmp/f
$ docker exec box wc -w /etc/passwd
2 /etc/passwd
$ docker exec box wc -c /etc/group
27 /etc/group
$ docker exec box sh -c 'echo one two three | wc -w'
3
$ docker exec box sh -c 'wc -l < /tmp/f'
12
$ docker exec box head /nosuch
head: /nosuch: No such file or directory
[exit 1]
$ docker exec box sh -c 'wc -l /nosuch /tmp/f 2>&1'
wc: /nosuch: No such file or directory
       12 /tmp/f
       12 total
[exit 1]
