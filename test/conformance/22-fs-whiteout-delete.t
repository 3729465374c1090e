# title: Deleting an image file leaves a whiteout (D in docker diff); the image keeps the file
# docs: https://docs.docker.com/engine/storage/drivers/overlayfs-driver/
$ docker run -d --name box busybox sleep 100000
8564f81485c12d0f1352dfe42ea3c9ebed56002a0e9644f330175224db1d2427
$ docker exec box rm /etc/group
$ docker exec box cat /etc/group
cat: can't open '/etc/group': No such file or directory
[exit 1]
$ docker exec box ls /etc
hostname
hosts
mtab
passwd
resolv.conf
$ docker diff box  # unordered
C /etc
D /etc/group
$ docker exec box sh -c 'echo "staff:x:50:" > /etc/group'
$ docker diff box  # unordered
C /etc
C /etc/group
$ docker exec box cat /etc/group
staff:x:50:
$ docker run --rm busybox cat /etc/group
root:x:0:
nogroup:x:65534:
$ docker exec box sh -c 'touch /tmp/new && rm /tmp/new'
$ docker diff box  # unordered
C /etc
C /etc/group
