# title: Host-side commands in the learner's terminal (bash + GNU coreutils)
# docs: https://docs.docker.com/engine/storage/bind-mounts/
$ pwd
/home/learner
$ echo $HOME
/home/learner
$ mkdir site
$ mkdir site
mkdir: cannot create directory ‘site’: File exists
[exit 1]
$ echo "<h1>hi</h1>" > site/index.html
$ cat site/index.html
<h1>hi</h1>
$ cat nosuch.txt
cat: nosuch.txt: No such file or directory
[exit 1]
$ ls nosuch
ls: cannot access 'nosuch': No such file or directory
[exit 2]
$ rm site
rm: cannot remove 'site': Is a directory
[exit 1]
$ rmdir site
rmdir: failed to remove 'site': Directory not empty
[exit 1]
$ ls ~
site
$ foo
bash: line 1: foo: command not found
[exit 127]
$ cd nosuch
bash: line 1: cd: nosuch: No such file or directory
[exit 1]
$ rm -r site && ls
