/**
 * Where each file a container sees actually lives: an image layer, the
 * writable layer, a volume, a host folder, a tmpfs, or Docker's own files.
 * This is the question the lab exists to answer, so it is answered here, from
 * the world, and the page only draws it.
 */
import { compareNames, getNode, joinPath, splitPath, type DirNode } from '../fs/tree.ts';
import { INIT_LAYER, containerVfs, imageOf } from './containerFs.ts';
import { Session } from './session.ts';
import type { Container, World } from './world.ts';

export type FileStore =
  | { kind: 'image'; layer: string; index: number }
  | { kind: 'writable' }
  | { kind: 'volume'; name: string }
  | { kind: 'bind'; hostPath: string }
  | { kind: 'tmpfs'; target: string }
  | { kind: 'docker' };

/** The store as one word: `writable`, `volume:NAME`, `bind:HOSTPATH`, `tmpfs`, `image` or `docker`. */
export function storeKey(store: FileStore): string {
  switch (store.kind) {
    case 'volume':
      return `volume:${store.name}`;
    case 'bind':
      return `bind:${store.hostPath}`;
    default:
      return store.kind;
  }
}

export interface FileEntry {
  path: string;
  type: 'file' | 'dir' | 'symlink';
  store: FileStore;
}

const DOCKER_MOUNTS = ['/dev', '/proc', '/sys', '/etc/hostname', '/etc/hosts', '/etc/resolv.conf'];

/** The mount covering `path` (the deepest), as a store, or null for the container's root. */
function mountStore(container: Container, parts: readonly string[]): FileStore | null {
  let best = null as { depth: number; store: FileStore } | null;
  const consider = (target: string, store: () => FileStore) => {
    const t = splitPath(target);
    if (t.length > parts.length || !t.every((p, i) => parts[i] === p)) return;
    if (best === null || t.length >= best.depth) best = { depth: t.length, store: store() };
  };
  for (const target of DOCKER_MOUNTS) consider(target, () => ({ kind: 'docker' }));
  consider('/dev/shm', () => ({ kind: 'tmpfs', target: '/dev/shm' }));
  for (const mount of container.mounts) {
    consider(mount.target, () => {
      if (mount.type === 'volume') return { kind: 'volume', name: mount.name };
      if (mount.type === 'tmpfs') return { kind: 'tmpfs', target: mount.target };
      const rest = parts.slice(splitPath(mount.target).length);
      return { kind: 'bind', hostPath: joinPath([...splitPath(mount.source), ...rest]) };
    });
  }
  return best === null ? null : best.store;
}

/** Where an entry of the container's root comes from: the writable layer, an image layer, or Docker's init layer. */
function rootStore(world: World, container: Container, parts: readonly string[]): FileStore {
  const inUpper = getNode(container.writableLayer, parts);
  if (inUpper !== undefined && inUpper.type !== 'dir') return { kind: 'writable' };
  const image = world.images.find((i) => i.id === container.imageId);
  const layers = image?.layers ?? [];
  for (let i = layers.length - 1; i >= 0; i--) {
    const node = getNode(world.layers[layers[i]].tree, parts);
    if (node !== undefined && node.type !== 'whiteout') {
      // A directory the writable layer also holds is shown where the image put it.
      return { kind: 'image', layer: layers[i], index: i };
    }
  }
  if (getNode(INIT_LAYER, parts) !== undefined) return { kind: 'docker' };
  return { kind: 'writable' };
}

/**
 * Every entry of a container's merged file system with the store it lives in,
 * parents before children, at most `limit` entries (the busybox applets alone
 * are some thirty). /proc and /sys are listed but not walked.
 */
export function containerFiles(world: World, id: string, limit = 2000): FileEntry[] {
  const session = new Session(world);
  const container = session.container(id);
  imageOf(session, container);
  const fs = containerVfs(session, id);
  const out: FileEntry[] = [];
  const visit = (parts: string[]) => {
    let names: string[];
    try {
      names = fs.readdir(joinPath(parts));
    } catch {
      return;
    }
    for (const name of [...names].sort(compareNames)) {
      if (out.length >= limit) return;
      const childParts = [...parts, name];
      const path = joinPath(childParts);
      let kind: FileEntry['type'];
      try {
        kind = fs.lstat(path).kind;
      } catch {
        continue;
      }
      const store = mountStore(container, childParts) ?? rootStore(world, container, childParts);
      out.push({ path, type: kind, store });
      if (kind === 'dir' && path !== '/proc' && path !== '/sys') visit(childParts);
    }
  };
  visit([]);
  return out;
}

/** A file or whiteout in a tree that the diagram shows as a chip. */
export interface TreeFile {
  path: string;
  type: 'file' | 'symlink' | 'whiteout' | 'dir';
}

/** The entries of a tree worth showing as chips: files, symlinks, whiteouts, and empty directories. */
export function treeFiles(tree: DirNode, prefix = '', limit = 500): TreeFile[] {
  const out: TreeFile[] = [];
  const visit = (dir: DirNode, path: string) => {
    for (const name of Object.keys(dir.children).sort(compareNames)) {
      if (out.length >= limit) return;
      const node = dir.children[name];
      const childPath = `${path}/${name}`;
      if (node.type === 'dir') {
        if (Object.keys(node.children).length === 0 || node.opaque) out.push({ path: childPath, type: 'dir' });
        visit(node, childPath);
      } else out.push({ path: childPath, type: node.type });
    }
  };
  visit(tree, prefix);
  return out;
}
