# title: Bind-mounting the current folder with $(pwd), $PWD and ~
# docs: https://docs.docker.com/engine/storage/bind-mounts/#start-a-container-with-a-bind-mount
$ mkdir -p project/src && echo 'print("hi")' > project/src/app.py
$ cd project && docker run --rm -v "$(pwd)":/src busybox ls -R /src
/src:
src

/src/src:
app.py
$ cd project && docker run --rm -v $PWD/src:/app -w /app busybox cat app.py
print("hi")
$ docker run --rm -v ~/project:/p busybox ls /p
src
$ docker run --rm -v $HOME/project/src:/app busybox ls /app
app.py
$ docker run --rm -v project:/p busybox ls /p
$ docker volume ls -q
project
$ cd project && docker run --rm -v .:/src busybox ls /src
src
$ docker run --rm -v "$(pwd)/new dir":/d busybox touch /d/f
$ ls "new dir"
f
