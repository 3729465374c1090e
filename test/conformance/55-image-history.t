# title: docker history shows the layers and instructions that built an image, newest first
# docs: https://docs.docker.com/reference/cli/docker/image/history/
$ docker history nginx | head -n 6
IMAGE          CREATED         CREATED BY                                      SIZE      COMMENT
0369b72ecc76   3 minutes ago   /bin/sh -c #(nop)  CMD ["nginx" "-g" "daemon…   0B        
58d437a799d5   3 minutes ago   /bin/sh -c #(nop)  ENTRYPOINT ["/docker-entr…   0B        
0f06c6035248   3 minutes ago   /bin/sh -c #(nop) WORKDIR /                     0B        
d8f39d621a73   3 minutes ago   /bin/sh -c #(nop)  ENV NGINX_VERSION=1.27.2     0B        
e157883d3186   3 minutes ago   /bin/sh -c #(nop)  ENV PATH=/usr/local/sbin:…   0B        
$ docker history busybox | head -n 4
IMAGE          CREATED         CREATED BY                                      SIZE      COMMENT
b7cea8a3de08   3 minutes ago   /bin/sh -c #(nop)  CMD ["sh"]                   0B        
a266a94be18a   3 minutes ago   /bin/sh -c #(nop) WORKDIR /                     0B        
b40360560723   3 minutes ago   /bin/sh -c #(nop)  ENV PATH=/usr/local/sbin:…   0B        
$ docker history --format '{{.CreatedBy}}' redis | grep -v ADD
/bin/sh -c #(nop)  CMD ["redis-server"]
/bin/sh -c #(nop)  ENTRYPOINT ["docker-entry…
/bin/sh -c #(nop) WORKDIR /data
/bin/sh -c #(nop)  VOLUME [/data]
/bin/sh -c #(nop)  ENV PATH=/usr/local/sbin:…
$ docker history --no-trunc --format '{{.CreatedBy}}' nginx | head -n 2
/bin/sh -c #(nop)  CMD ["nginx" "-g" "daemon off;"]
/bin/sh -c #(nop)  ENTRYPOINT ["/docker-entrypoint.sh"]
$ docker history --format '{{.CreatedBy}}' mysql | grep -c 'ADD file:'
2
$ docker history -q mysql | wc -l
8
$ docker history nosuch
Error response from daemon: No such image: nosuch:latest
[exit 1]
