import { describe, expect, it } from 'vitest';
import { LayeredVfs, plainTreeVfs, type TreeStore } from '../../src/engine/fs/layeredVfs.ts';
import { emptyDir, getNode, setNode, splitPath, type DirNode, type FsNode } from '../../src/engine/fs/tree.ts';
import { FsError } from '../../src/engine/fs/vfs.ts';

const file = (content: string): FsNode => ({ type: 'file', mode: '644', content });

function tree(entries: Record<string, FsNode | 'dir'>): DirNode {
  let t = emptyDir();
  for (const [path, node] of Object.entries(entries)) t = setNode(t, splitPath(path), node === 'dir' ? emptyDir() : node);
  return t;
}

function store(initial: DirNode): TreeStore & { tree: DirNode } {
  const s = { tree: initial, get: () => s.tree, set: (t: DirNode) => void (s.tree = t) };
  return s;
}

const image = tree({ '/etc/nginx/nginx.conf': file('events {}\n'), '/usr/share/html/index.html': file('<h1>hi</h1>\n'), '/bin/busybox': file('@busybox'), '/bin/ls': { type: 'symlink', target: 'busybox' } });

function container(options: { readOnly?: boolean; mounts?: ConstructorParameters<typeof LayeredVfs>[1] } = {}) {
  const upper = store(emptyDir());
  const fs = new LayeredVfs({ lowers: [image], upper, readOnly: options.readOnly ?? false }, options.mounts ?? []);
  return { fs, upper };
}

function errno(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
  return 'ok';
}

describe('overlay root', () => {
  it('reads image files through the writable layer', () => {
    const { fs, upper } = container();
    expect(fs.readFile('/etc/nginx/nginx.conf')).toBe('events {}\n');
    expect(fs.readdir('/bin')).toEqual(['busybox', 'ls']);
    expect(upper.tree.children).toEqual({});
  });

  it('copies a file up on write and leaves the image untouched', () => {
    const { fs, upper } = container();
    fs.writeFile('/etc/nginx/nginx.conf', 'x', { append: true });
    expect(fs.readFile('/etc/nginx/nginx.conf')).toBe('events {}\nx');
    expect(getNode(upper.tree, ['etc', 'nginx', 'nginx.conf'])).toEqual({ type: 'file', mode: '644', content: 'events {}\nx' });
    expect(getNode(image, ['etc', 'nginx', 'nginx.conf'])).toEqual(file('events {}\n'));
  });

  it('copies a file up on a metadata change', () => {
    const { fs, upper } = container();
    fs.touch('/usr/share/html/index.html');
    expect(getNode(upper.tree, ['usr', 'share', 'html', 'index.html'])).toEqual(file('<h1>hi</h1>\n'));
  });

  it('deleting an image file leaves a whiteout; deleting a new file leaves nothing', () => {
    const { fs, upper } = container();
    fs.unlink('/etc/nginx/nginx.conf');
    fs.writeFile('/tmp-new', 'x');
    fs.unlink('/tmp-new');
    expect(getNode(upper.tree, ['etc', 'nginx', 'nginx.conf'])).toEqual({ type: 'whiteout' });
    expect(getNode(upper.tree, ['tmp-new'])).toBeUndefined();
    expect(fs.readdir('/etc/nginx')).toEqual([]);
    expect(errno(() => fs.readFile('/etc/nginx/nginx.conf'))).toBe('ENOENT');
  });

  it('a directory made where an image directory was deleted is opaque', () => {
    const { fs, upper } = container();
    fs.unlink('/usr/share/html/index.html');
    fs.rmdir('/usr/share/html');
    fs.mkdir('/usr/share/html');
    expect(fs.readdir('/usr/share/html')).toEqual([]);
    expect(getNode(upper.tree, ['usr', 'share', 'html'])).toMatchObject({ type: 'dir', opaque: true });
  });

  it('refuses to rename an image directory (EXDEV) but renames an image file', () => {
    const { fs } = container();
    expect(errno(() => fs.rename('/usr/share/html', '/usr/share/www'))).toBe('EXDEV');
    fs.rename('/etc/nginx/nginx.conf', '/etc/nginx/old.conf');
    expect(fs.readdir('/etc/nginx')).toEqual(['old.conf']);
  });

  it('follows symlinks', () => {
    const { fs } = container();
    expect(fs.readFile('/bin/ls')).toBe('@busybox');
    expect(fs.lstat('/bin/ls').kind).toBe('symlink');
    expect(fs.realpath('/bin/ls')).toBe('/bin/busybox');
  });

  it.each([
    ['write', (fs: LayeredVfs) => fs.writeFile('/x', 'y')],
    ['mkdir', (fs: LayeredVfs) => fs.mkdir('/d')],
    ['unlink', (fs: LayeredVfs) => fs.unlink('/etc/nginx/nginx.conf')],
    ['touch', (fs: LayeredVfs) => fs.touch('/etc/nginx/nginx.conf')],
  ])('a read-only root refuses %s with EROFS', (_, op) => {
    const { fs } = container({ readOnly: true });
    expect(errno(() => op(fs))).toBe('EROFS');
  });

  it.each([
    ['/missing/x', 'ENOENT'],
    ['/etc/nginx/nginx.conf/x', 'ENOTDIR'],
  ])('writing %s fails with %s', (path, code) => {
    const { fs } = container();
    expect(errno(() => fs.writeFile(path, 'x'))).toBe(code);
  });
});

describe('mounts', () => {
  it('a mount hides what lies beneath it and takes the writes', () => {
    const volume = store(tree({ '/data.txt': file('v') }));
    const { fs, upper } = container({ mounts: [{ target: '/usr/share/html', readOnly: false, store: volume, storeParts: [] }] });
    expect(fs.readdir('/usr/share/html')).toEqual(['data.txt']);
    fs.writeFile('/usr/share/html/new.txt', 'n');
    expect(Object.keys(volume.tree.children).sort()).toEqual(['data.txt', 'new.txt']);
    expect(upper.tree.children).toEqual({});
  });

  it('the deepest mount wins whatever the order', () => {
    const outer = store(tree({ '/sub/who': file('outer') }));
    const inner = store(tree({ '/who': file('inner') }));
    const mounts = [
      { target: '/data/sub', readOnly: false, store: inner, storeParts: [] },
      { target: '/data', readOnly: false, store: outer, storeParts: [] },
    ];
    const { fs } = container({ mounts });
    expect(fs.readFile('/data/sub/who')).toBe('inner');
  });

  it('a read-only mount refuses writes; a mount point cannot be removed', () => {
    const volume = store(emptyDir());
    const { fs } = container({ mounts: [{ target: '/logs', readOnly: true, store: volume, storeParts: [] }] });
    expect(errno(() => fs.writeFile('/logs/a', 'x'))).toBe('EROFS');
    expect(errno(() => fs.rmdir('/logs'))).toBe('EBUSY');
  });

  it('a bind mount reads and writes the host tree at its path, a single file too', () => {
    const host = store(tree({ '/home/learner/site/index.html': file('host'), '/home/learner/my.conf': file('conf') }));
    const { fs } = container({
      mounts: [
        { target: '/srv', readOnly: false, store: host, storeParts: ['home', 'learner', 'site'] },
        { target: '/etc/nginx/nginx.conf', readOnly: false, store: host, storeParts: ['home', 'learner', 'my.conf'] },
      ],
    });
    fs.writeFile('/srv/inside.txt', 'made inside');
    fs.writeFile('/etc/nginx/nginx.conf', '# more', { append: true });
    const hostFs = plainTreeVfs(host);
    expect(hostFs.readdir('/home/learner/site')).toEqual(['index.html', 'inside.txt']);
    expect(hostFs.readFile('/home/learner/my.conf')).toBe('conf# more');
    expect(errno(() => fs.unlink('/etc/nginx/nginx.conf'))).toBe('EBUSY');
  });

  it('rename across mounts is EXDEV', () => {
    const volume = store(emptyDir());
    const { fs } = container({ mounts: [{ target: '/v', readOnly: false, store: volume, storeParts: [] }] });
    fs.writeFile('/a', 'x');
    expect(errno(() => fs.rename('/a', '/v/a'))).toBe('EXDEV');
  });
});
