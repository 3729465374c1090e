# title: Writing to an image file, or only touching it, copies it up into the writable layer
# docs: https://docs.docker.com/engine/storage/drivers/
$ docker run -d --name web nginx
5f62fb3a9d204e8a455829d70bfd3154f34077db6269fab33e8a3d830c30c1a3
$ docker diff web  # unordered
C /var
C /var/log
C /var/log/nginx
A /var/log/nginx/error.log
$ docker exec web sh -c 'echo "listen 8080;" >> /etc/nginx/nginx.conf'
$ docker diff web  # unordered
C /etc
C /etc/nginx
C /etc/nginx/nginx.conf
C /var
C /var/log
C /var/log/nginx
A /var/log/nginx/error.log
$ docker exec web touch /usr/share/nginx/html/index.html
$ docker diff web  # unordered
C /var
C /var/log
C /var/log/nginx
A /var/log/nginx/error.log
C /etc
C /etc/nginx
C /etc/nginx/nginx.conf
C /usr
C /usr/share
C /usr/share/nginx
C /usr/share/nginx/html
C /usr/share/nginx/html/index.html
$ docker exec web cat /usr/share/nginx/html/index.html
<h1>Welcome to nginx!</h1>
$ docker run --rm nginx tail -n 1 /etc/nginx/nginx.conf
}
$ docker run -d --name box busybox sleep 100000
dd0b1f2e4e74e40205d3c5418b39f741f3ac3c32f08aa5e75f203fccf9bfe97f
$ docker diff box
$ docker exec box touch /etc/passwd
$ docker diff box  # unordered
C /etc
C /etc/passwd
