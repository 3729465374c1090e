# title: A mount hides the image's files beneath it; they come back without the mount
# docs: https://docs.docker.com/engine/storage/bind-mounts/#mount-into-a-non-empty-directory-on-the-container
$ mkdir empty
$ docker run --rm -v /home/learner/empty:/etc/nginx nginx ls -a /etc/nginx
.
..
$ docker run --rm --tmpfs /etc/nginx nginx ls -a /etc/nginx
.
..
$ docker run --rm --tmpfs /usr busybox ls /usr
$ docker run --rm nginx ls /etc/nginx
nginx.conf
$ docker run --rm -v /home/learner/empty:/bin busybox ls
docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "ls": executable file not found in $PATH: unknown.
[exit 127]
$ docker run --rm -v /home/learner/empty:/new/deep/dir busybox ls /new/deep
dir
