/**
 * Builds the file systems the shell tests run on, with the lab's own
 * LayeredVfs: a busybox image root for the container dialect, a plain tree for
 * the host.
 */

import { LayeredVfs, plainTreeVfs, type TreeStore } from '../../src/engine/fs/layeredVfs.ts';
import { emptyDir, setNode, splitPath, type DirNode, type FsNode } from '../../src/engine/fs/tree.ts';
import { runShell } from '../../src/engine/shell/index.ts';
import type { Dialect, EnvVar, ShellContext, ShellResult } from '../../src/engine/shell/types.ts';

/** Files to create: path -> content; a path ending in `/` is a directory; `{ symlink }` a link. */
export type FileSpec = Readonly<Record<string, string | { symlink: string } | { content: string; mode: string }>>;

/** The catalog's applets (catalog.json). */
export const APPLETS = [
  'sh', 'echo', 'printf', 'cat', 'ls', 'mkdir', 'rmdir', 'rm', 'touch', 'cp', 'mv', 'sleep', 'true', 'false',
  'test', '[', 'pwd', 'env', 'head', 'tail', 'wc', 'grep', 'tar', 'hostname', 'id', 'find',
];

export function treeOf(files: FileSpec, base: DirNode = emptyDir()): DirNode {
  let tree = base;
  for (const [path, spec] of Object.entries(files)) {
    let node: FsNode;
    if (path.endsWith('/')) node = emptyDir();
    else if (typeof spec === 'string') node = { type: 'file', mode: '644', content: spec };
    else if ('symlink' in spec) node = { type: 'symlink', target: spec.symlink };
    else node = { type: 'file', mode: spec.mode, content: spec.content };
    tree = setNode(tree, splitPath(path), node);
  }
  return tree;
}

/** The busybox image's root file system (its first layer in catalog.json). */
export function busyboxImage(): DirNode {
  const files: Record<string, string | { symlink: string } | { content: string; mode: string }> = {
    '/bin/': '', '/dev/': '', '/etc/': '', '/home/': '', '/proc/': '', '/sys/': '',
    '/usr/local/bin/': '', '/var/lib/': '', '/var/log/': '',
    '/bin/busybox': { content: '@busybox', mode: '755' },
    '/etc/passwd': 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n',
    '/etc/group': 'root:x:0:\nnogroup:x:65534:\n',
  };
  for (const a of APPLETS) files[`/bin/${a}`] = { symlink: 'busybox' };
  let tree = treeOf(files);
  tree = setNode(tree, ['root'], emptyDir('700'));
  tree = setNode(tree, ['tmp'], emptyDir('1777'));
  return tree;
}

export function memoryStore(tree: DirNode): TreeStore {
  let current = tree;
  return { get: () => current, set: (t) => (current = t) };
}

export interface RunOptions {
  /** Files relative to the working directory (`/work`). */
  files?: FileSpec;
  /** Files at absolute paths. */
  absolute?: FileSpec;
  env?: EnvVar[];
  stdin?: string;
  cwd?: string;
  external?: ShellContext['external'];
  sleep?: ShellContext['sleep'];
}

export const WORK = '/work';

/** A container-like Vfs (busybox image below, writable layer above) or a host tree, with the given files. */
export function makeFs(dialect: Dialect, options: RunOptions = {}): { fs: LayeredVfs; store: TreeStore } {
  const relative: Record<string, FileSpec[string]> = { [`${WORK}/`]: '' };
  for (const [p, spec] of Object.entries(options.files ?? {})) relative[`${WORK}/${p}`] = spec;
  const upper = treeOf({ ...relative, ...(options.absolute ?? {}) }, dialect === 'bash' ? treeOf({ '/root/': '', '/tmp/': '' }) : emptyDir());
  const store = memoryStore(upper);
  if (dialect === 'bash') return { fs: plainTreeVfs(store), store };
  return { fs: new LayeredVfs({ lowers: [busyboxImage()], upper: store, readOnly: false }, []), store };
}

export function defaultEnv(dialect: Dialect): EnvVar[] {
  return dialect === 'busybox'
    ? [
        { name: 'PATH', value: '/bin' },
        { name: 'HOME', value: '/root' },
      ]
    : [
        { name: 'PATH', value: '/usr/bin:/bin' },
        { name: 'HOME', value: '/root' },
      ];
}

/** Runs a script the way the tests compare it with the real shells. */
export function run(dialect: Dialect, script: string, options: RunOptions = {}): ShellResult & { fs: LayeredVfs } {
  const { fs } = makeFs(dialect, options);
  const result = runShell(script, {
    dialect,
    fs,
    cwd: options.cwd ?? WORK,
    env: options.env ?? defaultEnv(dialect),
    hostname: 'box1',
    stdin: options.stdin ?? '',
    external: options.external,
    sleep: options.sleep,
  });
  return { ...result, fs };
}
