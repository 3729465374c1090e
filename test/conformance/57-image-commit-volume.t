# title: commit of a container with volumes: the volume's data is left out, the VOLUME stays
# docs: https://docs.docker.com/reference/cli/docker/container/commit/
$ docker run -d --name cache redis
7f3ff174bed34616d3181573f959aaf9df398faabeaf4714a5a7ac0a1286494f
$ docker exec cache sh -c 'echo "SET k v" > /data/dump.rdb; echo tuned > /etc/redis.conf'
$ docker commit cache myredis
sha256:e485249d9f7f39029700a7c8d42b63578fb310d8ac38b1357f54479d6e49f17b
$ docker inspect -f '{{json .Config.Volumes}}' myredis
{"/data":{}}
$ docker run --rm myredis ls /data
$ docker run --rm myredis cat /etc/redis.conf
tuned
$ docker run -d --name box -v /home/learner:/host busybox sleep 100000
d7470f0712e68e3235144f53ce500f7f38764c8cfce69d22c357c1abda129720
$ docker exec box sh -c 'echo x > /host/hostfile; echo y > /layerfile'
$ docker commit box mybox
sha256:906cdf42f103face274f6c9da732aa27a2f0e8c50e3a83f44fefd929ec3bb26f
$ docker run --rm mybox ls /host
$ docker run --rm mybox cat /layerfile
y
$ docker inspect -f '{{json .Config.Volumes}}' mybox
null
