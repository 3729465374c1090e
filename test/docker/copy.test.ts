import { describe, expect, it } from 'vitest';
import { createWorld, runLine, type World } from '../../src/engine/engine.ts';
import { containerVfs, hostStore } from '../../src/engine/docker/containerFs.ts';
import {
  goBase,
  goClean,
  goDir,
  prepareArchiveCopy,
  preserveTrailingDotOrSeparator,
  splitPathDirEntry,
  type CopyEntry,
  type CopyInfo,
} from '../../src/engine/docker/copy.ts';
import { findContainer } from '../../src/engine/docker/daemon.ts';
import { Session } from '../../src/engine/docker/session.ts';
import { plainTreeVfs } from '../../src/engine/fs/layeredVfs.ts';
import type { Vfs } from '../../src/engine/fs/vfs.ts';

/** A terminal on a fresh world: each call runs one line and returns what it printed (with `[exit N]`). */
function terminal(world: World = createWorld()) {
  const t = {
    world,
    run(line: string): string {
      const result = runLine(t.world, line);
      t.world = result.world;
      return result.output + (result.exitCode === 0 ? '' : `[exit ${result.exitCode}]\n`);
    },
    /** Changes files directly (for what the lab's shells cannot do, like making symlinks). */
    edit(where: 'host' | string, change: (fs: Vfs) => void): void {
      const session = new Session(t.world);
      const fs = where === 'host' ? plainTreeVfs(hostStore(session)) : containerVfs(session, findContainer(session, where)!.id);
      change(fs);
      t.world = session.world;
    },
  };
  return t;
}

describe("Go's path rules", () => {
  it.each([
    ['', '.', '.', '.'],
    ['/', '/', '/', '/'],
    ['relative.txt', 'relative.txt', '.', 'relative.txt'],
    ['/etc/', '/etc', '/', 'etc'],
    ['/etc/.', '/etc', '/', '.'],
    ['/a/../b//c', '/b/c', '/b', 'c'],
  ])('%j cleans to %j, dir %j, base %j', (path, clean, dir, base) => {
    expect(goClean(path)).toBe(clean);
    expect(goDir(clean)).toBe(dir);
    expect(goBase(path)).toBe(base);
  });

  it.each([
    ['/home/learner/site', ['/home/learner', 'site']],
    ['/home/learner/site/', ['/home/learner', 'site']],
    ['/home/learner/site/.', ['/home/learner/site', '.']],
    ['relative.txt', ['.', 'relative.txt']],
    ['', ['.', '.']],
  ])('splitPathDirEntry(%j) is %j', (path, expected) => {
    expect(splitPathDirEntry(path)).toEqual(expected);
  });

  it.each([
    ['/home/learner/site', 'site/.', '/home/learner/site/.'],
    ['/home/learner/site', 'site/', '/home/learner/site/'],
    ['/home/learner', '.', '/home/learner/.'],
    ['/home/learner/f', 'f', '/home/learner/f'],
  ])('keeps the trailing form: %j from %j is %j', (cleaned, original, expected) => {
    expect(preserveTrailingDotOrSeparator(cleaned, original)).toBe(expected);
  });
});

describe('prepareArchiveCopy', () => {
  const fileArchive: CopyEntry[] = [{ type: 'file', name: 'f.txt', mode: '644', content: 'hi\n' }];
  const dirArchive: CopyEntry[] = [
    { type: 'dir', name: 'site', mode: '755' },
    { type: 'file', name: 'site/index.html', mode: '644', content: 'a\n' },
  ];
  const info = (path: string, exists: boolean, isDir: boolean): CopyInfo => ({ path, exists, isDir, rebaseName: '' });
  const attempt = (entries: CopyEntry[], src: CopyInfo, dst: CopyInfo) => {
    try {
      const r = prepareArchiveCopy(entries, src, dst);
      return { dstDir: r.dstDir, names: r.entries.map((e) => e.name) };
    } catch (e) {
      return (e as Error).message;
    }
  };

  it.each([
    ['file into an existing dir', fileArchive, info('/h/f.txt', true, false), info('/tmp', true, true), { dstDir: '/tmp', names: ['f.txt'] }],
    ['file to a new name', fileArchive, info('/h/f.txt', true, false), info('/tmp/new.txt', false, false), { dstDir: '/tmp', names: ['new.txt'] }],
    ['file over a file', fileArchive, info('/h/f.txt', true, false), info('/etc/passwd', true, false), { dstDir: '/etc', names: ['passwd'] }],
    ['file to a missing dir/', fileArchive, info('/h/f.txt', true, false), info('/tmp/x/', false, false), 'no such directory'],
    ['dir over a file', dirArchive, info('/h/site', true, true), info('/etc/passwd', true, false), 'cannot copy directory'],
    ['dir to a new name', dirArchive, info('/h/site', true, true), info('/srv', false, false), { dstDir: '/', names: ['srv', 'srv/index.html'] }],
    ['dir into an existing dir', dirArchive, info('/h/site', true, true), info('/srv', true, true), { dstDir: '/srv', names: ['site', 'site/index.html'] }],
  ])('%s', (_name, entries, src, dst, expected) => {
    expect(attempt(entries, src, dst)).toEqual(expected);
  });
});

describe('docker cp, host to container', () => {
  it('copies a file into a directory, to a new name, and over an image file (diff shows it)', () => {
    const t = terminal();
    t.run('docker run -d --name box busybox sleep 100000');
    t.run('echo hello > note.txt');
    expect(t.run('docker cp note.txt box:/tmp/')).toBe('');
    expect(t.run('docker cp note.txt box:/tmp/renamed.txt')).toBe('');
    expect(t.run('docker cp note.txt box:/etc/passwd')).toBe('');
    expect(t.run('docker exec box ls /tmp')).toBe('note.txt\nrenamed.txt\n');
    expect(t.run('docker exec box cat /etc/passwd')).toBe('hello\n');
    expect(t.run('docker diff box').split('\n').sort().filter(Boolean)).toEqual(['A /tmp/note.txt', 'A /tmp/renamed.txt', 'C /etc', 'C /etc/passwd', 'C /tmp']);
  });

  it('copies a directory, then into it when it exists, and only its contents with /.', () => {
    const t = terminal();
    t.run('docker run -d --name box busybox sleep 100000');
    t.run('mkdir -p site/css && echo a > site/index.html && echo b > site/css/x.css');
    t.run('docker cp site box:/srv');
    t.run('docker cp site box:/srv');
    expect(t.run('docker exec box ls /srv')).toBe('css\nindex.html\nsite\n');
    t.run('docker exec box mkdir /dest');
    t.run('docker cp site/. box:/dest');
    expect(t.run('docker exec box ls /dest')).toBe('css\nindex.html\n');
  });

  it('lands in volumes and bind mounts, also when the container is stopped', () => {
    const t = terminal();
    t.run('mkdir hostdir && echo data > f.txt');
    t.run('docker run -d --name box -v vol:/vol -v /home/learner/hostdir:/bind busybox sleep 100000');
    t.run('docker cp f.txt box:/bind/');
    expect(t.run('ls hostdir')).toBe('f.txt\n');
    t.run('docker stop box');
    t.run('docker cp f.txt box:/vol/g.txt');
    expect(t.run('docker run --rm -v vol:/v busybox ls /v')).toBe('g.txt\n');
  });

  it('writes beneath a tmpfs, where the running container cannot see it', () => {
    const t = terminal();
    t.run('echo hi > f.txt');
    t.run('docker run -d --name box --tmpfs /scratch busybox sleep 100000');
    expect(t.run('docker cp f.txt box:/scratch/')).toBe('');
    expect(t.run('docker exec box ls /scratch')).toBe('');
    expect(t.run('docker cp box:/scratch/f.txt back.txt')).toBe('');
    expect(t.run('cat back.txt')).toBe('hi\n');
  });

  it('refuses read-only mounts and --read-only roots before writing', () => {
    const t = terminal();
    t.run('echo hi > f.txt');
    t.run('docker run -d --name ro --read-only busybox sleep 100000');
    t.run('docker run -d --name romount -v data:/data:ro busybox sleep 100000');
    expect(t.run('docker cp f.txt ro:/tmp/')).toBe('Error response from daemon: container rootfs is marked read-only\n[exit 1]\n');
    expect(t.run('docker cp f.txt romount:/data/')).toBe('Error response from daemon: mounted volume is marked read-only\n[exit 1]\n');
    t.run('mkdir data && echo z > data/z.txt');
    expect(t.run('docker cp data romount:/')).toBe(
      'Error response from daemon: failed to Lchown "/data" for UID 0, GID 0: lchown /data: read-only file system\n[exit 1]\n',
    );
  });

  it("cannot replace Docker's own files once the container has started, but can before", () => {
    const t = terminal();
    t.run('echo changed > hostname');
    t.run('docker run -d --name box busybox sleep 100000');
    t.run('docker stop box');
    expect(t.run('docker cp hostname box:/etc/hostname')).toBe(
      'Error response from daemon: unlinkat /etc/hostname: device or resource busy\n[exit 1]\n',
    );
    t.run('docker create --name fresh busybox');
    expect(t.run('docker cp fresh:/etc/hostname h && wc -c h')).toBe('0 h\n');
    expect(t.run('docker cp hostname fresh:/etc/hostname')).toBe('');
    expect(t.run('docker diff fresh')).toBe('C /etc\nC /etc/hostname\n');
  });

  it('copies a host symlink as a symlink, or what it points to with -L', () => {
    const t = terminal();
    t.run('docker run -d --name box busybox sleep 100000');
    t.run('echo hi > f.txt');
    t.edit('host', (fs) => fs.symlink('f.txt', '/home/learner/link'));
    t.run('docker cp link box:/tmp/');
    t.run('docker cp -L link box:/tmp/followed');
    t.edit('box', (fs) => {
      expect(fs.readlink('/tmp/link')).toBe('f.txt');
      expect(fs.readFile('/tmp/followed')).toBe('hi\n');
    });
  });

  it('writes through a symlink at the destination', () => {
    const t = terminal();
    t.run('docker run -d --name box busybox sleep 100000');
    t.run('echo hi > f.txt');
    t.edit('box', (fs) => fs.symlink('/etc/passwd', '/tmp/lnk'));
    t.run('docker cp f.txt box:/tmp/lnk');
    expect(t.run('docker exec box cat /etc/passwd')).toBe('hi\n');
  });

  it('reads an archive from standard input into a directory', () => {
    const t = terminal();
    t.run('docker run -d --name box busybox sleep 100000');
    t.run('mkdir site && echo a > site/index.html');
    expect(t.run('tar -cf - site | docker cp - box:/tmp')).toBe('');
    expect(t.run('docker exec box cat /tmp/site/index.html')).toBe('a\n');
    expect(t.run('echo hi | docker cp - box:/tmp')).toBe('Error response from daemon: unexpected EOF\n[exit 1]\n');
    expect(t.run('tar -cf - site | docker cp - box:/tmp/nope')).toBe('destination "box:/tmp/nope" must be a directory\n[exit 1]\n');
  });
});

describe('docker cp, container to host', () => {
  it("copies files, directories, a directory's contents, and Docker's own files", () => {
    const t = terminal();
    t.run('docker run -d --name box --hostname box1 busybox sleep 100000');
    t.run('docker cp box:/etc/hostname .');
    expect(t.run('cat hostname')).toBe('box1\n');
    t.run('docker cp box:/etc etc-copy');
    t.run('mkdir into');
    t.run('docker cp box:/etc into');
    t.run('docker cp box:/etc/. into');
    expect(t.run('ls etc-copy')).toBe('group\nhostname\nhosts\nmtab\npasswd\nresolv.conf\n');
    expect(t.run('ls into')).toBe('etc\ngroup\nhostname\nhosts\nmtab\npasswd\nresolv.conf\n');
  });

  it('copies a container symlink as a symlink, or its target with -L', () => {
    const t = terminal();
    t.run('docker run -d --name box busybox sleep 100000');
    t.edit('box', (fs) => fs.symlink('/etc/passwd', '/tmp/lnk'));
    t.run('docker cp box:/tmp/lnk l1');
    t.run('docker cp -L box:/tmp/lnk l2');
    t.edit('host', (fs) => {
      expect(fs.readlink('/home/learner/l1')).toBe('/etc/passwd');
      expect(fs.lstat('/home/learner/l2').kind).toBe('file');
    });
    expect(t.run('docker cp box:/tmp/lnk/ l3')).toBe('Error response from daemon: lstat /tmp/lnk/: not a directory\n[exit 1]\n');
  });

  it('does not see into a tmpfs, /dev or /proc', () => {
    const t = terminal();
    t.run('docker run -d --name box --tmpfs /scratch busybox sleep 100000');
    t.run("docker exec box sh -c 'echo x > /scratch/in.txt'");
    expect(t.run('docker cp box:/scratch/in.txt a')).toBe('Error response from daemon: Could not find the file /scratch/in.txt in container box\n[exit 1]\n');
    expect(t.run('docker cp box:/proc/version v')).toBe('Error response from daemon: Could not find the file /proc/version in container box\n[exit 1]\n');
  });

  it('writes an archive to standard output', () => {
    const t = terminal();
    t.run('docker run -d --name box busybox sleep 100000');
    expect(t.run('docker cp box:/etc - | tar -tf -')).toBe('etc/\netc/group\netc/hostname\netc/hosts\netc/mtab\netc/passwd\netc/resolv.conf\n');
  });
});

describe('docker cp errors (checked on Docker 26.1)', () => {
  const t = terminal();
  t.run('docker run -d --name box busybox sleep 100000');
  t.run('echo hi > f.txt');
  t.run('mkdir site');
  t.run('docker exec box touch /tmp/site');
  it.each([
    ['docker cp box:/missing .', 'Error response from daemon: Could not find the file /missing in container box'],
    ['docker cp nosuch:/x .', 'Error response from daemon: No such container: nosuch'],
    ['docker cp f.txt box:/no/such/dir/f.txt', 'Error response from daemon: Could not find the file /no/such/dir in container box'],
    ['docker cp f.txt box:/no/such/dir/', 'no such directory'],
    ['docker cp nofile.txt box:/tmp/', 'lstat /home/learner/nofile.txt: no such file or directory'],
    ['docker cp f.txt nosuch:/tmp/', 'no such directory'],
    ['docker cp f.txt nosuch:/tmp/x', 'Error response from daemon: No such container: nosuch'],
    ['docker cp box:/etc/passwd nodir/passwd', 'invalid output path: directory "/home/learner/nodir" does not exist'],
    ['docker cp f.txt g.txt', 'must specify at least one container source'],
    ['docker cp box:/tmp box2:/tmp', 'copying between containers is not supported'],
    ['docker cp "" box:/tmp', 'source can not be empty'],
    ['docker cp f.txt ""', 'destination can not be empty'],
    ['docker cp f.txt box:', 'no such directory'],
    ['docker cp box: out', 'Error response from daemon: bad parameter: pathcannot be empty'],
    ['docker cp box:/etc/passwd/ .', 'Error response from daemon: lstat /etc/passwd/: not a directory'],
    ['docker cp f.txt/ box:/tmp/', 'not a directory'],
    ['docker cp site box:/etc/passwd', 'cannot copy directory'],
    ['docker cp box:/etc f.txt', 'cannot copy directory'],
    ['docker cp f.txt box:/etc/passwd/x', 'Error response from daemon: extraction point is not a directory'],
    ['docker cp site box:/tmp/', 'Error response from daemon: cannot overwrite non-directory "/tmp/site" with directory "/tmp"'],
    ['docker cp box:/etc/passwd f.txt/', 'stat /home/learner/f.txt/: not a directory'],
    ['docker cp box:/etc/passwd newdir/', 'no such directory'],
  ])('%s', (line, message) => {
    expect(t.run(line)).toBe(`${message}\n[exit 1]\n`);
  });
});
