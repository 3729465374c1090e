# title: find with -name, -type f/d, and a missing folder
# docs: https://docs.docker.com/reference/cli/docker/container/exec/
$ docker run -d --name box busybox sleep 100000
c497fe79b9bcebe3b5ac2ddbf702a27c11a8306c9bea684f31c71c4c25a3b7a8
$ docker exec box sh -c 'mkdir -p /app/logs /app/conf && touch /app/logs/a.log /app/logs/b.log /app/conf/app.conf'
$ docker exec box find /app  # unordered
/app
/app/logs
/app/logs/b.log
/app/logs/a.log
/app/conf
/app/conf/app.conf
$ docker exec box find /app -name '*.log'  # unordered
/app/logs/b.log
/app/logs/a.log
$ docker exec box find /app -type d  # unordered
/app
/app/logs
/app/conf
$ docker exec box find /app -type f -name 'app*'
/app/conf/app.conf
$ docker exec box find /nosuch
find: /nosuch: No such file or directory
[exit 1]
$ docker exec box find /app -name nomatch
$ docker exec box find /etc -name passwd
/etc/passwd
