# title: docker cp of directories in both directions, and the trailing /. form
# docs: https://docs.docker.com/reference/cli/docker/container/cp/
$ docker run -d --name box busybox sleep 100000
112ddd08a6b77c3eeff23539f57f6db60f75745e4482f8a905fac2b20f5df185
$ mkdir -p site/css && echo a > site/index.html && echo b > site/css/x.css
$ docker cp site box:/srv
$ docker exec box ls -R /srv
/srv:
css
index.html

/srv/css:
x.css
$ docker cp site box:/srv
$ docker exec box ls /srv
css
index.html
site
$ docker exec box mkdir /dest
$ docker cp site/. box:/dest
$ docker exec box ls /dest
css
index.html
$ docker cp box:/etc etc-copy
$ ls etc-copy
group
hostname
hosts
mtab
passwd
resolv.conf
$ docker cp box:/etc/. etc-copy2
$ ls etc-copy2
group
hostname
hosts
mtab
passwd
resolv.conf
$ docker cp box:/srv .
$ ls -R srv
srv:
css
index.html
site

srv/css:
x.css

srv/site:
css
index.html

srv/site/css:
x.css
