/**
 * The inspector's file tree: a container's merged files (from the engine's
 * `containerFiles`), each with the place its bytes live, flattened into the
 * rows to show for the directories that are open and the filter typed.
 */
import { basename } from '../../engine/fs/tree.ts';
import { storeKey, type FileEntry, type FileStore } from '../../engine/docker/origins.ts';
import type { World } from '../../engine/docker/world.ts';
import { shortId, tildePath } from '../layout/geometry.ts';

export type OriginKind = FileStore['kind'];

export interface Origin {
  kind: OriginKind;
  /** Short words for the tag, e.g. `image layer 2 of 2`, `volume dbdata`. */
  text: string;
  /** Longer words for a tooltip. */
  detail: string;
  /** The `data-store` value. */
  store: string;
}

export interface TreeRow {
  path: string;
  name: string;
  depth: number;
  type: FileEntry['type'];
  origin: Origin;
  /** A directory with entries below it. */
  hasChildren: boolean;
  open: boolean;
}

export function originOf(world: World, store: FileStore): Origin {
  const key = storeKey(store);
  switch (store.kind) {
    case 'image': {
      const layer = world.layers[store.layer];
      const image = world.images.find((i) => i.layers.includes(store.layer));
      const count = image?.layers.length ?? store.index + 1;
      return { kind: 'image', text: `image layer ${store.index + 1} of ${count}`, detail: `read-only image layer ${shortId(store.layer)}: ${layer?.createdBy ?? ''}`, store: key };
    }
    case 'writable':
      return { kind: 'writable', text: 'writable layer', detail: "this container's writable layer: gone when the container is removed", store: key };
    case 'volume': {
      const anonymous = world.volumes.find((v) => v.name === store.name)?.anonymous ?? false;
      const name = anonymous ? shortId(store.name) : store.name;
      return { kind: 'volume', text: `volume ${name}`, detail: `${anonymous ? 'anonymous ' : ''}volume ${name}: kept when the container is removed`, store: key };
    }
    case 'bind':
      return { kind: 'bind', text: `host ${tildePath(store.hostPath)}`, detail: `bind-mounted from the host: ${store.hostPath}`, store: key };
    case 'tmpfs':
      return { kind: 'tmpfs', text: `tmpfs ${store.target}`, detail: `tmpfs at ${store.target}: memory only, emptied when the container stops`, store: key };
    case 'docker':
      return { kind: 'docker', text: 'added by Docker', detail: 'written by Docker at each start (not in any layer)', store: key };
  }
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

function ancestors(path: string): string[] {
  const out: string[] = [];
  for (let p = parentOf(path); p !== '/'; p = parentOf(p)) out.push(p);
  return out;
}

/** Directories to open at first: those leading to data outside the image (the interesting part). */
export function defaultOpen(entries: readonly FileEntry[]): Set<string> {
  const open = new Set<string>();
  for (const entry of entries) {
    const store = entry.store;
    // Docker's own /dev/shm is a tmpfs every container has: not the learner's data.
    if (store.kind === 'image' || store.kind === 'docker' || (store.kind === 'tmpfs' && store.target === '/dev/shm')) continue;
    for (const a of ancestors(entry.path)) open.add(a);
  }
  return open;
}

/**
 * The rows to draw. With a filter, every entry whose path contains it is
 * shown with its ancestors, all open; without one, children show only under
 * open directories.
 */
export function treeRows(world: World, entries: readonly FileEntry[], isOpen: (path: string) => boolean, filter = ''): TreeRow[] {
  const needle = filter.trim().toLowerCase();
  const parents = new Set(entries.map((e) => parentOf(e.path)));
  let shown: Set<string> | null = null;
  if (needle !== '') {
    shown = new Set<string>();
    for (const entry of entries) {
      if (!entry.path.toLowerCase().includes(needle)) continue;
      shown.add(entry.path);
      for (const a of ancestors(entry.path)) shown.add(a);
    }
  }
  const rows: TreeRow[] = [];
  // Entries come parents first, depth first: a closed directory's subtree is one run.
  let closed: string | null = null;
  for (const entry of entries) {
    if (shown !== null && !shown.has(entry.path)) continue;
    if (closed !== null && entry.path.startsWith(closed + '/')) continue;
    closed = null;
    const hasChildren = entry.type === 'dir' && parents.has(entry.path);
    const open = hasChildren && (shown !== null || isOpen(entry.path));
    if (hasChildren && !open) closed = entry.path;
    rows.push({ path: entry.path, name: basename(entry.path), depth: ancestors(entry.path).length, type: entry.type, origin: originOf(world, entry.store), hasChildren, open });
  }
  return rows;
}
