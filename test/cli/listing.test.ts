import { describe, expect, it } from 'vitest';
import {
  ellipsis,
  formatG,
  goTimeString,
  humanDuration,
  humanSize,
  indentJson,
  naturalLess,
  pathMatch,
  rfc3339,
  tableSize,
  truncateId,
  writeList,
} from '../../src/engine/cli/format.ts';
import { createWorld, runLine, type World } from '../../src/engine/engine.ts';

/** Runs lines in one fresh world; returns what the last one printed and its exit code. */
function session(...lines: string[]): { output: string; exitCode: number; world: World } {
  let world = createWorld();
  let last = { output: '', exitCode: 0 };
  for (const line of lines) {
    const result = runLine(world, line);
    world = result.world;
    last = result;
  }
  return { ...last, world };
}

/** Columns of a table line, split on Docker's padding (two or more spaces). */
const columns = (line: string): string[] => line.split(/ {2,}/).map((c) => c.trim());

describe('format helpers', () => {
  it.each([
    [0, 'Less than a second'],
    [0.9, 'Less than a second'],
    [1, '1 second'],
    [59, '59 seconds'],
    [60, 'About a minute'],
    [119, 'About a minute'],
    [120, '2 minutes'],
    [3599, '59 minutes'],
    [3600, 'About an hour'],
    [2 * 3600, '2 hours'],
    [47 * 3600, '47 hours'],
    [48 * 3600, '2 days'],
    [14 * 86400, '2 weeks'],
    [60 * 86400, '2 months'],
    [2 * 365 * 86400, '2 years'],
  ])('humanDuration(%d) = %s', (seconds, text) => {
    expect(humanDuration(seconds)).toBe(text);
  });

  it.each([
    [0, 3, '0B'],
    [3, 3, '3B'],
    [30, 3, '30B'],
    [999, 3, '999B'],
    [1000, 3, '1kB'],
    [1982540, 3, '1.98MB'],
    [1982540, 4, '1.983MB'],
    [999_999, 3, '1e+03kB'],
    [1_500_000_000, 3, '1.5GB'],
  ])('go-units size of %d with %d digits is %s', (bytes, precision, text) => {
    expect(precision === 3 ? tableSize(bytes) : humanSize(bytes)).toBe(text);
  });

  it.each([
    [1234.5, 3, '1.23e+03'],
    [0.0001234, 3, '0.000123'],
    [0.00001234, 3, '1.23e-05'],
    [100, 3, '100'],
    [2.5, 4, '2.5'],
  ])('formatG(%d, %d) = %s (Go %%.*g)', (value, precision, text) => {
    expect(formatG(value, precision)).toBe(text);
  });

  it('cuts with an ellipsis as docker ps cuts COMMAND', () => {
    expect(ellipsis("/docker-entrypoint.sh nginx -g 'daemon off;'", 20)).toBe('/docker-entrypoint.…');
    expect(ellipsis('echo hi', 20)).toBe('echo hi');
    expect(ellipsis('abc', 1)).toBe('a');
    expect(ellipsis('abc', 0)).toBe('');
  });

  it('truncates ids with or without sha256:', () => {
    expect(truncateId('sha256:0369b72ecc76938cc369c657d6e0127760173a01bec37e535f7e7fff5811724e')).toBe('0369b72ecc76');
    expect(truncateId('0369b72ecc76938cc369c657d6e0127760173a01bec37e535f7e7fff5811724e')).toBe('0369b72ecc76');
  });

  it('prints clock values as Docker times', () => {
    expect(rfc3339(5)).toBe('2026-01-01T00:00:05Z');
    expect(goTimeString(65)).toBe('2026-01-01 00:01:05 +0000 UTC');
  });

  it('sorts names naturally, as docker volume ls does', () => {
    const names = ['vol10', 'vol2', 'b', 'a1', 'vol1'];
    expect([...names].sort((a, b) => (naturalLess(a, b) ? -1 : naturalLess(b, a) ? 1 : 0))).toEqual(['a1', 'b', 'vol1', 'vol2', 'vol10']);
  });

  it.each([
    ['bus*', 'busybox', true],
    ['bus*', 'library/busybox', false],
    ['busybox:1.3?', 'busybox:1.36', true],
    ['[a-c]*', 'busybox', true],
    ['snap', 'snapshot', false],
  ])('path.Match(%s, %s) = %s', (pattern, name, matches) => {
    expect(pathMatch(pattern, name)).toBe(matches);
  });

  it('indents JSON as Go json.Indent does', () => {
    expect(indentJson('[{"A":[],"B":{},"C":[1,2],"D":"x,{"}]')).toBe(
      '[\n    {\n        "A": [],\n        "B": {},\n        "C": [\n            1,\n            2\n        ],\n        "D": "x,{"\n    }\n]',
    );
  });

  it('renders a table with a header row and tabwriter columns', () => {
    const headers = new Map([['Name', 'VOLUME NAME'], ['Driver', 'DRIVER']]);
    const result = writeList('table {{.Driver}}\\t{{.Name}}', [{ Driver: 'local', Name: 'data' }], headers, '*formatter.volumeContext');
    expect(result).toEqual({ ok: true, text: 'DRIVER    VOLUME NAME\nlocal     data\n' });
  });

  it('reports template errors with Docker\'s prefix', () => {
    expect(writeList('{{.Name', [], new Map(), 'x')).toEqual({ ok: false, error: 'template parsing error: template: :1: unclosed action' });
    expect(writeList('{{.Nope}}', [{ Name: 'a' }], new Map(), '*formatter.volumeContext')).toEqual({
      ok: false,
      error: 'template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.volumeContext',
    });
  });
});

describe('docker ps', () => {
  it('prints only the header when nothing runs', () => {
    expect(session('docker ps').output).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n');
  });

  it('lists running containers, and all of them with -a, newest first', () => {
    const running = session('docker run -d --name web nginx', 'docker run --name done busybox echo hi', 'docker ps');
    const lines = running.output.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(columns(lines[1])).toEqual([expect.stringMatching(/^[0-9a-f]{12}$/), 'nginx', '"/docker-entrypoint.…"', '2 seconds ago', 'Up 2 seconds', 'web']);
    const all = runLine(running.world, 'docker ps -a').output.trimEnd().split('\n');
    expect(all.map((l) => columns(l).at(-1))).toEqual(['NAMES', 'done', 'web']);
    expect(columns(all[1])[4]).toBe('Exited (0) 2 seconds ago');
  });

  it('shows each state in STATUS and STATE', () => {
    const result = session(
      'docker create --name fresh busybox',
      'docker run -d --name up busybox sleep 100000',
      'docker run -d --name frozen busybox sleep 100000',
      'docker pause frozen',
      "docker run --name failed busybox sh -c 'exit 3'",
      "docker ps -a --format '{{.Names}}|{{.State}}|{{.Status}}'",
    );
    expect(result.output.split('\n')).toEqual([
      'failed|exited|Exited (3) 1 second ago',
      'frozen|paused|Up 3 seconds (Paused)',
      'up|running|Up 4 seconds',
      'fresh|created|Created',
      '',
    ]);
  });

  it('quotes the command, cuts it unless --no-trunc, and quotes arguments with spaces', () => {
    const result = session("docker run --name done busybox sh -c 'echo hi > /f'", "docker ps -a --no-trunc --format '{{.Command}} {{.ID}}'");
    expect(result.output).toMatch(/^"sh -c 'echo hi > \/f'" [0-9a-f]{64}\n$/);
  });

  it('adds SIZE with -s, in the "0B (virtual 1.98MB)" form', () => {
    const result = session("docker run --name done busybox sh -c 'echo hi > /f'", 'docker ps -a -s');
    const [header, line] = result.output.trimEnd().split('\n');
    expect(columns(header).at(-1)).toBe('SIZE');
    expect(columns(line).at(-1)).toMatch(/^3B \(virtual \d+(\.\d+)?MB\)$/);
  });

  it('filters by status, name, id, ancestor, volume and exit code', () => {
    const lines = [
      'docker create --name fresh busybox',
      'docker run -d --name web -v html:/usr/share/nginx/html nginx',
      'docker run --name done busybox true',
      'docker run --name bad busybox false',
    ];
    const names = (filter: string) => session(...lines, `docker ps -a ${filter} --format '{{.Names}}'`).output.trimEnd().split('\n');
    expect(names('--filter status=exited')).toEqual(['bad', 'done']);
    expect(names('--filter status=created --filter status=running')).toEqual(['web', 'fresh']);
    expect(names('--filter name=^d')).toEqual(['done']);
    expect(names('--filter ancestor=busybox')).toEqual(['bad', 'done', 'fresh']);
    expect(names('--filter volume=html')).toEqual(['web']);
    expect(names('--filter volume=/usr/share/nginx/html')).toEqual(['web']);
    expect(names('--filter exited=1')).toEqual(['bad']);
    expect(names('--filter name=web --filter status=exited')).toEqual(['']);
    // A status filter lists stopped containers without -a (83-fmt-ps-filters.t).
    expect(session(...lines, "docker ps --filter status=exited --format '{{.Names}}'").output).toBe('bad\ndone\n');
    const id = session(...lines, "docker ps -aq --filter name=web").output.trim();
    expect(names(`--filter id=${id.slice(0, 5)}`)).toEqual(['web']);
  });

  it('answers bad filters with the daemon\'s errors', () => {
    expect(session('docker ps --filter status=sleeping')).toMatchObject({ output: "Error response from daemon: invalid filter 'status=sleeping'\n", exitCode: 1 });
    expect(session('docker ps --filter bogus=1')).toMatchObject({ output: "Error response from daemon: invalid filter 'bogus'\n", exitCode: 1 });
    expect(session('docker ps --filter exited=x').output).toBe(
      "Error response from daemon: invalid filter 'exited=x': strconv.Atoi: parsing \"x\": invalid syntax\n",
    );
  });

  it('checks a custom format on an empty container before listing', () => {
    expect(session("docker ps --format '{{.Nope}}'")).toMatchObject({
      output: 'failed to execute template: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext\n',
      exitCode: 1,
    });
    expect(session("docker ps --format '{{.Names'")).toMatchObject({ output: 'failed to parse template: template: :1: unclosed action\n', exitCode: 1 });
  });

  it('warns that -q wins over --format', () => {
    const result = session('docker run -d --name web nginx', "docker ps -q --format '{{.Names}}'");
    expect(result.output).toMatch(/^WARNING: Ignoring custom format, because both --format and --quiet are set.\n[0-9a-f]{12}\n$/);
  });

  it('prints {{json .}} with sorted keys and HTML escaping', () => {
    const result = session("docker run --name done -v /home/learner:/h busybox sh -c 'echo hi > /f'", "docker ps -a --format '{{json .}}'");
    const object = JSON.parse(result.output);
    expect(Object.keys(object)).toEqual(['Command', 'CreatedAt', 'ID', 'Image', 'Labels', 'LocalVolumes', 'Mounts', 'Names', 'Networks', 'Ports', 'RunningFor', 'Size', 'State', 'Status']);
    expect(result.output).toContain('"Command":"\\"sh -c \'echo hi \\u003e /f\'\\""');
    expect(object).toMatchObject({ Mounts: '/home/learner', LocalVolumes: '0', Networks: 'bridge', Labels: '', Ports: '' });
  });

  it('takes the header from the template run on the column titles', () => {
    const result = session('docker run -d --name web nginx', "docker ps --format 'table {{.Names}} {{upper .Image}} {{json .Status}}'");
    expect(result.output).toBe('NAMES IMAGE STATUS\nweb NGINX "Up 1 second"\n');
  });

  it('shows -n and -l of all containers', () => {
    const lines = ['docker run --name one busybox true', 'docker run --name two busybox true'];
    expect(session(...lines, "docker ps -n 1 --format '{{.Names}}'").output).toBe('two\n');
    expect(session(...lines, "docker ps -l --format '{{.Names}}'").output).toBe('two\n');
  });
});

describe('docker images', () => {
  it('lists every tag, newest image first, with dangling commits as <none>', () => {
    const result = session("docker run --name done busybox sh -c 'echo x > /x'", 'docker commit done', 'docker images');
    const lines = result.output.trimEnd().split('\n');
    expect(columns(lines[0])).toEqual(['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE']);
    expect(columns(lines[1]).slice(0, 2)).toEqual(['<none>', '<none>']);
    expect(lines).toHaveLength(2 + 12);
  });

  it('filters by reference, dangling and a REPOSITORY[:TAG] argument', () => {
    const lines = ["docker run --name done busybox sh -c 'echo x > /x'", 'docker commit done', 'docker commit done snap'];
    const format = "--format '{{.Repository}}:{{.Tag}}'";
    expect(session(...lines, `docker images busybox ${format}`).output).toBe('busybox:1.36\nbusybox:latest\n');
    expect(session(...lines, `docker images busybox:1.36 ${format}`).output).toBe('busybox:1.36\n');
    expect(session(...lines, `docker images --filter reference='s*' ${format}`).output).toBe('snap:latest\n');
    expect(session(...lines, `docker images --filter dangling=true ${format}`).output).toBe('<none>:<none>\n');
    expect(session(...lines, 'docker images nosuch').output).toBe('REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n');
    expect(session(...lines, 'docker images -q busybox').output).toMatch(/^([0-9a-f]{12})\n\1\n$/);
  });

  it('answers bad filters and template errors as Docker does', () => {
    expect(session('docker images --filter dangling=maybe').output).toBe("Error response from daemon: invalid filter 'dangling=[maybe]'\n");
    expect(session('docker images --filter bogus=1').output).toBe("Error response from daemon: invalid filter 'bogus'\n");
    expect(session("docker images --format '{{.Nope}}'")).toMatchObject({
      output: 'template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.imageContext\n',
      exitCode: 1,
    });
  });
});

describe('docker history', () => {
  it('shows the build steps newest first, CREATED BY cut to 45', () => {
    const lines = session('docker history nginx').output.trimEnd().split('\n');
    expect(columns(lines[0])).toEqual(['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT']);
    expect(lines[1]).toMatch(/^[0-9a-f]{12} {3}\d+ seconds? ago {3}\/bin\/sh -c #\(nop\) {2}CMD \["nginx" "-g" "daemon… {3}0B {8}$/);
    expect(lines.at(-1)).toMatch(/ \/bin\/sh -c #\(nop\) ADD file:[0-9a-f]{17}… {3}/);
  });

  it('prints exact times and bytes with -H=false, full text with --no-trunc, ids with -q', () => {
    expect(session("docker history -H=false --format '{{.CreatedSince}} {{.Size}}' busybox").output.split('\n')[0]).toMatch(/^2026-01-01T00:00:00Z 0$/);
    expect(session("docker history --no-trunc --format '{{.CreatedBy}}' nginx").output.split('\n')[0]).toBe('/bin/sh -c #(nop)  CMD ["nginx" "-g" "daemon off;"]');
    expect(session('docker history -q busybox').output).toMatch(/^([0-9a-f]{12}\n){4}$/);
    expect(session('docker history -q --no-trunc busybox').output).toMatch(/^(sha256:[0-9a-f]{64}\n){4}$/);
  });

  it('fails for a missing image', () => {
    expect(session('docker history nosuch')).toMatchObject({ output: 'Error response from daemon: No such image: nosuch:latest\n', exitCode: 1 });
  });
});

describe('docker volume ls', () => {
  it('lists volumes by name with the dangling filter', () => {
    const lines = ['docker volume create vol10', 'docker volume create vol2', 'docker run -d --name box -v used:/data busybox sleep 100000'];
    expect(session(...lines, 'docker volume ls').output).toBe('DRIVER    VOLUME NAME\nlocal     used\nlocal     vol2\nlocal     vol10\n');
    expect(session(...lines, 'docker volume ls -q -f dangling=true').output).toBe('vol2\nvol10\n');
    expect(session(...lines, 'docker volume ls -q --filter dangling=false').output).toBe('used\n');
    expect(session(...lines, 'docker volume ls -q --filter name=vol1').output).toBe('vol10\n');
  });

  it('labels anonymous volumes and filters on labels', () => {
    const result = session('docker run -d --name box -v /anon busybox sleep 100000', "docker volume ls -q -f label=com.docker.volume.anonymous | wc -l");
    expect(result.output.trim()).toBe('1');
  });

  it('answers bad filters with the daemon\'s errors', () => {
    expect(session('docker volume ls -f dangling=maybe').output).toBe("Error response from daemon: invalid filter 'dangling=[maybe]'\n");
    expect(session('docker volume ls -f bogus=1').output).toBe("Error response from daemon: invalid filter 'bogus'\n");
  });

  it('formats with templates, tables and json', () => {
    const lines = ['docker volume create data'];
    expect(session(...lines, "docker volume ls --format 'table {{.Name}}\\t{{.Mountpoint}}'").output).toBe(
      'VOLUME NAME   MOUNTPOINT\ndata          /var/lib/docker/volumes/data/_data\n',
    );
    expect(session(...lines, "docker volume ls --format '{{json .}}'").output).toBe(
      '{"Availability":"N/A","Driver":"local","Group":"N/A","Labels":"","Links":"N/A","Mountpoint":"/var/lib/docker/volumes/data/_data","Name":"data","Scope":"local","Size":"N/A","Status":"N/A"}\n',
    );
    // No volumes: the template never runs, so a bad field is not noticed (87-fmt-template-errors.t).
    expect(session("docker volume ls --format '{{.Nope}}'")).toMatchObject({ output: '', exitCode: 0 });
  });
});
