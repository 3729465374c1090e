# title: -v with a missing host path creates it (as root, as a folder, parents too); --mount refuses
# docs: https://docs.docker.com/engine/storage/bind-mounts/#differences-between--v-and---mount-behavior
$ docker run --rm -v /home/learner/a/b/c:/data busybox sh -c 'echo hi > /data/f'
$ ls -R a
a:
b

a/b:
c

a/b/c:
f
$ cat a/b/c/f
hi
$ docker run --rm --mount type=bind,src=/home/learner/nothere,dst=/data busybox true
docker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /home/learner/nothere.
See 'docker run --help'.
[exit 125]
$ docker run --rm --mount type=bind,src=/home/learner/a,dst=/data busybox ls /data
b
$ docker run --rm --mount type=bind,dst=/data busybox true
docker: Error response from daemon: invalid mount config for type "bind": field Source must not be empty.
See 'docker run --help'.
[exit 125]
$ docker run --rm --mount type=bind,src=relative,dst=/data busybox true
docker: Error response from daemon: invalid mount config for type "bind": invalid mount path: 'relative' mount path must be absolute.
See 'docker run --help'.
[exit 125]
