/**
 * Container-side behaviour the conformance transcripts show (test/conformance/*.t
 * and the recorded sessions): read-only mounts, mount points, PATH lookup
 * through the busybox symlinks, sleep blocking the main process.
 */

import { describe, expect, it } from 'vitest';
import { LayeredVfs, type MountView } from '../../src/engine/fs/layeredVfs.ts';
import { emptyDir } from '../../src/engine/fs/tree.ts';
import { runArgv, runShell } from '../../src/engine/shell/index.ts';
import type { EnvVar, ShellContext } from '../../src/engine/shell/types.ts';
import { busyboxImage, memoryStore, treeOf } from './fixtures.ts';

const ENV: EnvVar[] = [
  { name: 'PATH', value: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
  { name: 'HOSTNAME', value: '543b241c430a' },
  { name: 'HOME', value: '/root' },
];

interface MountSpec {
  target: string;
  readOnly?: boolean;
  /** A directory mount's files, by path inside the mount. */
  files?: Record<string, string>;
  /** A file mount's content (as Docker mounts /etc/hosts). */
  file?: string;
}

function container(options: { readOnlyRoot?: boolean; mounts?: MountSpec[]; user?: { uid: number; gid: number } } = {}) {
  const upper = memoryStore(treeOf({ '/etc/hostname': '543b241c430a\n', '/etc/hosts': '127.0.0.1\tlocalhost\n172.17.0.2\t543b241c430a\n' }));
  const mounts: MountView[] = (options.mounts ?? []).map((m) => ({
    target: m.target,
    readOnly: m.readOnly ?? false,
    store: memoryStore(m.file !== undefined ? treeOf({ '/mounted': m.file }) : treeOf(m.files ?? {}, emptyDir())),
    storeParts: m.file !== undefined ? ['mounted'] : [],
  }));
  const fs = new LayeredVfs({ lowers: [busyboxImage()], upper, readOnly: options.readOnlyRoot ?? false }, mounts, options.user);
  const ctx = (extra: Partial<ShellContext> = {}): ShellContext => ({ dialect: 'busybox', fs, cwd: '/', env: ENV, hostname: '543b241c430a', ...extra });
  return { fs, ctx };
}

interface Case {
  name: string;
  argv: string[];
  expected: string;
  exitCode?: number;
  setup?: Parameters<typeof container>[0];
}

const CASES: Case[] = [
  {
    name: 'redirection into a read-only volume (12-read-only.t)',
    argv: ['sh', '-c', 'echo x > /etc/nginx/extra.conf'],
    setup: { mounts: [{ target: '/etc/nginx', readOnly: true }] },
    expected: "sh: can't create /etc/nginx/extra.conf: Read-only file system\n",
    exitCode: 1,
  },
  {
    name: 'touch on a read-only root (12-read-only.t)',
    argv: ['touch', '/hello'],
    setup: { readOnlyRoot: true },
    expected: 'touch: /hello: Read-only file system\n',
    exitCode: 1,
  },
  {
    name: 'a writable volume under a read-only root (12-read-only.t)',
    argv: ['sh', '-c', 'echo ok > /work/f && cat /work/f'],
    setup: { readOnlyRoot: true, mounts: [{ target: '/work' }] },
    expected: 'ok\n',
  },
  {
    name: 'append to a read-only volume (13-shared-volume-sidecar.t)',
    argv: ['sh', '-c', 'echo tamper >> /logs/access.log'],
    setup: { mounts: [{ target: '/logs', readOnly: true, files: { '/access.log': 'GET /index.html 200\n' } }] },
    expected: "sh: can't create /logs/access.log: Read-only file system\n",
    exitCode: 1,
  },
  {
    name: 'writing under a missing folder (30-fs-missing-parent.t)',
    argv: ['sh', '-c', 'echo x > /app/data/x.txt'],
    expected: "sh: can't create /app/data/x.txt: nonexistent directory\n",
    exitCode: 1,
  },
  { name: 'touch under a missing folder (30)', argv: ['touch', '/app/data/x.txt'], expected: 'touch: /app/data/x.txt: No such file or directory\n', exitCode: 1 },
  {
    name: 'mkdir without -p (30)',
    argv: ['mkdir', '/app/data'],
    expected: "mkdir: can't create directory '/app/data': No such file or directory\n",
    exitCode: 1,
  },
  { name: 'mkdir -p then write (30)', argv: ['sh', '-c', 'mkdir -p /app/data && echo x > /app/data/x.txt && cat /app/data/x.txt'], expected: 'x\n' },
  {
    name: 'cp into a missing folder (30)',
    argv: ['cp', '/etc/passwd', '/nowhere/passwd'],
    expected: "cp: can't create '/nowhere/passwd': No such file or directory\n",
    exitCode: 1,
  },
  {
    name: 'rm -rf of a volume mount point empties it (31-fs-rm-mount-point.t)',
    argv: ['sh', '-c', "rm -rf /data; ls -a /data"],
    setup: { mounts: [{ target: '/data', files: { '/a': '1\n', '/sub/b': '2\n' } }] },
    expected: "rm: can't remove '/data': Device or resource busy\n.\n..\n",
  },
  {
    name: 'rmdir of a mount point (31)',
    argv: ['rmdir', '/data'],
    setup: { mounts: [{ target: '/data' }] },
    expected: "rmdir: '/data': Device or resource busy\n",
    exitCode: 1,
  },
  {
    name: 'rm of a file mount (31)',
    argv: ['rm', '/etc/hosts'],
    setup: { mounts: [{ target: '/etc/hosts', file: '127.0.0.1\tlocalhost\n' }] },
    expected: "rm: can't remove '/etc/hosts': Device or resource busy\n",
    exitCode: 1,
  },
  { name: 'cat of a missing file (01)', argv: ['cat', '/tmp/notes.txt'], expected: "cat: can't open '/tmp/notes.txt': No such file or directory\n", exitCode: 1 },
  { name: 'ls -a / lists dot entries first (25)', argv: ['ls', '-a', '/etc'], expected: '.\n..\ngroup\nhostname\nhosts\npasswd\n' },
  { name: 'echo to /dev/null (29-fs-dev-listing.t)', argv: ['sh', '-c', 'echo hidden > /dev/null; echo $?'], expected: '0\n' },
  { name: 'head -c of /dev/zero (29)', argv: ['sh', '-c', 'head -c 4 /dev/zero | wc -c'], expected: '4\n' },
  { name: 'grep through a pipe (26-fs-hostname-flag.t)', argv: ['sh', '-c', 'hostname; grep 543b /etc/hosts | wc -l'], expected: '543b241c430a\n1\n' },
  { name: 'grep -c with no match exits 1 (27)', argv: ['grep', '-c', 'db', '/etc/hosts'], expected: '0\n', exitCode: 1 },
  { name: 'tail -n 1 (27)', argv: ['tail', '-n', '1', '/etc/hosts'], expected: '172.17.0.2\t543b241c430a\n' },
  { name: 'exit code of sh -c (20-default-command-exits.t)', argv: ['sh', '-c', 'exit 3'], expected: '', exitCode: 3 },
  { name: 'id in a container (recorded)', argv: ['id'], expected: 'uid=0(root) gid=0(root) groups=0(root)\n' },
  { name: 'sh -c env order (recorded)', argv: ['sh', '-c', 'env'], expected: 'HOSTNAME=543b241c430a\nSHLVL=1\nHOME=/root\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nPWD=/\n' },
  {
    name: 'env run directly keeps Docker’s order (recorded)',
    argv: ['env'],
    expected: 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOSTNAME=543b241c430a\nHOME=/root\n',
  },
  { name: 'sh -c nosuch (recorded)', argv: ['sh', '-c', 'nosuch'], expected: 'sh: nosuch: not found\n', exitCode: 127 },
  {
    name: 'tar of an absolute path (14-volumes-from-backup.t)',
    argv: ['sh', '-c', 'tar cf /backup/backup.tar /dbdata && cd /dbdata && rm records.txt && tar xf /backup/backup.tar --strip 1 && cat records.txt'],
    setup: { mounts: [{ target: '/dbdata', files: { '/records.txt': 'precious\n' } }, { target: '/backup' }] },
    expected: "tar: removing leading '/' from member names\nprecious\n",
  },
];

describe('container behaviour from the transcripts', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { ctx } = container(c.setup);
      const result = runArgv(c.argv, ctx());
      expect(result.output).toBe(c.expected);
      expect(result.exitCode).toBe(c.exitCode ?? 0);
    });
  }
});

describe('starting programs', () => {
  it('reports a program missing from PATH without printing (Docker words it)', () => {
    const { ctx } = container();
    const result = runArgv(['nosuch'], ctx());
    expect(result).toMatchObject({ startError: 'not-found', exitCode: 127, output: '' });
  });

  it('refuses a file that is not executable', () => {
    const { ctx } = container();
    expect(runArgv(['/etc/passwd'], ctx())).toMatchObject({ startError: 'permission-denied', exitCode: 126 });
  });

  it('does not find builtins without a shell (docker exec box cd /)', () => {
    const { ctx } = container();
    expect(runArgv(['cd', '/'], ctx())).toMatchObject({ startError: 'not-found' });
  });

  it('sh runs applets by name even without their symlink (recorded from the engine)', () => {
    const { fs, ctx } = container();
    fs.unlink('/bin/cat');
    fs.unlink('/bin/ls');
    expect(runShell('cat /etc/group; echo $?', ctx()).output).toBe('root:x:0:\nnogroup:x:65534:\n0\n');
    expect(runShell('PATH=/nowhere; ls /etc; echo $?', ctx()).output).toBe('group\nhostname\nhosts\npasswd\n0\n');
    expect(runShell('/bin/ls /; echo $?', ctx()).output).toBe('sh: /bin/ls: not found\n127\n');
    expect(runShell('command -v ls; type cat; type nosuch', ctx())).toMatchObject({ output: 'ls\ncat is cat\nnosuch: not found\n', exitCode: 127 });
    // Docker itself only looks through PATH.
    expect(runArgv(['cat', '/etc/group'], ctx())).toMatchObject({ startError: 'not-found', output: '' });
  });

  it('says so when a real busybox applet is not simulated', () => {
    const { ctx } = container();
    expect(runShell('awk 1 /etc/group', ctx())).toMatchObject({ output: 'sh: awk: applet not simulated in the lab\n', exitCode: 127 });
    expect(runArgv(['sed', 'q', '/etc/group'], ctx())).toMatchObject({ startError: 'not-found' });
  });

  it('runs busybox APPLET', () => {
    const { ctx } = container();
    expect(runShell('busybox cat /etc/group; busybox | head -1', ctx()).output).toBe(
      'root:x:0:\nnogroup:x:65534:\nBusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n',
    );
  });

  it('hands an @entrypoint file to the external hook with its path', () => {
    const { fs, ctx } = container();
    fs.writeFile('/docker-entrypoint.sh', '@entrypoint', { mode: '755' });
    const calls: { argv: readonly string[]; path?: string }[] = [];
    const result = runArgv(
      ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'],
      ctx({
        external: (argv, io) => {
          calls.push({ argv, path: io.path });
          io.writeStdout('started\n');
          return 'block';
        },
      }),
    );
    expect(calls).toEqual([{ argv: ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'], path: '/docker-entrypoint.sh' }]);
    expect(result).toMatchObject({ blocked: true, output: 'started\n' });
  });

  it('runs a script file without #! in a new shell', () => {
    const { fs, ctx } = container();
    fs.writeFile('/run.sh', 'echo "in script $1"\nnosuch\n', { mode: '755' });
    const result = runShell('/run.sh arg; echo $?', ctx());
    expect(result.output).toBe('in script arg\n/run.sh: line 2: nosuch: not found\n127\n');
  });
});

describe('a non-root user (docker run -u)', () => {
  const nobody = { uid: 65534, gid: 65534 };
  it('gets names from /etc/passwd and /etc/group (102-shell-misc-applets.t)', () => {
    const { ctx } = container();
    expect(runArgv(['id'], ctx({ user: nobody })).output).toBe('uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)\n');
    expect(runArgv(['sh', '-c', 'whoami'], ctx({ user: nobody })).output).toBe('nobody\n');
  });

  it('may not write where only root may (102-shell-misc-applets.t; messages from busybox run as nobody)', () => {
    const { ctx } = container({ user: nobody });
    const result = runArgv(
      ['sh', '-c', "touch /etc/x; echo hi > /etc/y; mkdir /etc/z; rm /etc/passwd; ls /root; echo ok > /tmp/f && cat /tmp/f"],
      ctx({ user: nobody }),
    );
    expect(result.output).toBe(
      [
        'touch: /etc/x: Permission denied',
        "sh: can't create /etc/y: Permission denied",
        "mkdir: can't create directory '/etc/z': Permission denied",
        "rm: can't remove '/etc/passwd': Permission denied",
        "ls: can't open '/root': Permission denied",
        'ok',
        '',
      ].join('\n'),
    );
  });
});

describe('sleep and virtual time', () => {
  it('stops the main process where it sleeps (13-shared-volume-sidecar.t)', () => {
    const { fs, ctx } = container({ mounts: [{ target: '/var/log/app' }] });
    const slept: number[] = [];
    const result = runArgv(
      ['sh', '-c', 'echo "GET /index.html 200" >> /var/log/app/access.log; sleep 100000; echo never'],
      ctx({ sleep: (s) => (slept.push(s), 'block') }),
    );
    expect(result).toMatchObject({ blocked: true, output: '' });
    expect(slept).toEqual([100000]);
    expect(fs.readFile('/var/log/app/access.log')).toBe('GET /index.html 200\n');
  });

  it('continues when the clock just advances', () => {
    const { ctx } = container();
    const result = runShell('sleep 1; sleep 2m; echo done', ctx({ sleep: () => 'continue' }));
    expect(result).toMatchObject({ blocked: false, output: 'done\n' });
  });

  it('blocks from inside a pipeline or a subshell too', () => {
    const { ctx } = container();
    expect(runShell('(sleep 5; echo no) | cat; echo no', ctx({ sleep: () => 'block' })).blocked).toBe(true);
  });
});
