# title: A bind mount of a host folder, and how docker inspect shows it
# docs: https://docs.docker.com/engine/storage/bind-mounts/
$ mkdir -p /home/learner/site
$ echo hello > /home/learner/site/index.html
$ docker run -d --name web -v /home/learner/site:/usr/share/nginx/html nginx
98dcea8c56c631f7b6743d7c26704d26bbe9413321775740e782f890635cc5a6
$ docker inspect -f '{{json .Mounts}}' web
[{"Type":"bind","Source":"/home/learner/site","Destination":"/usr/share/nginx/html","Mode":"","RW":true,"Propagation":"rprivate"}]
$ docker inspect -f '{{.HostConfig.Binds}}' web
[/home/learner/site:/usr/share/nginx/html]
$ docker run -d --name web2 --mount type=bind,source=/home/learner/site,target=/usr/share/nginx/html,readonly nginx
198884d53431596b2e578410dd1e9d793a6507a0778df6cf7dfff236677a45c7
$ docker inspect -f '{{json .Mounts}}' web2
[{"Type":"bind","Source":"/home/learner/site","Destination":"/usr/share/nginx/html","Mode":"","RW":false,"Propagation":"rprivate"}]
$ docker inspect -f '{{.HostConfig.Binds}}' web2
[]
$ docker exec web2 sh -c 'echo x > /usr/share/nginx/html/x'
sh: can't create /usr/share/nginx/html/x: Read-only file system
[exit 1]
$ docker diff web  # unordered
C /var
C /var/log
C /var/log/nginx
A /var/log/nginx/error.log
