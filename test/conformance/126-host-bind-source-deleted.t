# title: Deleting a bind mount's host folder while a container uses it, and starting it again
# docs: https://docs.docker.com/engine/storage/bind-mounts/
$ mkdir site
$ echo v1 > site/index.html
$ docker run -d --name web -v "$PWD/site":/usr/share/nginx/html nginx
5dee9a8e001e78a7a480db11122c6a349d8b3af0afb66a657b716ca6617e7b47
$ docker exec web sh -c 'echo edited-inside >> /usr/share/nginx/html/index.html'
$ cat site/index.html
v1
edited-inside
$ cat ./site/index.html ~/site/index.html /home/learner/site/index.html
v1
edited-inside
v1
edited-inside
v1
edited-inside
$ ls ~
site
$ docker run --rm -v "$PWD/made":/m busybox touch /m/f
$ ls -a
.
..
made
site
$ ls -a made
.
..
f
$ rm -r site
$ docker exec web ls -a /usr/share/nginx/html
$ docker exec web sh -c 'echo x > /usr/share/nginx/html/new'
sh: can't create /usr/share/nginx/html/new: nonexistent directory
[exit 1]
$ docker exec web cat /usr/share/nginx/html/index.html
cat: can't open '/usr/share/nginx/html/index.html': No such file or directory
[exit 1]
$ docker stop -t 1 web
web
$ docker start web
web
$ ls -a site
.
..
$ docker exec web ls -a /usr/share/nginx/html
.
..
$ mkdir data
$ docker run -d --name mnt --mount type=bind,src="$PWD/data",dst=/data busybox sleep 100000
ce89571b56359eac5ff62d7e60306ee72af0cb471477168dcee2380ad9e13970
$ rm -r data
$ docker exec mnt ls -a /data
$ docker stop -t 1 mnt
mnt
$ docker start mnt
Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /home/learner/data
Error: failed to start containers: mnt
[exit 1]
$ docker ps -a --format '{{.Names}} {{.Status}}' --filter name=m
mnt Exited (137) Less than a second ago
$ ls -a
.
..
made
site
