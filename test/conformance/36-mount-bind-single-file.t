# title: Bind-mounting a single host file; a missing host file becomes a folder with -v
# docs: https://docs.docker.com/engine/storage/bind-mounts/
$ echo "events {}" > my.conf
$ docker run -d --name web -v /home/learner/my.conf:/etc/nginx/nginx.conf nginx
43e00a11b90e197c70455be69bcdbf43c0e014cd6e7c1ab8362e9cd070a60b85
$ docker exec web cat /etc/nginx/nginx.conf
events {}
$ docker exec web ls /etc/nginx
nginx.conf
$ docker exec web sh -c 'echo "# edited in container" >> /etc/nginx/nginx.conf'
$ cat my.conf
events {}
# edited in container
$ docker exec web rm /etc/nginx/nginx.conf
rm: can't remove '/etc/nginx/nginx.conf': Device or resource busy
[exit 1]
$ docker inspect -f '{{range .Mounts}}{{.Type}} {{.Source}} -> {{.Destination}}{{println}}{{end}}' web
bind /home/learner/my.conf -> /etc/nginx/nginx.conf

$ docker run --rm -v /home/learner/missing.conf:/etc/app.conf busybox ls -a /etc/app.conf
.
..
$ ls -a missing.conf
.
..
$ docker run --rm -v /home/learner/my.conf:/etc busybox ls /etc
docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting "/home/learner/my.conf" to rootfs at "/etc": mount /home/learner/my.conf:/etc (via /proc/self/fd/6), flags: 0x5000: not a directory: unknown: Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type.
[exit 125]
