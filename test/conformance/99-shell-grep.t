# title: grep flags (-i -v -c -n -r) and its exit codes
# docs: https://docs.docker.com/reference/cli/docker/container/exec/
$ docker run -d --name box busybox sleep 100000
a9070d00b967854c61e14d46c59aefdcf67f4e8fa3f18364694945f5d4a71e7c
$ docker exec box grep root /etc/passwd
root:x:0:0:root:/root:/bin/sh
$ docker exec box grep -i ROOT /etc/passwd
root:x:0:0:root:/root:/bin/sh
$ docker exec box grep -v root /etc/passwd
nobody:x:65534:65534:nobody:/home:/bin/false
$ docker exec box grep -c x /etc/passwd
2
$ docker exec box grep -n nobody /etc/passwd
2:nobody:x:65534:65534:nobody:/home:/bin/false
$ docker exec box grep -r nogroup /etc
/etc/group:nogroup:x:65534:
$ docker exec box grep nomatch /etc/passwd
[exit 1]
$ docker exec box grep root /nosuch
grep: /nosuch: No such file or directory
[exit 2]
$ docker exec box grep -q root /etc/passwd
$ docker exec box sh -c 'grep -c nomatch /etc/passwd; echo "status $?"'
0
status 1
$ docker exec box grep
BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.

Usage: grep [-HhnlLoqvsrRiwFEz] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...

Search for PATTERN in FILEs (or stdin)

	-H	Add 'filename:' prefix
	-h	Do not add 'filename:' prefix
	-n	Add 'line_no:' prefix
	-l	Show only names of files that match
	-L	Show only names of files that don't match
	-c	Show only count of matching lines
	-o	Show only the matching part of line
	-q	Quiet. Return 0 if PATTERN is found, 1 otherwise
	-v	Select non-matching lines
	-s	Suppress open and read errors
	-r	Recurse
	-R	Recurse and dereference symlinks
	-i	Ignore case
	-w	Match whole words only
	-x	Match whole lines only
	-F	PATTERN is a literal (not regexp)
	-E	PATTERN is an extended regexp
	-z	NUL terminated input
	-m N	Match up to N times per file
	-A N	Print N lines of trailing context
	-B N	Print N lines of leading context
	-C N	Same as '-A N -B N'
	-e PTRN	Pattern to match
	-f FILE	Read pattern from file
[exit 2]
