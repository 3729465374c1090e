# title: cp (-r, -a), mv and touch inside a container, with their error messages
# docs: https://docs.docker.com/reference/cli/docker/container/exec/
$ docker run -d --name box busybox sleep 100000
9a095d5f745b51532d96b210f77bfdcc7ce9491c147dc29819e402f2c7467140
$ docker exec box cp /etc /etc2
cp: omitting directory '/etc'
[exit 1]
$ docker exec box cp -r /etc /etc2
$ docker exec box ls /etc2
group
hostname
hosts
mtab
passwd
resolv.conf
$ docker exec box cp -a /etc /etc3
$ docker exec box cp /nosuch /tmp/
cp: can't stat '/nosuch': No such file or directory
[exit 1]
$ docker exec box cp /etc/passwd /tmp/
$ docker exec box ls /tmp
passwd
$ docker exec box mv /tmp/passwd /tmp/users
$ docker exec box mv /nosuch /tmp/x
mv: can't rename '/nosuch': No such file or directory
[exit 1]
$ docker exec box sh -c 'touch /tmp/t1 /tmp/t2; ls /tmp'
t1
t2
users
$ docker exec box touch /nodir/x
touch: /nodir/x: No such file or directory
[exit 1]
$ docker exec box mv /tmp/users /nodir/users
mv: can't rename '/tmp/users': No such file or directory
[exit 1]
$ docker exec box cp /etc/passwd
BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.

Usage: cp [-arPLHpfinlsTu] SOURCE DEST
or: cp [-arPLHpfinlsu] SOURCE... { -t DIRECTORY | DIRECTORY }

Copy SOURCEs to DEST

	-a	Same as -dpR
	-R,-r	Recurse
	-d,-P	Preserve symlinks (default if -R)
	-L	Follow all symlinks
	-H	Follow symlinks on command line
	-p	Preserve file attributes if possible
	-f	Overwrite
	-i	Prompt before overwrite
	-n	Don't overwrite
	-l,-s	Create (sym)links
	-T	Refuse to copy if DEST is a directory
	-t DIR	Copy all SOURCEs into DIR
	-u	Copy only newer files
[exit 1]
