# title: Deleting an image directory and re-creating it gives an empty (opaque) directory
# docs: https://docs.docker.com/engine/storage/drivers/overlayfs-driver/
$ docker run -d --name web nginx
0ec5d7a17b3f1595b181e189470155215c4c0fcb6202390ae63bb653e881b90b
$ docker exec web rm -rf /usr/share/nginx/html
$ docker exec web ls /usr/share/nginx
$ docker diff web  # unordered
C /var
C /var/log
C /var/log/nginx
A /var/log/nginx/error.log
C /usr
C /usr/share
C /usr/share/nginx
D /usr/share/nginx/html
$ docker exec web mkdir /usr/share/nginx/html
$ docker exec web ls -a /usr/share/nginx/html
.
..
$ docker diff web  # unordered
C /usr
C /usr/share
C /usr/share/nginx
C /usr/share/nginx/html
D /usr/share/nginx/html/index.html
C /var
C /var/log
C /var/log/nginx
A /var/log/nginx/error.log
$ docker exec web sh -c 'echo new > /usr/share/nginx/html/new.html'
$ docker exec web ls /usr/share/nginx/html
new.html
$ docker diff web  # unordered
C /usr
C /usr/share
C /usr/share/nginx
C /usr/share/nginx/html
A /usr/share/nginx/html/new.html
D /usr/share/nginx/html/index.html
C /var
C /var/log
C /var/log/nginx
A /var/log/nginx/error.log
$ docker run --rm nginx ls /usr/share/nginx/html
index.html
