/**
 * Go text/template with Docker's functions. Every expected string was printed by Docker 26.1.5
 * (Go 1.24); the comment on each row names the command.
 */
import { describe, expect, it } from 'vitest';
import {
  TemplateError,
  encodeGoJSON,
  execute,
  executeInspect,
  formatTable,
  goMarshalJSON,
  goNil,
  goNumber,
  parseTemplate,
  prepareDockerFormat,
  renderDockerFormat,
  withGoType,
} from '../../src/engine/cli/goTemplate.ts';

/** `docker images busybox:latest` as the image formatter's row context sees it. */
const imageRow = {
  Containers: 'N/A',
  CreatedAt: '2026-12-04 19:55:28 +0000 UTC',
  CreatedSince: '4 minutes ago',
  Digest: '<none>',
  ID: 'b7cea8a3de08',
  Repository: 'busybox',
  SharedSize: 'N/A',
  Size: '1.98MB',
  Tag: 'latest',
  UniqueSize: 'N/A',
  VirtualSize: '1.983MB',
};
const imageRowType = '*formatter.imageContext';

/**
 * Part of `docker inspect busybox` (types.ImageInspect), fields in Docker's order. Config and
 * GraphDriver are cut down, so `{{.Config}}` and `{{.GraphDriver}}` expectations are Docker's
 * output for these fields only.
 */
const busyboxInspect = withGoType(
  {
    Id: 'sha256:b7cea8a3de08ea4e52de80ce419f708fe070be7cd053d73161c8ce2669666a18',
    RepoTags: ['busybox:1.36', 'busybox:latest'],
    Os: 'linux',
    Size: goNumber(1982540, 'int64'),
    Config: withGoType(
      {
        Hostname: '',
        Domainname: '',
        User: '',
        AttachStdin: false,
        AttachStdout: false,
        AttachStderr: false,
        Tty: false,
        OpenStdin: false,
        StdinOnce: false,
        Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
        Cmd: ['sh'],
        Image: 'sha256:a266a94be18aa61a6aae149dc0cae658c48813a374cb1069b50d23c24bbeb3a6',
        Volumes: goNil('map', 'map[string]struct {}'),
        WorkingDir: '/',
        Entrypoint: goNil('slice', '[]string'),
        OnBuild: goNil('slice', '[]string'),
        Labels: goNil('map', 'map[string]string'),
      },
      '*container.Config',
    ),
    GraphDriver: withGoType(
      {
        Data: new Map([
          ['MergedDir', '/var/lib/docker/overlay2/f073/merged'],
          ['UpperDir', '/var/lib/docker/overlay2/f073/diff'],
          ['WorkDir', '/var/lib/docker/overlay2/f073/work'],
        ]),
        Name: 'overlay2',
      },
      'types.GraphDriverData',
    ),
    RootFS: withGoType({ Type: 'layers', Layers: ['sha256:cc726d0e'] }, 'types.RootFS'),
  },
  'types.ImageInspect',
);

function run(text: string, data: unknown = imageRow, typeName = imageRowType): string {
  const template = parseTemplate(text);
  if (template instanceof TemplateError) return `ERR ${template.message}`;
  const output = execute(template, data, { typeName });
  return output instanceof TemplateError ? `ERR ${output.message}` : output;
}

function inspect(text: string): string {
  const template = parseTemplate(text);
  if (template instanceof TemplateError) return `ERR ${template.message}`;
  const output = executeInspect(template, busyboxInspect);
  return output instanceof TemplateError ? `ERR ${output.message}` : output;
}

describe('actions, literals and pipelines', () => {
  // docker images busybox:latest --format '<template>'
  it.each([
    ['{{.Tag}}', 'latest'],
    ['{{ .Tag }}', 'latest'],
    ['{{.Tag |}}', 'latest'],
    ['{{1}} {{-1}} {{1.5}} {{1e3}} {{0x10}} {{\'a\'}} {{true}} {{false}} {{1_000}} {{.5}} {{-0}} {{1.0}} {{2e-3}} {{1e21}} {{100000000.0}}', '1 -1 1.5 1000 16 97 true false 1000 0.5 0 1 0.002 1e+21 1e+08'],
    ['{{"a\\"b\\\\c"}} {{`raw\\x`}} {{"\\u00e9\\x41"}}', 'a"b\\c raw\\x éA'],
    ['{{print 1 2 "a" "b" 3 true nil}}', '1 2ab3 true <nil>'],
    ['{{print "a" 1 2 "b"}}', 'a1 2b'],
    ['{{println 1 "a"}}', '1 a\n'],
    ['{{print}}|{{print nil}}|{{print "a" "b"}}|{{print 1.5 2}}', '|<nil>|ab|1.5 2'],
    ['{{- "x" -}}   {{- "y"}}   {{"z" -}}   !', 'xy   z!'],
    ['{{/* comment */}}A{{- /* c2 */ -}} B', 'AB'],
    ['{{.Tag}} {{/* c */}} {{- /* d */}} x', 'latest  x'],
    ['{{- 3}} {{-3}}', '3 -3'],
    ['{{.Tag | printf "%s-%s" "p"}}', 'p-latest'],
    ['{{"abc" | len}}', '3'],
    ['{{.Tag|len|printf "%d"}}', '6'],
    ['{{1 | printf "%d %d" 2}}', '2 1'],
    ['{{.Tag}}{{"a"|printf "%s%s" "b"|upper}}', 'latestBA'],
    ['{{(1)}}', '1'],
    ['{{$x := .Tag}}{{$x}} {{$x = "b"}}{{$x}} {{$.Tag}}', 'latest b latest'],
    ['{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}', '2'],
    ['{{$x := 1}}{{if true}}{{$x := 2}}{{end}}{{$x}}', '1'],
    ['{{ $x := .Tag }}{{ $x | upper }}', 'LATEST'],
    ['{{.Tag}} {{$ := 1}}', 'latest '],
    ['{{printf "%s" | upper}}', '%!S(MISSING)'],
  ])('%s', (template, expected) => {
    expect(run(template)).toBe(expected);
  });
});

describe('if, with, range', () => {
  // docker images busybox:latest --format '<template>'
  it.each([
    ['{{if .Tag}}yes{{else}}no{{end}} {{if eq .Tag "latest"}}L{{else if eq .Tag "x"}}X{{else}}O{{end}}', 'yes L'],
    ['{{with .Tag}}[{{.}}]{{else}}none{{end}} {{with ""}}[{{.}}]{{else}}none{{end}}', '[latest] none'],
    ['{{with $x := .Tag}}{{$x}}{{end}}', 'latest'],
    ['{{with .Tag}}{{.}}{{else with .ID}}{{.}}{{end}}', 'latest'],
    ['{{if and .Tag (eq .Repository "busybox")}}both{{end}}', 'both'],
    ['{{range split "a,b,c" ","}}<{{.}}>{{end}}', '<a><b><c>'],
    ['{{range $i, $v := split "a,b,c" ","}}{{$i}}={{$v}} {{end}}', '0=a 1=b 2=c '],
    ['{{range $i := split "a,b" ","}}{{$i}}{{end}}', 'ab'],
    ['{{- range $i, $e := split "x,y" "," -}} {{$i}}{{$e}} {{- end}}', '0x1y'],
    ['{{range split "" "x"}}{{.}}{{else}}empty{{end}}|{{split "" "x"}}|{{len (split "" "x")}}', '|[]|1'],
    ['{{range 3}}{{.}}{{end}}', '012'],
    ['{{range $k := 2}}{{$k}}{{end}} {{range -1}}x{{else}}neg{{end}}', '01 neg'],
    ['{{range split "a,b,c" ","}}{{if eq . "b"}}{{break}}{{end}}{{.}}{{end}}', 'a'],
    ['{{range split "a,b,c" ","}}{{if eq . "b"}}{{continue}}{{end}}{{.}}{{end}}', 'ac'],
  ])('%s', (template, expected) => {
    expect(run(template)).toBe(expected);
  });

  it('ranges over maps in sorted key order', () => {
    // docker volume ls -f name=zzz --format 'table {{range $k, $v := .}}{{$k}}={{$v}};{{end}}' (the header map)
    const header = new Map([
      ['Name', 'VOLUME NAME'],
      ['Driver', 'DRIVER'],
      ['Availability', 'AVAILABILITY'],
    ]);
    expect(run('{{range $k, $v := .}}{{$k}}={{$v}};{{end}} {{.}}', header)).toBe(
      'Availability=AVAILABILITY;Driver=DRIVER;Name=VOLUME NAME; map[Availability:AVAILABILITY Driver:DRIVER Name:VOLUME NAME]',
    );
  });
});

describe('functions', () => {
  // docker images busybox:latest --format '<template>'
  it.each([
    ['{{printf "%q %v %t %d %5d|%-5s|%x %X %o %c %U %e %f %g %.2f" "hi" 3 true 42 7 "ab" 255 255 8 65 65 1.5 1.5 1.5 3.14159}}', '"hi" 3 true 42     7|ab   |ff FF 10 A U+0041 1.500000e+00 1.500000 1.5 3.14'],
    ['{{printf "%s %d" "a"}}', 'a %!d(MISSING)'],
    ['{{printf "%s" "a" "b"}}', 'a%!(EXTRA string=b)'],
    ['{{printf "%d" "a"}}', '%!d(string=a)'],
    ['{{printf "%v %s" 1.5 1.5}}', '1.5 %!s(float64=1.5)'],
    ['{{printf "%%"}}', '%'],
    ['{{printf "%v %v %s %q %d" (split "a,b" ",") true (split "a,b" ",") (split "a,b" ",") true}}', '[a b] true [a b] ["a" "b"] %!d(bool=true)'],
    ['{{printf "%5.1f|%-8v|%08d|%+d|%x" 3.14159 "ab" 42 5 "hi"}}', '  3.1|ab      |00000042|+5|6869'],
    ['{{printf "%s" nil}} {{printf "%v" nil}} {{printf "%d"}}', '%!s(<nil>) <nil> %!d(MISSING)'],
    ['{{len "héllo"}} {{index "abc" 1}} {{slice "abcdef" 1 3}} {{slice "abcdef" 2}}', '6 98 bc cdef'],
    ['{{len (index (split "abc" "") 0)}} {{split "abc" ""}}', '1 [a b c]'],
    ['{{eq 1 1}} {{eq "a" "b"}} {{eq 1 2 3 1}} {{ne 1 2}} {{lt 1 2}} {{le 2 2}} {{gt "b" "a"}} {{ge 1 2}}', 'true false true true true true true false'],
    ['{{eq .Tag .Tag .Repository}}', 'true'],
    ['{{and 1 0 2}} {{and 1 2}} {{or 0 "" "x"}} {{or 0 ""}} {{not 0}} {{not "a"}}', '0 2 x  true false'],
    ['{{index .Tag}}', 'latest'],
    ['{{join (split "a,b" ",") "+"}} {{title "hello world"}} {{upper "x"}} {{lower "ABC"}} [{{pad "ab" 2 3}}] [{{pad "" 2 3}}] {{truncate "abcdef" 3}} {{truncate "ab" 5}}', 'a+b Hello World X abc [  ab   ] [] abc ab'],
    ['{{split "a,b,c" ","}}', '[a b c]'],
    ['{{json (split "a,b" ",")}} {{json 1}} {{json "é<>&\\u2028"}} {{json nil}} {{json true}}', '["a","b"] 1 "é<>&\\u2028" null true'],
    ['{{json .}}', '{"Containers":"N/A","CreatedAt":"2026-12-04 19:55:28 +0000 UTC","CreatedSince":"4 minutes ago","Digest":"<none>","ID":"b7cea8a3de08","Repository":"busybox","SharedSize":"N/A","Size":"1.98MB","Tag":"latest","UniqueSize":"N/A","VirtualSize":"1.983MB"}'],
  ])('%s', (template, expected) => {
    expect(run(template)).toBe(expected);
  });

  // docker inspect -f '<template>' busybox
  it.each([
    ['{{html "<a&\\"\'>"}} {{urlquery "a b&c/é"}} {{js "<a\'\\"\\\\=>"}}', '&lt;a&amp;&#34;&#39;&gt; a+b%26c%2F%C3%A9 \\u003Ca\\\'\\"\\\\\\u003D\\u003E'],
    ['{{printf "%T %T %T %T" 1 "a" .RepoTags .GraphDriver.Data}}', 'int string []string map[string]string'],
    ['{{printf "%6.2f|%-6d|%6s|%q|%x" 3.14159 42 "ab" 65 "é"}}', '  3.14|42    |    ab|\'A\'|c3a9'],
    ['{{.Size}} {{printf "%d|%v|%s" .Size .Size .Size}}', '1982540 1982540|1982540|%!s(int64=1982540)'],
    ['{{.RepoTags}} {{index .RepoTags 0}} {{len .RepoTags}}', '[busybox:1.36 busybox:latest] busybox:1.36 2'],
    ['{{range .RepoTags}}{{.}}\n{{end}}', 'busybox:1.36\nbusybox:latest\n'],
    ['{{.Config.Env}}', '[PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin]'],
    ['{{.Config.Cmd}} {{.Config.Entrypoint}} {{.Config.Volumes}}', '[sh] [] map[]'],
    ['{{.Config.Labels}}|{{range $k, $v := .Config.Labels}}{{$k}}={{$v}};{{end}}|', 'map[]||'],
    ['{{.Config}}', '{   false false false false false false [PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin] [sh] sha256:a266a94be18aa61a6aae149dc0cae658c48813a374cb1069b50d23c24bbeb3a6 map[] / [] [] map[]}'],
    ['{{json .Config}}', '{"Hostname":"","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"Cmd":["sh"],"Image":"sha256:a266a94be18aa61a6aae149dc0cae658c48813a374cb1069b50d23c24bbeb3a6","Volumes":null,"WorkingDir":"/","Entrypoint":null,"OnBuild":null,"Labels":null}'],
    ['{{json "<a>&"}}', '"<a>&"'],
    ['{{.RootFS}}', '{layers [sha256:cc726d0e]}'],
    ['{{.GraphDriver}}', '{map[MergedDir:/var/lib/docker/overlay2/f073/merged UpperDir:/var/lib/docker/overlay2/f073/diff WorkDir:/var/lib/docker/overlay2/f073/work] overlay2}'],
    ['{{.Config.Volumes.X}}', '<no value>'],
    ['{{.GraphDriver.Data.Nope}}|{{index .GraphDriver.Data "Nope"}}|{{eq .GraphDriver.Data.Nope "x"}}', '<no value>||false'],
    ['{{printf "%v" .GraphDriver.Data.Nope}}', '<nil>'],
    ['{{block "b" .}}B{{.Os}}{{end}}|{{define "d"}}D{{end}}{{template "d"}}', 'Blinux|D'],
    ['a {{if 1}}\nb {{end\n}}', 'a \nb '],
    ['{{ "x" }}}', 'x}'],
  ])('%s', (template, expected) => {
    expect(inspect(template)).toBe(expected);
  });
});

describe('errors', () => {
  // docker images busybox:latest --format '<template>' (prints "template parsing error: " + message)
  it.each([
    ['{{.Nope}}', 'template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.imageContext'],
    ['{{.Tag}}\nline2 {{.Nope}}', 'template: :2:8: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.imageContext'],
    ['{{.Tag.Nope}}', 'template: :1:6: executing "" at <.Tag.Nope>: can\'t evaluate field Nope in type string'],
    ['{{(.Tag).Nope}}', 'template: :1:3: executing "" at <.Tag>: can\'t evaluate field Nope in type string'],
    ['{{(split "a" ",").Nope}}', 'template: :1:13: executing "" at <",">: can\'t evaluate field Nope in type []string'],
    ['{{.Repository', 'template: :1: unclosed action'],
    ['{{nil}}', 'template: :1:2: executing "" at <nil>: nil is not a command'],
    ['{{"a" "b"}}', 'template: :1:2: executing "" at <"a">: can\'t give argument to non-function "a"'],
    ['{{1 2}}', 'template: :1:2: executing "" at <1>: can\'t give argument to non-function 1'],
    ['{{ . . }}', 'template: :1:3: executing "" at <.>: can\'t give argument to non-function .'],
    ['{{printf}}', 'template: :1:2: executing "" at <printf>: wrong number of args for printf: want at least 1 got 0'],
    ['{{upper 1}}', 'template: :1:8: executing "" at <1>: expected string; found 1'],
    ['{{upper}}', 'template: :1:2: executing "" at <upper>: wrong number of args for upper: want 1 got 0'],
    ['{{upper "a" "b"}}', 'template: :1:2: executing "" at <upper>: wrong number of args for upper: want 1 got 2'],
    ['{{"x" | upper "y"}}', 'template: :1:8: executing "" at <upper>: wrong number of args for upper: want 1 got 2'],
    ['{{json}}', 'template: :1:2: executing "" at <json>: wrong number of args for json: want 1 got 0'],
    ['{{truncate "abc" "x"}}', 'template: :1:17: executing "" at <"x">: expected integer; found "x"'],
    ['{{pad "a" "b" 1}}', 'template: :1:10: executing "" at <"b">: expected integer; found "b"'],
    ['{{join "a" ","}}', 'template: :1:7: executing "" at <"a">: can\'t handle "a" for arg of type []string'],
    ['{{and}}', 'template: :1:2: executing "" at <and>: wrong number of args for and: want at least 1 got 0'],
    ['{{not 1 2}}', 'template: :1:2: executing "" at <not>: wrong number of args for not: want 1 got 2'],
    ['{{eq 1 "a"}}', 'template: :1:2: executing "" at <eq 1 "a">: error calling eq: incompatible types for comparison'],
    ['{{lt 1 1.5}}', 'template: :1:2: executing "" at <lt 1 1.5>: error calling lt: incompatible types for comparison'],
    ['{{lt true false}}', 'template: :1:2: executing "" at <lt true false>: error calling lt: invalid type for comparison'],
    ['{{eq .Tag}}', 'template: :1:2: executing "" at <eq .Tag>: error calling eq: missing argument for comparison'],
    ['{{index (split "a" ",") 5}}', 'template: :1:2: executing "" at <index (split "a" ",") 5>: error calling index: index out of range: 5'],
    ['{{index (split "a" ",") -1}}', 'template: :1:2: executing "" at <index (split "a" ",") -1>: error calling index: index out of range: -1'],
    ['{{index (split "a" ",") "x"}}', 'template: :1:2: executing "" at <index (split "a" ",") "x">: error calling index: cannot index slice/array with type string'],
    ['{{index 3 1}}', 'template: :1:2: executing "" at <index 3 1>: error calling index: can\'t index item of type int'],
    ['{{len 3}}', 'template: :1:2: executing "" at <len 3>: error calling len: len of type int'],
    ['{{slice "abc" 2 1}}', 'template: :1:2: executing "" at <slice "abc" 2 1>: error calling slice: invalid slice index: 2 > 1'],
    ['{{slice "abc" 1 2 3}}', 'template: :1:2: executing "" at <slice "abc" 1 2 3>: error calling slice: cannot 3-index slice a string'],
    ['{{slice 3}}', 'template: :1:2: executing "" at <slice 3>: error calling slice: can\'t slice item of type int'],
    ['{{slice "abc" 5}}', 'template: :1:2: executing "" at <slice "abc" 5>: error calling slice: index out of range: 5'],
    ['{{range $i, $e := 3}}{{$i}}:{{$e}} {{end}}', 'template: :1:18: executing "" at <3>: can\'t use 3 to iterate over more than one variable'],
    ['{{template "x"}}', 'template: :1:11: executing "" at <{{template "x"}}>: template "x" not defined'],
    // parse errors
    ['{{.Tag | nope}}', 'template: :1: function "nope" not defined'],
    ['{{if}}{{end}}', 'template: :1: missing value for if'],
    ['{{range}}{{end}}', 'template: :1: missing value for range'],
    ['{{with}}{{end}}', 'template: :1: missing value for with'],
    ['{{if 1}}', 'template: :1: unexpected EOF'],
    ['{{end}}', 'template: :1: unexpected {{end}}'],
    ['{{else}}', 'template: :1: unexpected {{else}}'],
    ['{{if true}}a{{else}}b{{else}}c{{end}}', 'template: :1: expected end; found {{else}}'],
    ['{{$y}}', 'template: :1: undefined variable "$y"'],
    ['{{$x.y}}', 'template: :1: undefined variable "$x"'],
    ['{{$x := }}', 'template: :1: missing value for command'],
    ['{{.Tag | 1}}', 'template: :1: non executable command in pipeline stage 2'],
    ['{{end', 'template: :1: unclosed action'],
    ['{{"\\z"}}', 'template: :1: invalid syntax'],
    ['{{"unterminated}}', 'template: :1: unterminated quoted string'],
    ['{{/* unclosed', 'template: :1: unclosed comment'],
    ['{{.Tag.}}', 'template: :1: unexpected <.> in operand'],
    ['{{|}}', 'template: :1: unexpected "|" in command'],
    ['{{break}}', 'template: :1: {{break}} outside {{range}}'],
    ['{{-.Tag-}}', 'template: :1: bad number syntax: "-.T"'],
    ['{{.Names}', 'template: :1: bad character U+007D \'}\''],
  ])('%s', (template, expected) => {
    expect(run(template)).toBe(`ERR ${expected}`);
  });

  // docker inspect -f '<template>' busybox (prints "template parsing error: " + message)
  it.each([
    ['{{.Nope}}', 'template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"'],
    ['{{.Config.Nope}}', 'template: :1:9: executing "" at <.Config.Nope>: map has no entry for key "Nope"'],
    ['{{.Nope.X}}', 'template: :1:7: executing "" at <.Nope.X>: map has no entry for key "Nope"'],
    ['a\nb {{.Nope}}', 'template: :2:4: executing "" at <.Nope>: map has no entry for key "Nope"'],
    ['{{index .RepoTags 0 | printf "%s %s %s %s" "aaaaaaaaaaaaaaaaaaaa" "bbbbbbbbbbbb" | printf "%d"}}x{{.Nope}}', 'template: :1:99: executing "" at <.Nope>: map has no entry for key "Nope"'],
    ['{{.Config.Entrypoint.X}}', 'template: :1:9: executing "" at <.Config.Entrypoint.X>: nil pointer evaluating interface {}.X'],
    ['{{len .GraphDriver.Data.Nope}}', 'template: :1:18: executing "" at <.GraphDriver.Data.Nope>: map has no entry for key "Nope"'],
    ['{{upper .Size}}', 'template: :1:8: executing "" at <.Size>: wrong type for value; expected string; got json.Number'],
    ['{{eq .Size 1982540}} {{eq .Size 1.5}}', 'template: :1:2: executing "" at <eq .Size 1982540>: error calling eq: incompatible types for comparison'],
    ['{{index "abc" 3}}', 'template: :1:2: executing "" at <index "abc" 3>: error calling index: reflect: string index out of range'],
    ['{{(index .RepoTags 5)}}', 'template: :1:3: executing "" at <index .RepoTags 5>: error calling index: index out of range: 5'],
    ['{{$x := 1}}{{$x := 2}}{{$x}}{{$y = 3}}', 'template: :1:35: executing "" at <3>: undefined variable: $y'],
    ['{{if eq (index .RepoTags 0) "aaaaaaaaaaaaaaaaaaaaaaaaaaaaa" "b"}}{{end}}{{index 1 2}}', 'template: :1:74: executing "" at <index 1 2>: error calling index: can\'t index item of type int'],
    ['{{}}', 'template: :1: missing value for command'],
    ['{{ }', 'template: :1: unexpected "}" in command'],
    ['a\n{{if 1}}', 'template: :2: unexpected EOF'],
  ])('%s', (template, expected) => {
    expect(inspect(template)).toBe(`ERR ${expected}`);
  });

  it('lets a row marshal itself, as docker ps rows do (HTML-escaped, sorted keys)', () => {
    // docker ps -a --format '{{json .}}' printed "Ports":"0.0.0.0:8080-\u003e80/tcp"
    const row = { Names: 'gtB', Ports: '0.0.0.0:8080->80/tcp', [goMarshalJSON]: () => encodeGoJSON(new Map([['Ports', '0.0.0.0:8080->80/tcp'], ['Names', 'gtB']]), { escapeHTML: true }) };
    expect(run('{{json .}}', row, '*formatter.ContainerContext')).toBe('{"Names":"gtB","Ports":"0.0.0.0:8080-\\u003e80/tcp"}');
  });

  it('keeps what was written before an execution error', () => {
    const template = parseTemplate('ab{{.Nope}}');
    expect(template).not.toBeInstanceOf(TemplateError);
    const result = execute(template as Exclude<typeof template, TemplateError>, imageRow, { typeName: imageRowType });
    expect(result).toBeInstanceOf(TemplateError);
    expect((result as TemplateError).output).toBe('ab');
    expect((result as TemplateError).phase).toBe('execute');
  });
});

describe('Docker format preprocessing and tables', () => {
  it.each([
    // docker images busybox:latest --format '  {{.Tag}}  '
    ['  {{.Tag}}  ', { table: false, text: '{{.Tag}}' }],
    // docker images busybox:latest --format '{{.Tag}}\t{{.ID}}\n{{.Repository}}'
    ['{{.Tag}}\\t{{.ID}}\\n{{.Repository}}', { table: false, text: '{{.Tag}}\t{{.ID}}\n{{.Repository}}' }],
    // docker images busybox:latest --format "$(printf '\t{{.Tag}}')"  (tabs are not trimmed)
    ['\t{{.Tag}}', { table: false, text: '\t{{.Tag}}' }],
    // docker volume ls --format 'tablex {{.Name}}'
    ['tablex {{.Name}}', { table: true, text: 'x {{.Name}}' }],
    // docker volume ls --format '  table {{.Name}}' (not a table)
    ['  table {{.Name}}', { table: false, text: 'table {{.Name}}' }],
    // docker volume ls --format json
    ['json', { table: false, text: '{{json .}}' }],
  ])('%j', (format, expected) => {
    expect(prepareDockerFormat(format)).toEqual(expected);
  });

  const volumeHeaders = new Map([
    ['Name', 'VOLUME NAME'],
    ['Driver', 'DRIVER'],
    ['Scope', 'SCOPE'],
    ['Mountpoint', 'MOUNTPOINT'],
  ]);
  const volumes = [
    { Name: 'averyveryverylongvolumename', Driver: 'local', Scope: 'local', Mountpoint: '/var/lib/docker/volumes/a/_data' },
    { Name: 'v1', Driver: 'local', Scope: 'local', Mountpoint: '/var/lib/docker/volumes/v1/_data' },
  ];
  const render = (format: string, rows: unknown[] = volumes): string => {
    const output = renderDockerFormat(format, rows, { headers: volumeHeaders, typeName: '*formatter.volumeContext' });
    return output instanceof TemplateError ? `ERR ${output.message}` : output;
  };

  it.each([
    // docker volume ls --format 'table   {{.Name}}\t{{.Driver}}  '
    ['table   {{.Name}}\\t{{.Driver}}  ', 'VOLUME NAME                   DRIVER\naveryveryverylongvolumename   local\nv1                            local\n'],
    // docker volume ls --format 'table {{.Name}}\n{{.Driver}}\t{{.Scope}}'
    ['table {{.Name}}\\n{{.Driver}}\\t{{.Scope}}', 'VOLUME NAME\nDRIVER    SCOPE\naveryveryverylongvolumename\nlocal     local\nv1\nlocal     local\n'],
    // docker volume ls --format 'table {{.Name}}\t{{.Driver}}\t'
    ['table {{.Name}}\\t{{.Driver}}\\t', 'VOLUME NAME                   DRIVER    \naveryveryverylongvolumename   local     \nv1                            local     \n'],
    // docker volume ls --format 'table {{.Name}}\t\t{{.Driver}}'
    ['table {{.Name}}\\t\\t{{.Driver}}', 'VOLUME NAME                             DRIVER\naveryveryverylongvolumename             local\nv1                                      local\n'],
    // docker volume ls --format 'table {{if eq .Name "v1"}}{{.Name}}\t{{.Driver}}{{else}}{{.Name}}{{end}}\t{{.Scope}}'
    ['table {{if eq .Name "v1"}}{{.Name}}\\t{{.Driver}}{{else}}{{.Name}}{{end}}\\t{{.Scope}}', 'VOLUME NAME                   SCOPE\naveryveryverylongvolumename   local\nv1                            local     local\n'],
    // docker volume ls --format '{{.Name}}\t{{.Driver}}'
    ['{{.Name}}\\t{{.Driver}}', 'averyveryverylongvolumename\tlocal\nv1\tlocal\n'],
    // docker volume ls --format 'table {{.Name}}\t{{.Nope}}'
    ['table {{.Name}}\\t{{.Nope}}', 'ERR template: :1:12: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.volumeContext'],
  ])('%s', (format, expected) => {
    expect(render(format)).toBe(expected);
  });

  it.each([
    // docker volume ls -f name=zzz --format 'table {{.Nope}}\t{{.Name}}|{{eq .Nope "x"}}|{{len .Nope}}'
    ['table {{.Nope}}\\t{{.Name}}|{{eq .Nope "x"}}|{{len .Nope}}', '<no value>   VOLUME NAME|false|\n'],
    // docker volume ls -f name=zzz --format 'table {{.Name}}\t{{print .Nope}}\t{{upper .Name}}\t{{join .Name ","}}\t{{pad .Name 1 1}}\t{{json .Name}}\t{{truncate .Name 2}}\t{{.Name | printf "%s!"}}'
    [
      'table {{.Name}}\\t{{print .Nope}}\\t{{upper .Name}}\\t{{join .Name ","}}\\t{{pad .Name 1 1}}\\t{{json .Name}}\\t{{truncate .Name 2}}\\t{{.Name | printf "%s!"}}',
      'VOLUME NAME   <nil>     VOLUME NAME   VOLUME NAME    VOLUME NAME    VOLUME NAME   VOLUME NAME   VOLUME NAME!\n',
    ],
    // docker volume ls -f name=zzz --format 'table {{upper .Nope}}x'
    ['table {{upper .Nope}}x', '\n'],
  ])('header only: %s', (format, expected) => {
    expect(render(format, [])).toBe(expected);
  });

  it('aligns like docker ps (minwidth 10, padding 3, widths counted in runes)', () => {
    // docker ps -a --format 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}'
    const text =
      'CONTAINER ID\tIMAGE\tCOMMAND\tSTATUS\tPORTS\tNAMES\n' +
      '2d79d596e39f\tnginx\t"/docker-entrypoint.…"\tUp Less than a second\t0.0.0.0:8080->80/tcp, :::8080->80/tcp\tgtB\n' +
      '17a7f518a749\tbusybox\t"sleep 1000"\tCreated\t\tgtA\n';
    expect(formatTable(text)).toBe(
      'CONTAINER ID   IMAGE     COMMAND                  STATUS                  PORTS                                   NAMES\n' +
        '2d79d596e39f   nginx     "/docker-entrypoint.…"   Up Less than a second   0.0.0.0:8080->80/tcp, :::8080->80/tcp   gtB\n' +
        '17a7f518a749   busybox   "sleep 1000"             Created                                                         gtA\n',
    );
  });
});
