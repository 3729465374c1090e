/**
 * The shell's API as the engine uses it: the host terminal's state from line
 * to line, the external hook (docker on the host), output chunks, blocking.
 */

import { describe, expect, it } from 'vitest';
import { runArgv, runShell } from '../../src/engine/shell/index.ts';
import type { ExternalIo, ShellContext } from '../../src/engine/shell/types.ts';
import { makeFs } from './fixtures.ts';

function host(extra: Partial<ShellContext> = {}): ShellContext {
  const { fs } = makeFs('bash', { files: { 'notes.txt': 'one\ntwo\n' } });
  return {
    dialect: 'bash',
    fs,
    cwd: '/work',
    env: [
      { name: 'HOME', value: '/work' },
      { name: 'USER', value: 'learner' },
    ],
    hostname: 'vm',
    ...extra,
  };
}

/** A stand-in for the engine's docker: prints its argv, reads stdin for `cat`, fails on `fail`. */
function fakeDocker(argv: readonly string[], io: ExternalIo): number | 'block' | undefined {
  if (argv[0] !== 'docker') return undefined;
  if (argv[1] === 'fail') {
    io.writeStderr('docker: boom\n');
    return 125;
  }
  if (argv[1] === 'cat') {
    io.writeStdout(io.stdin.toUpperCase());
    return 0;
  }
  if (argv[1] === 'attach') return 'block';
  io.writeStdout(`docker ${argv.slice(1).join(' ')}\n`);
  return 0;
}

describe('the host terminal', () => {
  it('keeps cwd, exported variables, other variables and functions through ShellResult', () => {
    const ctx = host();
    const first = runShell('cd /tmp; export GREETING=hi; count=2; say() { echo "$GREETING $1 $count"; }', ctx);
    expect(first).toMatchObject({ exitCode: 0, cwd: '/tmp' });
    expect(first.env).toContainEqual({ name: 'GREETING', value: 'hi' });
    expect(first.env.find((v) => v.name === 'count')).toBeUndefined();
    const second = runShell('say there; pwd', { ...ctx, cwd: first.cwd, env: first.env, state: first.state });
    expect(second.output).toBe('hi there 2\n/tmp\n');
  });

  it('starts with PWD set to the working directory', () => {
    expect(runShell('echo $PWD $HOME $USER', host()).output).toBe('/work /work learner\n');
  });

  it('hands unknown programs to the external hook, with pipes and redirections', () => {
    const ctx = host({ external: fakeDocker });
    expect(runShell('docker ps -a', ctx).output).toBe('docker ps -a\n');
    expect(runShell('docker ps | wc -l', ctx).output).toBe('1\n');
    expect(runShell('cat notes.txt | docker cat', ctx).output).toBe('ONE\nTWO\n');
    const failing = runShell('docker fail 2>/dev/null; echo "status $?"', ctx);
    expect(failing.output).toBe('status 125\n');
    const saved = runShell('docker fail > out.txt 2>&1; cat out.txt', ctx);
    expect(saved.output).toBe('docker: boom\n');
    expect(runShell('[ "$(docker inspect box)" = "docker inspect box" ] && echo same', ctx).output).toBe('same\n');
  });

  it('says command not found when the hook does not know the program', () => {
    const result = runShell('nosuch arg', host({ external: fakeDocker }));
    expect(result).toMatchObject({ exitCode: 127, output: 'bash: line 1: nosuch: command not found\n' });
  });

  it('reports a blocking external program', () => {
    const result = runShell('echo before; docker attach box; echo after', host({ external: fakeDocker }));
    expect(result).toMatchObject({ blocked: true, output: 'before\n' });
  });

  it('keeps stdout and stderr apart and in order', () => {
    const result = runShell('echo out; ls missing; echo out2', host());
    expect(result.chunks).toEqual([
      { stream: 'stdout', text: 'out\n' },
      { stream: 'stderr', text: "ls: cannot access 'missing': No such file or directory\n" },
      { stream: 'stdout', text: 'out2\n' },
    ]);
    expect(result.stdout).toBe('out\nout2\n');
    expect(result.stderr).toBe("ls: cannot access 'missing': No such file or directory\n");
  });

  it('never throws: a syntax error is exit code 2 with bash’s words', () => {
    expect(runShell('echo "open', host())).toMatchObject({
      exitCode: 2,
      output: "bash: -c: line 1: unexpected EOF while looking for matching `\"'\n",
    });
  });

  it('reads the context stdin', () => {
    expect(runShell('cat; wc -l', host({ stdin: 'a\nb\n' })).output).toBe('a\nb\n0\n');
  });
});

describe('date', () => {
  it('reads the virtual clock, in the format busybox and GNU date print (both seen at 20:42:34 on 2026-12-04)', () => {
    const now = () => Date.UTC(2026, 11, 4, 20, 42, 34);
    expect(runShell('date; date +%Y-%m-%d; date +%s', host({ now })).output).toBe('Fri Dec  4 20:42:34 UTC 2026\n2026-12-04\n1796416954\n');
  });
});

describe('runArgv', () => {
  it('runs a program without a shell: no expansion, no builtins', () => {
    const ctx = host();
    expect(runArgv(['echo', '$HOME', '*'], ctx).output).toBe('$HOME *\n');
    expect(runArgv(['cat', 'notes.txt'], ctx).output).toBe('one\ntwo\n');
  });

  it('runs sh -c with positional parameters', () => {
    const { fs } = makeFs('busybox');
    const ctx: ShellContext = { dialect: 'busybox', fs, cwd: '/', env: [{ name: 'PATH', value: '/bin' }], hostname: 'box' };
    expect(runArgv(['sh', '-c', 'echo "$0:$1:$#"', 'name', 'one'], ctx).output).toBe('name:one:1\n');
  });
});
