/**
 * Shell cases checked against the real shells: each one's expected output and
 * exit code is in recorded.json, recorded by recordCases.ts from busybox sh
 * (container dialect) and bash + GNU coreutils (host dialect).
 */

import type { FileSpec } from './fixtures.ts';
import type { Dialect } from '../../src/engine/shell/types.ts';

export interface ShellCase {
  name: string;
  dialect: Dialect | 'both';
  script: string;
  /** Extra files in the working directory, besides STANDARD_FILES. */
  files?: FileSpec;
  stdin?: string;
  /** The output has `ls -l` dates, which the lab does not keep: compare them masked (see maskDates). */
  dates?: true;
}

/** Replaces `ls -l` dates (`Dec  4 20:12`) with a placeholder. */
export function maskDates(text: string): string {
  return text.replace(/[A-Z][a-z]{2} [ \d]\d \d\d:\d\d/g, '<date>');
}

/** What every case's working directory holds. */
export const STANDARD_FILES: FileSpec = {
  'd/': '',
  'd/f.txt': 'hello\n',
  'd/sub/g.txt': 'world\n',
  abc: 'a\nb\nc\n',
};

export function caseKey(c: ShellCase, dialect: Dialect): string {
  return `${dialect}: ${c.name}`;
}

const both = (name: string, script: string, extra: Partial<ShellCase> = {}): ShellCase => ({ name, dialect: 'both', script, ...extra });

export const CASES: ShellCase[] = [
  // ---- quoting and expansion
  both('quotes', `echo 'a  b' "c  d" e\\ \\ f \\$HOME "\\$HOME" '$HOME' "a\\\\b" "\\a"`),
  both('variables', 'x=1; y="a b"; echo $x ${x}y $xy "$y" ${#y}; echo "${u:-def}" ${u-d2} "${x:+alt}" ${x:=9}; echo ${z:=new} $z'),
  both('field splitting', 'v="a   b  c"; for w in $v; do echo "[$w]"; done; for w in "$v"; do echo "[$w]"; done; e=""; echo [$e] ["$e"]'),
  both('pattern removal', 'p=/usr/local/bin/tool.tar.gz; echo ${p##*/} ${p#*/} ${p%.*} ${p%%.*}'),
  both('command substitution', 'echo "$(echo a; echo b)" $(echo c   d) `echo e`; x=$(echo "in  side"); echo "$x"; echo $(false) $?'),
  both('nested substitution', 'echo $(echo $(echo deep) "$(echo "q  q")")'),
  both('exit status', 'true; echo $?; false; echo $?; ! true; echo $?; ! false; echo $?'),
  both('and or', 'true && echo a || echo b; false && echo c || echo d; false || false || echo e; true && false && echo f; echo $?'),
  both('semicolons and comments', 'echo one; echo two # a comment\n# whole line\necho three#not; echo "#quoted"'),
  both('multiple lines', 'echo a\n\necho b\necho c'),
  both('arithmetic', 'i=3; echo $((i+4)) $((i*2-1)) $(( (i+1) / 2 )) $((i % 2)) $((i > 2)); i=$((i+1)); echo $i'),
  both('glob', 'echo d/*; echo *; echo d/*.txt; echo nomatch*; echo "d/*"; echo d/s?b'),
  both('tilde', 'echo ~ ~/x "~"'),
  both('positional', 'set -- a "b c" d; echo $# $1 "$2"; for x in "$@"; do echo "<$x>"; done; shift; echo $*'),
  both('assignment prefix', 'X=1 sh -c \'echo $X\'; echo "[$X]"; Y=2; Y=3 true; echo $Y'),
  both('export', 'export A=1; sh -c \'echo $A\'; B=2; sh -c \'echo "[$B]"\'; export B; sh -c \'echo $B\''),
  both('if', 'if [ -d d ]; then echo dir; fi; if false; then echo no; elif true; then echo elif; else echo else; fi; if false; then :; else echo else2; fi'),
  both('for and while', 'for i in 1 2 3; do echo $i; done; n=0; while [ $n -lt 3 ]; do n=$((n+1)); echo n$n; done; until true; do echo never; done'),
  both('break continue', 'for i in 1 2 3 4; do if [ $i = 2 ]; then continue; fi; if [ $i = 4 ]; then break; fi; echo $i; done'),
  both('groups', '{ echo a; echo b; } > g; cat g; (cd d && pwd); pwd; (exit 3); echo $?'),
  both('read', 'read a b; echo "[$a] [$b]"; read c; echo "[$c]"', { stdin: 'one two three\nfour\n' }),
  both('pipeline read', 'echo hi | read x; echo "[$x]"; printf "1\\n2\\n" | while read l; do echo "got $l"; done'),

  // ---- redirections
  both('redirect out and append', 'echo a > o; echo b >> o; cat o; echo c > o; cat o'),
  both('redirect stderr', 'cat missing 2>/dev/null; echo $?; cat missing 2>&1 | wc -l; cat missing > out 2>&1; cat out'),
  both('redirect to dev null', 'echo hidden > /dev/null; echo $?; ls missing >/dev/null 2>&1; echo $?'),
  both('redirect input', 'cat < abc; wc -l < abc; cat < missing; echo $?'),
  both('redirect missing dir', 'echo x > nodir/f; echo $?; echo y >> nodir/f; echo $?'),
  both('redirect to directory', 'echo x > d; echo $?'),
  both('redirect only', '> empty; ls -1; cat empty'),
  both('redirect order', 'ls missing 2>&1 >/dev/null | wc -l; ls missing >/dev/null 2>&1 | wc -l'),
  both('fd to stderr', 'echo err >&2; echo out 1>&2 2>/dev/null; echo $?'),

  // ---- errors
  both('not found', 'nosuch; echo $?; ./nosuch; echo $?; /nonexistent/x; echo $?'),
  both('not executable', './abc; echo $?; ./d; echo $?'),
  both('script file', 'chmod +x s.sh 2>/dev/null; sh s.sh a b; echo $?', { files: { 's.sh': 'echo "args: $1 $2"\nnosuch\necho after\n' } }),
  both('sh -c with name', "sh -c 'echo $0 $1; nosuch' myname arg"),
  both('exit codes', "sh -c 'exit 3'; echo $?; sh -c 'exit 256'; echo $?; sh -c 'false'; echo $?"),
  both('exit stops script', 'echo a; exit 4; echo b'),
  both('exit bad number', 'exit abc; echo after'),
  both('cd errors', 'cd nope; echo $?; cd abc; echo $?; cd d; pwd; cd ..; pwd; cd /; pwd'),
  both('cd dash', 'cd d; cd -; cd -'),
  both('syntax unterminated double', 'echo "abc'),
  both('syntax unterminated single', "echo 'abc"),
  both('syntax unexpected semicolon', 'echo a && ; echo b'),
  both('syntax dangling and', 'echo a &&'),
  both('syntax dangling pipe', 'echo a |'),
  both('syntax fi', 'if true; then echo x; fi fi'),
  both('syntax second line', 'echo first\nif true; then echo x; fi fi\necho third'),
  both('syntax missing fi', 'if true; then echo x'),
  both('syntax missing done', 'while true; do echo x'),
  both('syntax subshell', '(echo a'),
  both('syntax brace', 'echo ${x'),
  both('syntax redirect', 'echo a > ;'),
  both('syntax close paren', 'echo )'),

  // ---- echo, printf, test
  both('echo flags', 'echo -n a; echo b; echo -e "t\\tx\\ny"; echo -E "t\\tx"; echo -- -n; echo -x; echo -ne "q\\n"; echo "a\\nb"'),
  both('printf basics', 'printf "%s-%d\\n" a 1 b 2; printf "%5s|%-3s|%03d|%x|%c\\n" ab c 7 255 hello; printf "a\\tb\\n"; printf "%s\\n"; printf "100%%\\n"'),
  both('printf errors', 'printf "%d\\n" abc; echo $?; printf; echo $?'),
  both('test files', '[ -f abc ] && echo f; [ -d d ] && echo d; [ -e missing ] || echo no; [ -s abc ] && echo s; test -z "" && echo z; test -n x && echo n'),
  both('test compare', '[ a = a ]; echo $?; [ a != a ]; echo $?; [ 2 -lt 10 ]; echo $?; [ 10 -le 2 ]; echo $?; [ 3 -eq 3 -a 1 -ne 2 ]; echo $?; [ ! -f d ]; echo $?; [ "" ]; echo $?; [ x ]; echo $?'),
  both('test errors', '[ 1 -eq a ]; echo $?; [ a = ]; echo $?; [ a; echo $?; [ x -foo y ]; echo $?'),
  both('true false', 'true; echo $?; false; echo $?; /bin/true 2>/dev/null; :; echo $?'),

  // ---- files
  both('cat', 'cat abc d/f.txt; cat missing; echo $?; cat d; echo $?; echo in | cat - abc'),
  both('cat -n', 'cat -n abc'),
  both('ls', 'ls; ls d; ls -1 d; ls d/f.txt abc; ls d d/sub'),
  both('ls flags', 'ls -a d; ls -A d; ls -d d; ls -R d; ls -1a'),
  both('ls missing', 'ls missing; echo $?; ls missing d; echo $?'),
  both('ls empty', 'mkdir e; ls e; ls -a e'),
  both('mkdir', 'mkdir n; mkdir n; echo $?; mkdir x/y; echo $?; mkdir -p x/y/z && ls -R x; mkdir -p x/y; echo $?; mkdir -p abc/q; echo $?'),
  both('mkdir missing operand', 'mkdir; echo $?'),
  both('rmdir', 'rmdir missing; rmdir d; echo $?; mkdir -p a/b; rmdir a/b a; ls; rmdir abc; echo $?'),
  both('rm', 'rm missing; echo $?; rm d; echo $?; rm -f missing; echo $?; rm abc; ls; rm -r d; ls; rm -rf nope; echo $?'),
  both('rm rf', 'rm -rf d abc; ls -a'),
  both('rm missing operand', 'rm; echo $?; rm -f; echo $?'),
  both('touch', 'touch new; ls; touch x/y; echo $?; touch abc; echo $?; touch'),
  both('cp', 'cp abc abc2; cat abc2; cp abc d; ls d; cp d x; echo $?; cp missing x; echo $?; cp -r d e; ls -R e; cp abc; echo $?'),
  both('cp same', 'cp abc abc; echo $?'),
  both('cp into itself', 'cp -r d d/sub; echo $?'),
  both('cp -a', 'cp -a d copy; ls -R copy'),
  both('cp missing dir', 'cp abc nodir/x; echo $?'),
  both('mv', 'mv abc a2; ls; mv a2 d; ls d; mv missing x; echo $?; mv d e; ls'),
  both('mv errors', 'mv d d/sub/x; echo $?; mv abc nodir/x; echo $?; mv; echo $?'),

  // ---- text
  both('head tail', 'head -n 1 abc; head -2 abc; tail -n 1 abc; tail -1 abc; tail -n +2 abc; head -c 3 abc; echo; tail -c 2 abc'),
  both('head tail errors', 'head missing; echo $?; tail missing; echo $?; head -n x abc; echo $?'),
  both('head dev zero', 'head -c 4 /dev/zero | wc -c'),
  both('head many files', 'head -n 1 abc d/f.txt'),
  both('wc', 'wc abc; wc -l abc; wc -w < abc; wc -c abc; wc -l abc d/f.txt; printf "x y" | wc; printf "x y" | wc -w'),
  both('wc errors', 'wc missing; echo $?; wc -l missing abc; echo $?; wc missing abc d/f.txt'),
  both('grep', 'grep b abc; grep -c b abc d/f.txt; grep -n -i B abc; grep -v b abc; grep -q a abc; echo $?; grep zz abc; echo $?'),
  both('grep errors', 'grep x missing; echo $?; grep -s x missing; echo $?'),
  both('grep recursive', 'grep -r hello d; grep -r o .; grep -rl o d'),
  both('grep regex', 'grep -E "a|c" abc; grep "a\\|c" abc; grep "^[ab]$" abc; grep -x b abc; grep -w hello d/f.txt; grep -o l d/f.txt'),
  both('grep context', 'seq 1 12 > n; grep -A1 3 n; grep -B1 -n 5 n; grep -C1 -e 3 -e 9 n; grep -A1 -e 3 -e 4 n; grep -c -A1 3 n; grep -A 1 1 n n'),
  both('grep stdin', 'printf "x\\ny\\n" | grep y; echo abc | grep -c b'),

  // ---- find
  both('find', 'find d; find d -name "*.txt"; find . -type d; find d -type f -name "g*"; find d/ -name sub'),
  both('find depth', 'find d -maxdepth 1; find d -mindepth 1 -type d'),
  both('find missing', 'find missing; echo $?'),
  both('find exec', 'find d -name f.txt -exec cat {} \\;; find d -type f -exec echo file {} +'),
  both('find not', 'find d ! -name f.txt -type f; find d -not -type d'),
  both('find no path', 'find -name "*.txt"'),

  // ---- tar
  both('tar roundtrip', 'tar cf a.tar d abc; rm -rf d abc; tar xf a.tar; cat d/f.txt d/sub/g.txt abc; tar tf a.tar'),
  both('tar verbose', 'tar cvf a.tar d; mkdir x; tar xvf a.tar -C x; ls -R x'),
  both('tar strip', 'tar cf a.tar d; mkdir x; cd x; tar xf ../a.tar --strip-components 1; ls; tar xf ../a.tar --strip 2; ls'),
  both('tar leading slash', 'tar cf a.tar "$PWD/d"; tar tf a.tar | wc -l'),
  both('tar errors', 'tar xf nope.tar; echo $?; tar cf c.tar missing; echo $?; tar cf e.tar; echo $?'),
  both('tar member', 'tar cf a.tar d abc; mkdir x; tar xf a.tar -C x abc; ls x; tar xf a.tar nosuch; echo $?'),
  both('tar dash options', 'tar -cf a.tar d; tar -tf a.tar; tar -c -f b.tar abc; tar -t -f b.tar'),
  both('tar pipe', 'tar cf - d | tar tf -'),
  both('tar to stdout', 'tar cf a.tar d; tar xOf a.tar d/f.txt'),
  both('tar dot', 'tar -C d -cf e.tar .; tar tf e.tar'),


  // ---- compound commands and shell features
  both('here-document', 'x=val; cat <<EOF\nline $x\n  "quoted" \\$x\nEOF\ncat <<\'END\'\nraw $x\nEND\necho after'),
  both('here-string', 'x=5; cat <<< "v=$x"; wc -c <<< abc; read a b <<< "one two"; echo $b'),
  { name: 'dash here-string', dialect: 'bash', script: `sh -c 'cat <<< hi'; echo $?` },
  both('here-document to file', 'cat > f.txt <<EOF\nhello\nEOF\ncat f.txt; wc -l < f.txt'),
  both('here-document strip tabs', 'cat <<-EOF\n\tindented\n\tEOF\necho done'),
  both('case', 'for w in apple b.txt zz "a b"; do case $w in a*) echo "A: $w";; *.txt|*.md) echo doc;; "a b") echo space;; *) echo other;; esac; done'),
  both('case empty body', 'case x in x) ;; esac; echo $?; case y in (y) echo paren;; esac'),
  both('functions', 'greet() { echo "hi $1"; return 3; }; greet you; echo $?; f() (echo sub; exit 4); f; echo $?'),
  both('function positional restored', 'set -- outer; f() { echo "$1 $#"; }; f a b; echo "$1"'),
  both('set -e', 'set -e; echo a; false; echo b'),
  both('set -e conditions', 'set -e; false || true; if false; then :; fi; ! true; false && true; echo survived; true && false; echo no'),
  both('background', 'sleep 0 & echo two; wait; echo $?'),
  both('exec', 'exec echo replaced; echo never'),
  both('trap exit', "trap 'echo bye' EXIT; echo hi; exit 3"),
  both('command builtin', 'command echo x; command -v cd; command -v nosuch; echo $?'),
  both('eval', 'cmd="echo evaluated"; eval $cmd; eval "x=5"; echo $x'),
  both('dot source', '. ./lib.sh; echo $LIBVAR', { files: { 'lib.sh': 'LIBVAR=from-lib\n' } }),
  both('unset', 'x=1; unset x; echo "[$x]"'),
  both('subshell isolation', 'x=1; (x=2; cd d; echo $x $PWD); echo $x; pwd'),
  both('pipeline subshell', 'x=1; echo | x=2; echo $x; cd d | true; pwd'),
  both('param errors', 'echo ${u:?not set}; echo after'),
  both('arith vars', 'a=5; b=$((a*2)); echo $b $((b/3)) $((-a)); echo $((a>3 && b<20)); c=$((a+=1)); echo $a $c'),
  both('escapes in double quotes', 'echo "a\\$b \\`c\\` \\\\ \\"q\\" \\x"'),
  both('dollar edge', 'echo $ "$" a$ $1x ${1}x'),
  both('glob hidden', 'touch .hidden; echo *; echo .*'),
  both('glob no match quoted', 'ls *.nothing; echo $?'),
  both('long pipeline', 'cat abc | grep -v b | wc -l | cat'),
  both('status of pipeline', 'false | true; echo $?; true | false; echo $?'),
  both('stdin to commands', 'cat; wc -l', { stdin: 'x\ny\n' }),
  both('while read file', 'while read line; do echo "[$line]"; done < abc'),
  both('nested quotes in substitution', 'echo "$(echo "inner \\"q\\"")"'),
  both('line continuation', 'echo a \\\nb; echo "c\\\nd"'),
  both('empty script', ''),
  both('only comment', '# nothing here'),
  both('assignment only status', 'x=$(false); echo $?; y=$(true); echo $?'),
  both('redirect in middle', 'echo >o a b; cat o; >o2 echo c; cat o2'),
  both('append stderr', 'ls missing 2>>e; ls missing2 2>>e; cat e'),
  both('fd dup stdout to stderr to file', '{ echo out; echo err >&2; } > all 2>&1; cat all'),
  both('sh -c exit code', "sh -c 'echo in; exit 5'; echo $?"),
  both('sh script from stdin', 'echo "echo from stdin" | sh'),
  both('test bracket missing', '[ 1 = 1; echo $?'),
  both('test string ops', '[ -n "" ]; echo $?; [ -z x ]; echo $?; [ abc \\< abd ]; echo $?; [ "a b" = "a b" ]; echo $?'),
  both('unary on missing file', '[ -f nope ]; echo $?; [ -d abc ]; echo $?; [ -x abc ]; echo $?; [ -e d/sub ]; echo $?'),
  both('ls file and dir mix', 'ls abc d missing; echo $?'),
  both('ls trailing slash', 'ls d/; ls -d d/'),
  both('cat stdin dash', 'echo piped | cat abc - d/f.txt'),
  both('mkdir -p existing file', 'mkdir -p abc; echo $?; mkdir -p abc/x; echo $?'),
  both('mkdir multiple', 'mkdir a b c; ls; mkdir a x; echo $?; ls'),
  both('rm -r nested', 'mkdir -p t/u/v; touch t/u/v/w t/x; rm -r t; ls'),
  both('rm dir with f only', 'rm -f d; echo $?'),
  both('cp to dir with slash', 'mkdir dst; cp abc dst/; ls dst; cp abc d/f.txt dst; ls dst'),
  both('cp multiple to file', 'cp abc d/f.txt target; echo $?'),
  both('cp dir into existing dir', 'mkdir dst; cp -r d dst; ls -R dst'),
  both('mv onto existing file', 'echo new > n; mv n abc; cat abc'),
  both('mv dir into dir', 'mkdir dst; mv d dst; ls -R dst'),
  both('touch existing dir', 'touch d; echo $?'),
  both('head more than lines', 'head -n 10 abc; tail -n 10 abc; head -n 0 abc; echo x'),
  both('tail plus', 'tail -n +1 abc; tail -n +5 abc; echo end'),
  both('no trailing newline', 'printf "a\\nb" > nn; cat nn; echo; wc -l nn; tail -n 1 nn; echo; head -n 1 nn'),
  both('grep multiple patterns', 'grep -e a -e c abc; grep -n . abc'),
  both('grep count invert', 'grep -vc a abc; grep -ci A abc'),
  both('grep no files matched', 'grep -l zz abc d/f.txt; echo $?; grep -L zz abc'),
  both('grep fixed', 'echo "a.c abc" > g; grep -F "a.c" g; grep -o "a.c" g; grep -F -o "a.c" g'),
  both('wc multiple', 'wc abc d/f.txt; wc -c abc d/f.txt d/sub/g.txt'),
  both('find type l', 'ln -s abc link 2>/dev/null; find . -type l; find . -name "*.txt" -type f'),
  both('find dot', 'find . -maxdepth 1 | sort 2>/dev/null || find . -maxdepth 1'),
  both('echo escapes -e', 'echo -e "a\\\\b" "x\\cy" "after"; echo done'),
  both('printf reuse', 'printf "%s=%s\\n" a 1 b 2 c; printf "[%5.1f]\\n" 3.14159; printf "%o %X %#x\\n" 8 255 255'),
  both('printf b and c', 'printf "%b\\n" "t\\tx"; printf "%c%c\\n" abc d'),


  // ---- applets beyond the catalog's symlinks (busybox's sh runs them by name)
  both('tee', 'echo hi | tee t1 t2; cat t1; tee nodir/x < abc; echo $?; echo app | tee -a t1; cat t1'),
  both('whoami uname', 'whoami; uname; uname -s; uname -m'),
  both('basename dirname', 'basename /a/b/c.txt; basename /a/b/c.txt .txt; basename a/; dirname /a/b/c; dirname c; dirname /; dirname a/b/'),
  both('seq', 'seq 3; seq 2 4; seq 1 2 7; seq 5 1; seq -s , 1 3'),
  both('xargs', 'printf "a b\\nc\\n" | xargs echo; echo d/f.txt abc | xargs cat; printf "1\\n2\\n" | xargs -n 1 echo n; echo | xargs echo e; xargs nosuch < abc; echo $?'),
  both('find xargs', 'find d -type f | xargs wc -l'),
  both('tr', 'echo hello | tr a-z A-Z; echo hello | tr -d l; echo "a  b" | tr -s " "; echo abc | tr abc xyz; echo "a:b" | tr ":" "\\n"'),
  both('readlink realpath', 'ln -s abc lnk; readlink lnk; readlink -f d/../abc; realpath d/sub; readlink abc; echo $?'),
  both('ln', 'ln -s abc l1; cat l1; ln -s abc l1; echo $?; ln -sf d/f.txt l1; cat l1; ln -s x y/z; echo $?; ln -s ../abc d/; cat d/abc'),
  both('chmod', 'chmod +x abc; [ -x abc ] && echo exec; chmod 600 abc; ls -l abc | cut -c1-10; chmod u+x,g+r abc; ls -l abc | cut -c1-10; chmod 755 missing; echo $?'),
  both('sed', 'sed s/a/X/ abc; sed -n 2p abc; sed 2d abc; sed "s/l/L/g" d/f.txt; sed -e s/a/1/ -e s/b/2/ abc; sed "/b/d" abc; sed "\\$d" abc; sed -n "/a/,/b/p" abc; sed 1q abc'),
  both('sed in place', 'sed -i s/hello/bye/ d/f.txt; cat d/f.txt; sed -i "s/^/> /" abc; cat abc'),
  both('sed regex', 'sed -E "s/(a|b)/[\\1]/" abc; sed "s/\\(a\\)/<\\1>/" abc; sed "s/b/&&/" abc; sed "y/abc/xyz/" abc; echo /x/y | sed "s|/|_|g"'),
  both('sed errors', 'sed s/a/b/ missing; echo $?; sed x/ abc; echo $?; sed -i s/a/b/ missing; echo $?'),
  both('sort uniq cut', 'printf "b\\na\\nb\\nc\\n" > s; sort s; sort -r s; sort -u s; sort s | uniq -c; echo "a:b:c" | cut -d: -f2; echo hello | cut -c2-4'),
  both('du', 'du d; du -s d; du -sh d; du -h d; du -a d; du -sk d abc; du missing; echo $?; du -sh .; du -c d abc'),
  both('return', 'f() { return 3; }; f; echo $?; . ./r.sh; echo "st $?"', { files: { 'r.sh': 'echo in; return 5; echo no\n' } }),

  both('ls -l', 'ln -s abc lnk; ls -l; ls -la d; ls -ld d; ls -l abc; mkdir e; touch e/empty; ls -l e', { dates: true }),
  both('ls -A dotfiles', 'touch d/.hidden; ls d; ls -A d; ls -a d'),
  both('set -x', 'set -x; echo "a b" c; x=1; Y=2 true; ls d >/dev/null; set +x; echo done'),

  // ---- the host's sh is dash
  { name: 'dash messages', dialect: 'bash', script: `for s in 'cd nope' 'echo x > no/f' 'cat < nope' 'echo "abc' 'echo a && ; echo b' 'if true; then echo' 'exit abc' 'nosuch' 'export 1x=2'; do sh -c "$s"; echo "rc=$?"; done` },

  // ---- misc applets
  both('pwd', 'pwd; cd d; pwd; cd sub && pwd'),
  { name: 'id', dialect: 'bash', script: 'id; id -u; id -un' },
  both('sleep', 'sleep 0; echo $?; sleep abc; echo $?'),
  both('sleep missing', 'sleep; echo $?'),
  both('env run', 'env A=1 sh -c \'echo $A\'; env nosuch; echo $?'),
  both('sh -c quoting', `sh -c 'echo "a  b"; echo $1' zero one`),
  { name: 'env order', dialect: 'busybox', script: 'export ZED=1 ALPHA=2; env' },
  { name: 'export -p', dialect: 'busybox', script: 'export A=1 B; export -p' },
  { name: 'bash env order', dialect: 'bash', script: 'export Z=2 C=4 B=3 A=1 AA=5 NEW=1; env | grep -v -e ^SHLVL= -e ^LANG= -e ^PYENV -e ^PATH=' },
  { name: 'export bad name', dialect: 'both', script: 'export 1x=2; echo $?' },
  { name: 'busybox applet call', dialect: 'busybox', script: 'busybox echo hi; busybox nosuch; echo $?' },
  { name: 'absolute applet', dialect: 'busybox', script: '/bin/echo hi; /bin/ls d' },
];
