# title: Moving an image file or an image directory: what the container sees and what docker diff shows
# docs: https://docs.docker.com/engine/storage/drivers/overlayfs-driver/
$ docker run -d --name web nginx
9b2e0d09323b47057572b21262758a685688ab8d500cb8c6be2026aa1388b3be
$ docker exec web mv /etc/nginx/nginx.conf /etc/nginx/nginx.conf.bak
$ docker exec web ls /etc/nginx
nginx.conf.bak
$ docker diff web  # unordered
C /var
C /var/log
C /var/log/nginx
A /var/log/nginx/error.log
C /etc
C /etc/nginx
A /etc/nginx/nginx.conf.bak
D /etc/nginx/nginx.conf
$ docker exec web mv /usr/share/nginx/html /usr/share/nginx/www
$ docker exec web ls /usr/share/nginx
www
$ docker exec web ls /usr/share/nginx/www
index.html
$ docker exec web cat /usr/share/nginx/www/index.html
<h1>Welcome to nginx!</h1>
$ docker diff web  # unordered
C /etc
C /etc/nginx
A /etc/nginx/nginx.conf.bak
D /etc/nginx/nginx.conf
C /var
C /var/log
C /var/log/nginx
A /var/log/nginx/error.log
C /usr
C /usr/share
C /usr/share/nginx
A /usr/share/nginx/www
A /usr/share/nginx/www/index.html
D /usr/share/nginx/html
$ docker exec web sh -c 'mkdir /srv && echo a > /srv/a && mv /srv /srv2 && ls /srv2'
a
