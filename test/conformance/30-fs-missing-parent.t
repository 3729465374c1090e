# title: Writing under a folder that does not exist fails until mkdir -p creates it
# docs: https://docs.docker.com/engine/storage/
$ docker run -d --name box busybox sleep 100000
e54f89640ced06419f7210ce9f208a801a8c659bc1c4fe4ba0425854b9367af6
$ docker exec box sh -c 'echo x > /app/data/x.txt'
sh: can't create /app/data/x.txt: nonexistent directory
[exit 1]
$ docker exec box touch /app/data/x.txt
touch: /app/data/x.txt: No such file or directory
[exit 1]
$ docker exec box mkdir /app/data
mkdir: can't create directory '/app/data': No such file or directory
[exit 1]
$ docker exec box mkdir -p /app/data
$ docker exec box sh -c 'echo x > /app/data/x.txt && cat /app/data/x.txt'
x
$ docker diff box  # unordered
A /app
A /app/data
A /app/data/x.txt
$ docker exec box cp /etc/passwd /nowhere/passwd
cp: can't create '/nowhere/passwd': No such file or directory
[exit 1]
