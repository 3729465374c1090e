import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMANDS, type FlagValue } from '../../src/engine/cli/commandTable.ts';
import { COMMAND_HELP } from '../../src/engine/cli/help/helpTexts.ts';
import {
  commandHelp,
  commandPaths,
  flagBool,
  flagList,
  flagNumber,
  flagString,
  parseDockerArgs,
  parseMountSpec,
  runStyleError,
  type CliOutput,
  type ParsedCommand,
} from '../../src/engine/cli/parseArgs.ts';

function parsed(argv: string[]): ParsedCommand {
  const result = parseDockerArgs(argv);
  if (result.kind !== 'command') throw new Error(`expected a command, got ${JSON.stringify(result)}`);
  return result;
}

function printed(argv: string[]): CliOutput {
  const result = parseDockerArgs(argv);
  if (result.kind !== 'output') throw new Error(`expected output, got ${JSON.stringify(result)}`);
  return result;
}

describe('parsing commands', () => {
  const cases: {
    argv: string[];
    id: string;
    path: string;
    args: string[];
    flags?: Record<string, FlagValue>;
    changed?: string[];
  }[] = [
    {
      argv: ['run', '-d', '--name=web', '-v', 'html:/usr/share/nginx/html', 'nginx'],
      id: 'container.run',
      path: 'docker run',
      args: ['nginx'],
      flags: { detach: true, name: 'web', volume: ['html:/usr/share/nginx/html'], rm: false, 'sig-proxy': true },
      changed: ['detach', 'name', 'volume'],
    },
    // run stops at the image: the rest is the container's command, flags included.
    { argv: ['run', '--rm', 'busybox', 'ls', '-a', '/'], id: 'container.run', path: 'docker run', args: ['busybox', 'ls', '-a', '/'] },
    { argv: ['run', 'busybox', '--help'], id: 'container.run', path: 'docker run', args: ['busybox', '--help'] },
    { argv: ['run', '-dit', 'busybox'], id: 'container.run', path: 'docker run', args: ['busybox'], flags: { detach: true, interactive: true, tty: true } },
    { argv: ['run', '-h', 'box', 'busybox', 'hostname'], id: 'container.run', path: 'docker run', args: ['busybox', 'hostname'], flags: { hostname: 'box' } },
    { argv: ['run', '-vdata:/d', '-v=x:/y', '--volume', 'z:/z', 'busybox'], id: 'container.run', path: 'docker run', args: ['busybox'], flags: { volume: ['data:/d', 'x:/y', 'z:/z'] } },
    { argv: ['run', '--rm=false', '-d=true', 'busybox'], id: 'container.run', path: 'docker run', args: ['busybox'], flags: { rm: false, detach: true } },
    { argv: ['run', '--', 'busybox'], id: 'container.run', path: 'docker run', args: ['busybox'] },
    { argv: ['container', 'run', '--name', 'a', '--name', 'b', 'busybox'], id: 'container.run', path: 'docker container run', args: ['busybox'], flags: { name: 'b' } },
    { argv: ['create', '--mount', 'type=volume,src=d,dst=/d', '--tmpfs', '/t', 'busybox'], id: 'container.create', path: 'docker create', args: ['busybox'], flags: { mount: ['type=volume,src=d,dst=/d'], tmpfs: ['/t'] } },
    { argv: ['exec', '-it', 'box', 'sh', '-c', 'ls -l'], id: 'container.exec', path: 'docker exec', args: ['box', 'sh', '-c', 'ls -l'], flags: { interactive: true, tty: true } },
    // Other commands take flags anywhere.
    { argv: ['rm', 'box', '-f'], id: 'container.rm', path: 'docker rm', args: ['box'], flags: { force: true, volumes: false } },
    { argv: ['rm', '-fv', 'a', 'b'], id: 'container.rm', path: 'docker rm', args: ['a', 'b'], flags: { force: true, volumes: true } },
    { argv: ['rm', '--', '-x'], id: 'container.rm', path: 'docker rm', args: ['-x'] },
    { argv: ['rm', '-'], id: 'container.rm', path: 'docker rm', args: ['-'] },
    { argv: ['container', 'remove', 'a'], id: 'container.rm', path: 'docker container rm', args: ['a'] },
    { argv: ['stop', '-t', '5', 'web'], id: 'container.stop', path: 'docker stop', args: ['web'], flags: { time: 5 }, changed: ['time'] },
    { argv: ['stop', '-t0x10', 'web'], id: 'container.stop', path: 'docker stop', args: ['web'], flags: { time: 16 } },
    { argv: ['stop', 'web'], id: 'container.stop', path: 'docker stop', args: ['web'], flags: { time: 0 }, changed: [] },
    { argv: ['ps', '-aq'], id: 'container.ls', path: 'docker ps', args: [], flags: { all: true, quiet: true, last: -1 } },
    { argv: ['ps', '-n', '-5'], id: 'container.ls', path: 'docker ps', args: [], flags: { last: -5 } },
    { argv: ['container', 'ls', '-a'], id: 'container.ls', path: 'docker container ls', args: [] },
    { argv: ['container', 'ps'], id: 'container.ls', path: 'docker container ls', args: [] },
    { argv: ['container', 'list'], id: 'container.ls', path: 'docker container ls', args: [] },
    { argv: ['logs', '-n', '5', 'web'], id: 'container.logs', path: 'docker logs', args: ['web'], flags: { tail: '5' } },
    { argv: ['logs', 'web'], id: 'container.logs', path: 'docker logs', args: ['web'], flags: { tail: 'all' } },
    { argv: ['commit', 'web', 'snap:v1'], id: 'container.commit', path: 'docker commit', args: ['web', 'snap:v1'], flags: { pause: true } },
    { argv: ['cp', 'box:/etc/hostname', '.'], id: 'container.cp', path: 'docker cp', args: ['box:/etc/hostname', '.'] },
    { argv: ['container', 'prune', '-f', '--filter', 'until=1h'], id: 'container.prune', path: 'docker container prune', args: [], flags: { force: true, filter: ['until=1h'] } },
    { argv: ['inspect', '-f', '{{.Mounts}}', 'web'], id: 'inspect', path: 'docker inspect', args: ['web'], flags: { format: '{{.Mounts}}' } },
    { argv: ['container', 'inspect', 'web'], id: 'container.inspect', path: 'docker container inspect', args: ['web'] },
    { argv: ['images', '-q', 'busybox'], id: 'image.ls', path: 'docker images', args: ['busybox'], flags: { quiet: true } },
    { argv: ['image', 'list'], id: 'image.ls', path: 'docker image ls', args: [] },
    { argv: ['rmi', 'snap'], id: 'image.rm', path: 'docker rmi', args: ['snap'] },
    { argv: ['image', 'remove', 'snap'], id: 'image.rm', path: 'docker image rm', args: ['snap'] },
    { argv: ['history', '--no-trunc', 'busybox'], id: 'image.history', path: 'docker history', args: ['busybox'], flags: { human: true, 'no-trunc': true } },
    { argv: ['tag', 'busybox:1.36', 'busybox:latest'], id: 'image.tag', path: 'docker tag', args: ['busybox:1.36', 'busybox:latest'] },
    { argv: ['volume', 'create', 'dbdata'], id: 'volume.create', path: 'docker volume create', args: ['dbdata'], flags: { driver: 'local', label: [] } },
    { argv: ['volume', 'create', '--name', 'other'], id: 'volume.create', path: 'docker volume create', args: [], flags: { name: 'other' } },
    { argv: ['volume', 'ls', '-f', 'dangling=true', '-q'], id: 'volume.ls', path: 'docker volume ls', args: [], flags: { filter: ['dangling=true'], quiet: true } },
    { argv: ['volume', 'list'], id: 'volume.ls', path: 'docker volume ls', args: [] },
    { argv: ['volume', 'remove', 'a', 'b'], id: 'volume.rm', path: 'docker volume rm', args: ['a', 'b'] },
    { argv: ['volume', 'prune', '-af'], id: 'volume.prune', path: 'docker volume prune', args: [], flags: { all: true, force: true } },
    // Root flags come before the command name.
    { argv: ['-D', 'ps'], id: 'container.ls', path: 'docker ps', args: [] },
    { argv: ['--version', 'rm', 'x'], id: 'container.rm', path: 'docker rm', args: ['x'] },
    { argv: ['--', 'rm', 'x'], id: 'container.rm', path: 'docker rm', args: ['x'] },
  ];
  it.each(cases)('docker $argv', ({ argv, id, path, args, flags, changed }) => {
    const result = parsed(argv);
    expect(result.command.id).toBe(id);
    expect(result.path).toBe(path);
    expect(result.args).toEqual(args);
    for (const [name, value] of Object.entries(flags ?? {})) expect(result.flags[name], name).toEqual(value);
    if (changed) expect(result.changed).toEqual(changed);
    expect(result.notice).toBe('');
  });

  it('fills every flag with its default', () => {
    const result = parsed(['rm', 'x']);
    expect(result.flags).toEqual({ force: false, link: false, volumes: false });
    expect(result.globalFlags.debug).toBe(false);
    expect(parsed(['-D', 'rm', 'x']).globalFlags.debug).toBe(true);
  });

  it('reads typed values through the accessors', () => {
    const result = parsed(['run', '-m', '1.5g', '--cpus', '1.5', '--health-interval', '1m30s', '-e', 'A=1', '-e', 'B', 'busybox']);
    expect(flagNumber(result, 'memory')).toBe(1.5 * 2 ** 30);
    expect(flagNumber(result, 'cpus')).toBe(1.5);
    expect(flagNumber(result, 'health-interval')).toBe(90e9);
    expect(flagList(result, 'env')).toEqual(['A=1', 'B']);
    expect(flagBool(result, 'rm')).toBe(false);
    expect(flagString(result, 'name')).toBe('');
    expect(() => flagBool(result, 'memory')).toThrow();
    expect(flagNumber(parsed(['run', '--memory-swap', '-1', 'busybox']), 'memory-swap')).toBe(-1);
  });

  it('says when a real docker command is not modelled', () => {
    expect(parseDockerArgs(['network', 'ls'])).toEqual({ kind: 'unsupported', path: 'docker network', args: ['ls'] });
    expect(parseDockerArgs(['container', 'top', 'web'])).toEqual({ kind: 'unsupported', path: 'docker container top', args: ['web'] });
  });
});

describe('usage errors, as Docker 26.1 prints them', () => {
  const see = (path: string): string => `See '${path} --help'.\n`;
  const cases: { argv: string[]; output: string; exitCode: number }[] = [
    { argv: ['run', '--bogus', 'busybox'], output: `unknown flag: --bogus\n${see('docker run')}`, exitCode: 125 },
    { argv: ['run', '--bogus=1', 'busybox'], output: `unknown flag: --bogus\n${see('docker run')}`, exitCode: 125 },
    { argv: ['run', '-dz', 'busybox'], output: `unknown shorthand flag: 'z' in -z\n${see('docker run')}`, exitCode: 125 },
    { argv: ['rm', '-force', 'c1'], output: `unknown shorthand flag: 'o' in -orce\n${see('docker rm')}`, exitCode: 125 },
    { argv: ['rm', '-f=', 'c1'], output: `unknown shorthand flag: '=' in -=\n${see('docker rm')}`, exitCode: 125 },
    { argv: ['rm', '---x', 'c1'], output: `bad flag syntax: ---x\n${see('docker rm')}`, exitCode: 125 },
    { argv: ['run', '--name'], output: `flag needs an argument: --name\n${see('docker run')}`, exitCode: 125 },
    { argv: ['run', '-h'], output: `flag needs an argument: 'h' in -h\n${see('docker run')}`, exitCode: 125 },
    { argv: ['container', 'remove', '--bogus'], output: `unknown flag: --bogus\n${see('docker container rm')}`, exitCode: 125 },
    { argv: ['stop', '-t', 'abc', 'c1'], output: `invalid argument "abc" for "-t, --time" flag: strconv.ParseInt: parsing "abc": invalid syntax\n${see('docker stop')}`, exitCode: 125 },
    { argv: ['stop', '--time', '1.5', 'c1'], output: `invalid argument "1.5" for "-t, --time" flag: strconv.ParseInt: parsing "1.5": invalid syntax\n${see('docker stop')}`, exitCode: 125 },
    { argv: ['stop', '-time', '5', 'c1'], output: `invalid argument "ime" for "-t, --time" flag: strconv.ParseInt: parsing "ime": invalid syntax\n${see('docker stop')}`, exitCode: 125 },
    { argv: ['ps', '-n', '99999999999999999999'], output: `invalid argument "99999999999999999999" for "-n, --last" flag: strconv.ParseInt: parsing "99999999999999999999": value out of range\n${see('docker ps')}`, exitCode: 125 },
    { argv: ['ps', '-n', '1__0'], output: `invalid argument "1__0" for "-n, --last" flag: strconv.ParseInt: parsing "1__0": invalid syntax\n${see('docker ps')}`, exitCode: 125 },
    { argv: ['ps', '-n', '08'], output: `invalid argument "08" for "-n, --last" flag: strconv.ParseInt: parsing "08": invalid syntax\n${see('docker ps')}`, exitCode: 125 },
    { argv: ['rm', '--force=abc', 'c1'], output: `invalid argument "abc" for "-f, --force" flag: strconv.ParseBool: parsing "abc": invalid syntax\n${see('docker rm')}`, exitCode: 125 },
    { argv: ['create', '--rm=', 'x'], output: `invalid argument "" for "--rm" flag: strconv.ParseBool: parsing "": invalid syntax\n${see('docker create')}`, exitCode: 125 },
    { argv: ['rm', '--help=bogus'], output: `invalid argument "bogus" for "--help" flag: strconv.ParseBool: parsing "bogus": invalid syntax\n${see('docker rm')}`, exitCode: 125 },
    { argv: ['run', '--blkio-weight', '70000', 'x'], output: `invalid argument "70000" for "--blkio-weight" flag: strconv.ParseUint: parsing "70000": value out of range\n${see('docker run')}`, exitCode: 125 },
    { argv: ['run', '--blkio-weight', '-1', 'x'], output: `invalid argument "-1" for "--blkio-weight" flag: strconv.ParseUint: parsing "-1": invalid syntax\n${see('docker run')}`, exitCode: 125 },
    { argv: ['create', '--health-interval', '5', 'x'], output: `invalid argument "5" for "--health-interval" flag: time: missing unit in duration "5"\n${see('docker create')}`, exitCode: 125 },
    { argv: ['create', '--health-interval', '5x', 'x'], output: `invalid argument "5x" for "--health-interval" flag: time: unknown unit "x" in duration "5x"\n${see('docker create')}`, exitCode: 125 },
    { argv: ['create', '--health-interval', '.s', 'x'], output: `invalid argument ".s" for "--health-interval" flag: time: invalid duration ".s"\n${see('docker create')}`, exitCode: 125 },
    { argv: ['create', '-m', '10x', 'x'], output: `invalid argument "10x" for "-m, --memory" flag: invalid size: '10x'\n${see('docker create')}`, exitCode: 125 },
    { argv: ['create', '-m', '1.2.3', 'x'], output: `invalid argument "1.2.3" for "-m, --memory" flag: strconv.ParseFloat: parsing "1.2.3": invalid syntax\n${see('docker create')}`, exitCode: 125 },
    { argv: ['create', '--memory-swap', '-2', 'x'], output: `invalid argument "-2" for "--memory-swap" flag: invalid size: '-2'\n${see('docker create')}`, exitCode: 125 },
    { argv: ['create', '--cpus', '1/3', 'x'], output: `invalid argument "1/3" for "--cpus" flag: value is too precise\n${see('docker create')}`, exitCode: 125 },
    { argv: ['create', '--cpus', 'abc', 'x'], output: `invalid argument "abc" for "--cpus" flag: failed to parse abc as a rational number\n${see('docker create')}`, exitCode: 125 },
    { argv: ['create', '-e', '=x', 'x'], output: `invalid argument "=x" for "-e, --env" flag: invalid environment variable: =x\n${see('docker create')}`, exitCode: 125 },
    { argv: ['create', '-l', 'a b=x', 'x'], output: `invalid argument "a b=x" for "-l, --label" flag: label 'a b' contains whitespaces\n${see('docker create')}`, exitCode: 125 },
    { argv: ['volume', 'create', '--label', '=x'], output: `invalid argument "=x" for "--label" flag: invalid label '=x': empty name\n${see('docker volume create')}`, exitCode: 125 },
    { argv: ['ps', '--filter', 'bogus'], output: `invalid argument "bogus" for "-f, --filter" flag: bad format of filter (expected name=value)\n${see('docker ps')}`, exitCode: 125 },
    { argv: ['run', '--mount', 'abc', 'x'], output: `invalid argument "abc" for "--mount" flag: invalid field 'abc' must be a key=value pair\n${see('docker run')}`, exitCode: 125 },
    { argv: ['rm'], output: `"docker rm" requires at least 1 argument.\n${see('docker rm')}\nUsage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]\n\nRemove one or more containers\n`, exitCode: 1 },
    { argv: ['container', 'remove'], output: `"docker container rm" requires at least 1 argument.\n${see('docker container rm')}\nUsage:  docker container rm [OPTIONS] CONTAINER [CONTAINER...]\n\nRemove one or more containers\n`, exitCode: 1 },
    { argv: ['run', '-dit'], output: `"docker run" requires at least 1 argument.\n${see('docker run')}\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nCreate and run a new container from an image\n`, exitCode: 1 },
    { argv: ['exec', 'c1'], output: `"docker exec" requires at least 2 arguments.\n${see('docker exec')}\nUsage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nExecute a command in a running container\n`, exitCode: 1 },
    { argv: ['rename', 'a'], output: `"docker rename" requires exactly 2 arguments.\n${see('docker rename')}\nUsage:  docker rename CONTAINER NEW_NAME\n\nRename a container\n`, exitCode: 1 },
    { argv: ['commit', 'a', 'b', 'c'], output: `"docker commit" requires at least 1 and at most 2 arguments.\n${see('docker commit')}\nUsage:  docker commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]\n\nCreate a new image from a container's changes\n`, exitCode: 1 },
    { argv: ['cp', 'a'], output: `"docker cp" requires exactly 2 arguments.\n${see('docker cp')}\nUsage:  docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH\n\nCopy files/folders between a container and the local filesystem\n`, exitCode: 1 },
    { argv: ['volume', 'create', 'a', 'b'], output: `"docker volume create" requires at most 1 argument.\n${see('docker volume create')}\nUsage:  docker volume create [OPTIONS] [VOLUME]\n\nCreate a volume\n`, exitCode: 1 },
    { argv: ['volume', 'rm'], output: `"docker volume rm" requires at least 1 argument.\n${see('docker volume rm')}\nUsage:  docker volume rm [OPTIONS] VOLUME [VOLUME...]\n\nRemove one or more volumes\n`, exitCode: 1 },
    { argv: ['ps', '-a=1', '-q', 'x'], output: `"docker ps" accepts no arguments.\n${see('docker ps')}\nUsage:  docker ps [OPTIONS]\n\nList containers\n`, exitCode: 1 },
    { argv: ['bogus'], output: `docker: 'bogus' is not a docker command.\nSee 'docker --help'\n`, exitCode: 1 },
    { argv: [''], output: `docker: '' is not a docker command.\nSee 'docker --help'\n`, exitCode: 1 },
    { argv: ['help', 'bogus'], output: 'unknown help topic: bogus\n', exitCode: 1 },
    { argv: ['help', 'rm', 'x'], output: 'unknown help topic: x\n', exitCode: 1 },
    { argv: ['-v'], output: 'Docker version 26.1.5+dfsg1, build a72d7cd\n', exitCode: 0 },
    // The deprecation line comes first even when the command then fails.
    { argv: ['rm', '-h=false'], output: `Flag shorthand -h has been deprecated, please use --help\n"docker rm" requires at least 1 argument.\n${see('docker rm')}\nUsage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]\n\nRemove one or more containers\n`, exitCode: 1 },
    { argv: ['volume', 'create', '-h=x'], output: `invalid argument "x" for "--help" flag: strconv.ParseBool: parsing "x": invalid syntax\n${see('docker volume create')}`, exitCode: 125 },
  ];
  it.each(cases)('docker $argv', ({ argv, output, exitCode }) => {
    const result = printed(argv);
    expect(result.output).toBe(output);
    expect(result.exitCode).toBe(exitCode);
  });

  it('prints the root help after a root flag error, then a blank line', () => {
    const result = printed(['--bogus']);
    expect(result.output.startsWith("unknown flag: --bogus\nSee 'docker --help'.\n\nUsage:  docker [OPTIONS] COMMAND\n")).toBe(true);
    expect(result.output.endsWith('https://docs.docker.com/go/guides/\n\n')).toBe(true);
    expect(result.exitCode).toBe(125);
  });

  it('prints a group help after a group flag error', () => {
    const result = printed(['volume', 'bogus', '-x']);
    expect(result.output.startsWith("unknown shorthand flag: 'x' in -x\nSee 'docker volume --help'.\n\nUsage:  docker volume COMMAND\n")).toBe(true);
    expect(result.output.endsWith("for more information on a command.\n\n")).toBe(true);
  });

  it('formats errors found after parsing the way docker run does', () => {
    expect(runStyleError('docker run', 'invalid reference format.')).toEqual({
      kind: 'output',
      output: "docker: invalid reference format.\nSee 'docker run --help'.\n",
      exitCode: 125,
      stream: 'stderr',
    });
  });
});

describe('help', () => {
  const rmHelp = (path: string): string =>
    `\nUsage:  ${path} [OPTIONS] CONTAINER [CONTAINER...]\n\nRemove one or more containers\n\nAliases:\n  docker container rm, docker container remove, docker rm\n\nOptions:\n  -f, --force     Force the removal of a running container (uses SIGKILL)\n  -l, --link      Remove the specified link\n  -v, --volumes   Remove anonymous volumes associated with the container\n`;
  const cases: { argv: string[]; output: string }[] = [
    { argv: ['rm', '--help'], output: rmHelp('docker rm') },
    { argv: ['rm', 'extra', '--help'], output: rmHelp('docker rm') },
    { argv: ['--help', 'rm'], output: rmHelp('docker rm') },
    { argv: ['help', 'rm'], output: rmHelp('docker rm') },
    { argv: ['container', 'remove', '--help'], output: rmHelp('docker container rm') },
    { argv: ['help', 'container', 'rm'], output: rmHelp('docker container rm') },
    { argv: ['rm', '-h'], output: `Flag shorthand -h has been deprecated, please use --help\n${rmHelp('docker rm')}` },
    { argv: ['help', 'help'], output: '\nUsage:  docker help [command]\n\nHelp about the command\n' },
  ];
  it.each(cases)('docker $argv', ({ argv, output }) => {
    const result = printed(argv);
    expect(result).toEqual({ kind: 'output', output, exitCode: 0, stream: 'stdout' });
  });

  it('has recorded help for every command, under every path that reaches it', () => {
    for (const { id, paths } of commandPaths()) {
      const spec = COMMANDS.find((c) => c.id === id)!;
      expect(COMMAND_HELP[id]).toContain('{{path}}');
      for (const typed of paths) {
        // Docker names a command by its canonical name: `container remove` shows `docker container rm`.
        const shown = spec.group && typed.startsWith(`docker ${spec.group} `) ? `docker ${spec.group} ${spec.name}` : typed;
        const help = printed([...typed.split(' ').slice(1), '--help']);
        expect(help.output).toBe(commandHelp(spec, shown));
        expect(help.output.startsWith(`\nUsage:  ${shown} ${spec.use}\n`)).toBe(true);
      }
    }
  });

  it('documents every flag the table has, and nothing else (bar the hidden ones)', () => {
    for (const spec of COMMANDS) {
      const documented = [...COMMAND_HELP[spec.id].matchAll(/^ {2}(?:-(.), | {4})--([\w-]+)/gm)].map((m) => `${m[1] ?? ''}/${m[2]}`);
      const table = spec.flags.filter((f) => !(spec.id === 'volume.create' && f.name === 'name')).map((f) => `${f.shorthand}/${f.name}`);
      expect(table.sort(), spec.id).toEqual(documented.sort());
    }
  });

  it('shows a group help on stderr with no subcommand, and exit 1 for an unknown one', () => {
    const bare = printed(['volume']);
    expect(bare.exitCode).toBe(0);
    expect(bare.stream).toBe('stderr');
    expect(bare.output).not.toContain('update');
    const unknown = printed(['volume', 'bogus']);
    expect(unknown.exitCode).toBe(1);
    expect(unknown.output).toContain('  update      Update a volume (cluster volumes only)\n');
    expect(printed(['volume', 'bogus', '--help'])).toEqual({ ...bare, stream: 'stdout' });
    expect(printed(['container', 'bogus', 'x']).exitCode).toBe(1);
    expect(printed([]).output).toBe(printed(['--help']).output);
  });
});

describe('parseMountSpec', () => {
  it.each([
    ['type=volume,src=data,dst=/data,readonly', { type: 'volume', source: 'data', target: '/data', readOnly: true }],
    ['TYPE=BIND,source=/x,target=/y,ro=false', { type: 'bind', source: '/x', target: '/y', readOnly: false }],
    ['target=/x', { type: 'volume', source: '', target: '/x' }],
    ['"type=volume",target=/x', { type: 'volume', target: '/x' }],
    ['type=tmpfs,dst=/t,tmpfs-size=1m,tmpfs-mode=1770', { type: 'tmpfs', target: '/t', tmpfsSize: 2 ** 20, tmpfsMode: 0o1770 }],
    ['type=volume,dst=/x,volume-nocopy,volume-subpath=a', { volumeNoCopy: true, volumeSubpath: 'a' }],
  ])('%s', (value, expected) => {
    expect(parseMountSpec(value)).toMatchObject(expected);
  });

  it.each([
    ['', 'EOF'],
    ['type=volume', 'target is required'],
    ['type=,target=/x', 'type is required'],
    ['type=bind,source=/x,target=/y,bogus=1', "unexpected key 'bogus' in 'bogus=1'"],
    ['type=volume,target=/x,', "invalid field '' must be a key=value pair"],
    ['type=volume,target=/x,readonly=maybe', 'invalid value for readonly: maybe'],
    ['type=volume,target=/x,volume-nocopy=maybe', 'invalid value for volume-nocopy: maybe'],
    ['type=tmpfs,target=/x,tmpfs-size=abc', 'invalid value for tmpfs-size: abc'],
    ['type=tmpfs,dst=/d,volume-nocopy', "cannot mix 'volume-*' options with mount type 'tmpfs'"],
    ['type=tmpfs,target=/x,bind-propagation=rprivate', "cannot mix 'bind-*' options with mount type 'tmpfs'"],
    ['type=volume,target=/x,tmpfs-size=1m', "cannot mix 'tmpfs-*' options with mount type 'volume'"],
    ['type=volume,"target=/x', 'parse error on line 1, column 23: extraneous or missing " in quoted-field'],
    ['"type=volume"x,target=/x', 'parse error on line 1, column 13: extraneous or missing " in quoted-field'],
    ['type=volume,target=/x,a"b', 'parse error on line 1, column 24: bare " in non-quoted-field'],
  ])('%s fails: %s', (value, error) => {
    expect(parseMountSpec(value)).toEqual({ error });
  });
});

/**
 * Every `docker ...` line of the recorded transcripts that the parser answers by itself
 * (help, usage errors) must print exactly what Docker printed; and a line the parser lets
 * through must not be one where Docker stopped with a usage error.
 */
describe('agrees with the recorded transcripts', () => {
  const folder = fileURLToPath(new URL('../conformance/', import.meta.url));
  const lines: { file: string; line: string; argv: string[]; output: string; exitCode: number }[] = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.t')).sort()) {
    const text = readFileSync(folder + file, 'utf8').split('\n');
    for (let i = 0; i < text.length; i++) {
      if (!text[i].startsWith('$ docker ')) continue;
      const argv = shellWords(text[i].slice(2));
      const body: string[] = [];
      for (let j = i + 1; j < text.length && !text[j].startsWith('$ '); j++) body.push(text[j]);
      while (body.length > 0 && body[body.length - 1] === '') body.pop();
      let exitCode = 0;
      const exit = /^\[exit (\d+)\]$/.exec(body[body.length - 1] ?? '');
      if (exit) {
        exitCode = Number(exit[1]);
        body.pop();
      }
      if (argv) lines.push({ file, line: text[i], argv: argv.slice(1), output: body.join('\n'), exitCode });
    }
  }

  it.each(lines)('$file: $line', ({ argv, output, exitCode }) => {
    const result = parseDockerArgs(argv);
    if (result.kind === 'output') {
      expect(result.output.replace(/\n+$/, '')).toBe(output);
      expect(result.exitCode).toBe(exitCode);
    } else {
      const usageError = /^(unknown (shorthand )?flag: |flag needs an argument: |invalid argument "|bad flag syntax: |"docker [^"]+" (requires|accepts) )/m;
      expect(usageError.test(output) && output.includes("\nSee 'docker ")).toBe(false);
    }
  });
});

/** Splits a transcript line into words; null for lines with shell syntax beyond plain quoting. */
function shellWords(line: string): string[] | null {
  const words: string[] = [];
  let current = '';
  let started = false;
  let quote: string | null = null;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = null;
      else current += ch;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      started = true;
    } else if (ch === ' ') {
      if (started || current) words.push(current);
      current = '';
      started = false;
    } else if ('|;&<>$`\\#*?'.includes(ch)) {
      return null;
    } else {
      current += ch;
    }
  }
  if (quote) return null;
  if (started || current) words.push(current);
  return words;
}
