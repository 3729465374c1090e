/**
 * The file system a process sees: a root made of read-only image layers under
 * one writable layer (overlayfs semantics: copy-up, whiteouts, opaque
 * directories), with volumes, bind mounts and tmpfs mounted on top. The host's
 * file system is the same thing with no image layers and no mounts.
 */
import { FsError, type Stat, type Vfs } from './vfs.ts';
import {
  compareNames,
  emptyDir,
  getNode,
  joinPath,
  setNode,
  splitPath,
  type DirNode,
  type FsNode,
} from './tree.ts';

/** Somewhere a tree lives in the world, read and replaced through a facade. */
export interface TreeStore {
  get(): DirNode;
  set(tree: DirNode): void;
}

/** A tree mounted at `target`: a volume, a host folder or file, a tmpfs. */
export interface MountView {
  /** Normalized absolute path inside the container. */
  target: string;
  readOnly: boolean;
  store: TreeStore;
  /** The path inside the store that is mounted (a bind mount's host path; `[]` for a volume or tmpfs). */
  storeParts: readonly string[];
}

/** The container's root: image layers (oldest first) under its writable layer. */
export interface RootView {
  lowers: readonly DirNode[];
  upper: TreeStore;
  readOnly: boolean;
}

interface Resolved {
  /** The resolved absolute path (symlinks followed as asked). */
  parts: string[];
  node: FsNode | undefined;
}

const MAX_SYMLINKS = 40;

/** What a mount shows when the folder behind it was deleted: an empty directory nothing can be made in. */
const DELETED_DIR: DirNode = { type: 'dir', mode: '755', children: {} };

/** Builds a Vfs over a plain tree, as the host's file system is. */
export function plainTreeVfs(store: TreeStore): LayeredVfs {
  return new LayeredVfs({ lowers: [], upper: store, readOnly: false }, []);
}

/** Who a process runs as. Everything in the images belongs to root. */
export interface Credentials {
  uid: number;
  gid: number;
}

export const ROOT: Credentials = { uid: 0, gid: 0 };

const READ = 4;
const WRITE = 2;
const SEARCH = 1;

export class LayeredVfs implements Vfs {
  private readonly mountTargets: string[][];

  constructor(
    private readonly root: RootView,
    private readonly mounts: readonly MountView[],
    private readonly user: Credentials = ROOT,
  ) {
    this.mountTargets = mounts.map((m) => splitPath(m.target));
  }

  /** Unix permission bits for this user: root may do anything; others get the owner's or everyone's bits. */
  private allowed(node: FsNode | undefined, bit: number): boolean {
    if (this.user.uid === 0 || node === undefined || node.type === 'symlink' || node.type === 'whiteout') return true;
    const mode = Number.parseInt(node.mode, 8);
    const bits = (node.owner ?? 0) === this.user.uid ? mode >> 6 : mode;
    return (bits & bit) !== 0;
  }

  private require(node: FsNode | undefined, bit: number, path: string): void {
    if (!this.allowed(node, bit)) throw new FsError('EACCES', path);
  }

  /** The parent directory of a resolved entry, which must let this user change its entries. */
  private requireParentWritable(parts: readonly string[], path: string): void {
    this.require(this.nodeAt(parts.slice(0, -1)), WRITE, path);
  }

  /** Marks a new node as this user's when the user is not root. */
  private owned<T extends FsNode>(node: T): T {
    return this.user.uid === 0 || (node.type !== 'file' && node.type !== 'dir') ? node : { ...node, owner: this.user.uid };
  }

  // ---- lookup ---------------------------------------------------------------

  /** The deepest mount covering `parts`, or -1 for the overlay root. */
  private mountFor(parts: readonly string[]): number {
    let best = -1;
    let bestLen = -1;
    this.mountTargets.forEach((target, i) => {
      // On equal depth the later mount wins: the user's mounts come after Docker's own.
      if (target.length >= bestLen && target.length <= parts.length && target.every((p, j) => parts[j] === p)) {
        best = i;
        bestLen = target.length;
      }
    });
    return best;
  }

  private isMountPoint(parts: readonly string[]): boolean {
    return this.mountTargets.some((t) => t.length === parts.length && t.every((p, j) => parts[j] === p));
  }

  private storePath(mount: number, parts: readonly string[]): string[] {
    const m = this.mounts[mount];
    return [...m.storeParts, ...parts.slice(this.mountTargets[mount].length)];
  }

  /** The layers of the root, topmost first. */
  private layers(): DirNode[] {
    return [this.root.upper.get(), ...[...this.root.lowers].reverse()];
  }

  /**
   * The overlay's view of one path: the topmost node and, for a directory, the
   * layers (topmost first) that contribute entries to it.
   */
  private overlayLookup(parts: readonly string[]): { node: FsNode | undefined; dirs: DirNode[] } {
    const dirs: DirNode[] = [];
    let top: FsNode | undefined;
    for (const layer of this.layers()) {
      let node: FsNode = layer;
      let hidden = false;
      let opaque = false;
      let found = true;
      for (const part of parts) {
        if (node.type !== 'dir') {
          found = false;
          hidden = true;
          break;
        }
        if (node.opaque) opaque = true;
        const child: FsNode | undefined = node.children[part];
        if (child === undefined) {
          found = false;
          break;
        }
        node = child;
      }
      if (found && node.type === 'whiteout') return { node: top, dirs };
      if (found) {
        if (top === undefined) top = node;
        if (top.type !== 'dir') return { node: top, dirs };
        if (node.type !== 'dir') return { node: top, dirs };
        dirs.push(node);
        if (node.opaque) return { node: top, dirs };
      }
      // An opaque directory on the way, or a file where a directory should be, hides every lower layer.
      if (hidden || opaque) return { node: top, dirs };
    }
    return { node: top, dirs };
  }

  /** The node at an already-resolved path, without following a final symlink. */
  private nodeAt(parts: readonly string[]): FsNode | undefined {
    const mount = this.mountFor(parts);
    if (mount >= 0) {
      const store = this.mounts[mount].store.get();
      // A host folder deleted under a running container still shows as an empty directory (126-host-bind-source-deleted.t).
      if (getNode(store, this.mounts[mount].storeParts) === undefined) return parts.length === this.mountTargets[mount].length ? DELETED_DIR : undefined;
      return getNode(store, this.storePath(mount, parts));
    }
    return this.overlayLookup(parts).node;
  }

  /** Resolves symlinks in every directory component, and in the last one when `followLast`. */
  private resolve(path: string, followLast: boolean): Resolved {
    let pending = splitPath(path);
    let parts: string[] = [];
    let links = 0;
    while (pending.length > 0) {
      const [head, ...rest] = pending;
      pending = rest;
      if (head === '.') continue;
      if (head === '..') {
        parts.pop();
        continue;
      }
      const next = [...parts, head];
      const node = this.nodeAt(next);
      if (node === undefined) {
        if (pending.length > 0) throw new FsError('ENOENT', path);
        return { parts: next, node: undefined };
      }
      if (node.type === 'symlink' && (pending.length > 0 || followLast)) {
        if (++links > MAX_SYMLINKS) throw new FsError('ELOOP', path);
        const target = splitPath(node.target);
        if (node.target.startsWith('/')) parts = [];
        pending = [...target, ...pending];
        continue;
      }
      if (node.type !== 'dir' && pending.length > 0) throw new FsError('ENOTDIR', path);
      if (pending.length > 0) this.require(node, SEARCH, path);
      parts = next;
    }
    return { parts, node: this.nodeAt(parts) };
  }

  private statOf(parts: readonly string[], node: FsNode): Stat {
    if (node.type === 'whiteout') throw new FsError('ENOENT', joinPath(parts));
    return {
      kind: node.type,
      mode: node.type === 'symlink' ? '777' : node.mode,
      size: node.type === 'file' ? node.content.length : node.type === 'symlink' ? node.target.length : 0,
      mountPoint: this.isMountPoint(parts),
      ...(node === DELETED_DIR ? { unlinked: true } : {}),
    };
  }

  // ---- writing --------------------------------------------------------------

  private assertWritable(parts: readonly string[], path: string): void {
    const mount = this.mountFor(parts);
    const readOnly = mount >= 0 ? this.mounts[mount].readOnly : this.root.readOnly;
    if (readOnly) throw new FsError('EROFS', path);
  }

  /** True when some image layer has an entry at this path (so deleting it needs a whiteout). */
  private inLowers(parts: readonly string[]): boolean {
    const upper = this.root.upper.get();
    // Hidden by an opaque directory or a whiteout in the upper layer: the lower entry no longer shows.
    let node: FsNode = upper;
    for (const part of parts) {
      if (node.type !== 'dir') break;
      if (node.opaque) return false;
      const child: FsNode | undefined = node.children[part];
      if (child === undefined) break;
      if (child.type === 'whiteout') return false;
      node = child;
    }
    for (const layer of [...this.root.lowers].reverse()) {
      const { found, blocked } = lowerHas(layer, parts);
      if (found) return true;
      if (blocked) return false;
    }
    return false;
  }

  /** Copies the directories above `parts` up into the writable layer, keeping their modes. */
  private copyUpParents(upper: DirNode, parts: readonly string[]): DirNode {
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i);
      const existing = getNode(upper, prefix);
      if (existing !== undefined && existing.type === 'dir') continue;
      const merged = this.overlayLookup(prefix).node;
      const mode = merged !== undefined && merged.type === 'dir' ? merged.mode : '755';
      upper = setNode(upper, prefix, emptyDir(mode));
    }
    return upper;
  }

  /** Puts `node` at a resolved path (undefined deletes), with copy-up or whiteout as overlayfs does. */
  private put(parts: readonly string[], node: FsNode | undefined): void {
    const mount = this.mountFor(parts);
    if (mount >= 0) {
      const store = this.mounts[mount].store;
      if (getNode(store.get(), this.mounts[mount].storeParts) === undefined) throw new FsError('ENOENT', joinPath(parts));
      store.set(setNode(store.get(), this.storePath(mount, parts), node));
      return;
    }
    let upper = this.copyUpParents(this.root.upper.get(), parts);
    if (node === undefined) {
      upper = setNode(upper, parts, this.inLowers(parts) ? { type: 'whiteout' } : undefined);
    } else {
      const previous = getNode(upper, parts);
      // A directory made where a deleted one stood must hide the old one's entries.
      if (node.type === 'dir' && previous?.type === 'whiteout') node = { ...node, opaque: true };
      upper = setNode(upper, parts, node);
    }
    this.root.upper.set(upper);
  }

  /** Resolves the parent directory of `path` (following symlinks) and returns the entry's full parts. */
  private entry(path: string): { parts: string[]; node: FsNode | undefined } {
    const all = splitPath(path);
    const name = all.pop();
    if (name === undefined) return { parts: [], node: this.nodeAt([]) };
    const parent = this.resolve(joinPath(all), true);
    if (parent.node === undefined) throw new FsError('ENOENT', path);
    if (parent.node.type !== 'dir') throw new FsError('ENOTDIR', path);
    const parts = [...parent.parts, name];
    return { parts, node: this.nodeAt(parts) };
  }

  // ---- Vfs ------------------------------------------------------------------

  stat(path: string): Stat {
    const r = this.resolve(path, true);
    if (r.node === undefined) throw new FsError('ENOENT', path);
    return this.statOf(r.parts, r.node);
  }

  lstat(path: string): Stat {
    const r = this.resolve(path, false);
    if (r.node === undefined) throw new FsError('ENOENT', path);
    return this.statOf(r.parts, r.node);
  }

  exists(path: string): boolean {
    try {
      this.stat(path);
      return true;
    } catch (e) {
      if (e instanceof FsError) return false;
      throw e;
    }
  }

  readFile(path: string): string {
    const r = this.resolve(path, true);
    if (r.node === undefined) throw new FsError('ENOENT', path);
    if (r.node.type === 'dir') throw new FsError('EISDIR', path);
    if (r.node.type !== 'file') throw new FsError('ENOENT', path);
    this.require(r.node, READ, path);
    return r.node.content;
  }

  writeFile(path: string, content: string, options: { append?: boolean; mode?: string } = {}): void {
    let { parts, node } = this.entry(path);
    if (node?.type === 'symlink') {
      const r = this.resolve(path, true);
      parts = r.parts;
      node = r.node;
      if (node === undefined) this.entry(joinPath(parts)); // the link's target directory must exist
    }
    if (node?.type === 'dir') throw new FsError('EISDIR', path);
    this.assertWritable(parts, path);
    if (node === undefined) this.requireParentWritable(parts, path);
    else this.require(node, WRITE, path);
    const old = node?.type === 'file' ? node : undefined;
    const body = options.append && old ? old.content + content : content;
    const file = old !== undefined ? { ...old, content: body } : this.owned({ type: 'file' as const, mode: options.mode ?? '644', content: body });
    this.put(parts, file);
  }

  readdir(path: string): string[] {
    const r = this.resolve(path, true);
    if (r.node === undefined) throw new FsError('ENOENT', path);
    if (r.node.type !== 'dir') throw new FsError('ENOTDIR', path);
    this.require(r.node, READ, path);
    const names = new Set<string>();
    const mount = this.mountFor(r.parts);
    if (mount >= 0) {
      for (const name of Object.keys(r.node.children)) names.add(name);
    } else {
      const { dirs } = this.overlayLookup(r.parts);
      const seen = new Set<string>();
      for (const dir of dirs) {
        for (const [name, child] of Object.entries(dir.children)) {
          if (seen.has(name)) continue;
          seen.add(name);
          if (child.type !== 'whiteout') names.add(name);
        }
      }
    }
    // Mount points show in their parent even where no directory was made for them.
    for (const target of this.mountTargets) {
      if (target.length === r.parts.length + 1 && r.parts.every((p, j) => target[j] === p)) names.add(target[r.parts.length]);
    }
    return [...names].sort(compareNames);
  }

  mkdir(path: string, mode = '755'): void {
    const { parts, node } = this.entry(path);
    if (node !== undefined) throw new FsError('EEXIST', path);
    this.assertWritable(parts, path);
    this.requireParentWritable(parts, path);
    this.put(parts, this.owned(emptyDir(mode)));
  }

  rmdir(path: string): void {
    const { parts, node } = this.entry(path);
    if (node === undefined) throw new FsError('ENOENT', path);
    if (node.type !== 'dir') throw new FsError('ENOTDIR', path);
    if (this.isMountPoint(parts)) throw new FsError('EBUSY', path);
    if (this.readdir(joinPath(parts)).length > 0) throw new FsError('ENOTEMPTY', path);
    this.assertWritable(parts, path);
    this.requireParentWritable(parts, path);
    this.put(parts, undefined);
  }

  unlink(path: string): void {
    const { parts, node } = this.entry(path);
    if (node === undefined) throw new FsError('ENOENT', path);
    if (this.isMountPoint(parts)) throw new FsError('EBUSY', path);
    if (node.type === 'dir') throw new FsError('EISDIR', path);
    this.assertWritable(parts, path);
    this.requireParentWritable(parts, path);
    this.put(parts, undefined);
  }

  rename(from: string, to: string): void {
    const source = this.entry(from);
    if (source.node === undefined) throw new FsError('ENOENT', from);
    const dest = this.entry(to);
    if (this.isMountPoint(source.parts) || this.isMountPoint(dest.parts)) throw new FsError('EBUSY', from);
    this.assertWritable(source.parts, from);
    this.assertWritable(dest.parts, to);
    this.requireParentWritable(source.parts, from);
    this.requireParentWritable(dest.parts, to);
    const sourceMount = this.mountFor(source.parts);
    const destMount = this.mountFor(dest.parts);
    const sameStore =
      sourceMount === destMount ||
      (sourceMount >= 0 && destMount >= 0 && this.mounts[sourceMount].store === this.mounts[destMount].store);
    if (!sameStore) throw new FsError('EXDEV', from);
    if (joinPath(source.parts) === joinPath(dest.parts)) return;
    if (dest.parts.length > source.parts.length && source.parts.every((p, i) => dest.parts[i] === p)) {
      throw new FsError('EINVAL', to);
    }
    if (source.node.type === 'dir') {
      // overlayfs without redirect_dir refuses to rename a directory that has image-layer content.
      if (sourceMount < 0 && this.inLowers(source.parts)) throw new FsError('EXDEV', from);
      if (dest.node !== undefined) {
        if (dest.node.type !== 'dir') throw new FsError('ENOTDIR', to);
        if (this.readdir(joinPath(dest.parts)).length > 0) throw new FsError('ENOTEMPTY', to);
      }
    } else if (dest.node?.type === 'dir') {
      throw new FsError('EISDIR', to);
    }
    const moved = sourceMount >= 0 ? source.node : this.materialize(source.parts, source.node);
    this.put(source.parts, undefined);
    this.put(dest.parts, moved);
  }

  symlink(target: string, path: string): void {
    const { parts, node } = this.entry(path);
    if (node !== undefined) throw new FsError('EEXIST', path);
    this.assertWritable(parts, path);
    this.requireParentWritable(parts, path);
    this.put(parts, { type: 'symlink', target });
  }

  readlink(path: string): string {
    const r = this.resolve(path, false);
    if (r.node === undefined) throw new FsError('ENOENT', path);
    if (r.node.type !== 'symlink') throw new FsError('EINVAL', path);
    return r.node.target;
  }

  chmod(path: string, mode: string): void {
    const r = this.resolve(path, true);
    if (r.node === undefined || r.node.type === 'whiteout') throw new FsError('ENOENT', path);
    this.assertWritable(r.parts, path);
    if (r.node.type === 'symlink') return;
    if (this.user.uid !== 0 && (r.node.owner ?? 0) !== this.user.uid) throw new FsError('EPERM', path);
    this.put(r.parts, r.node.type === 'dir' ? this.copyUpDir(r.parts, r.node, mode) : { ...r.node, mode });
  }

  touch(path: string): void {
    const r = this.resolve(path, true);
    if (r.node === undefined || r.node.type === 'whiteout') throw new FsError('ENOENT', path);
    this.assertWritable(r.parts, path);
    // Setting the times to now needs write permission or ownership.
    if (!this.allowed(r.node, WRITE) && (r.node.type === 'symlink' || (r.node.owner ?? 0) !== this.user.uid)) throw new FsError('EACCES', path);
    if (r.node.type === 'symlink') return;
    this.put(r.parts, r.node.type === 'dir' ? this.copyUpDir(r.parts, r.node, r.node.mode) : r.node);
  }

  realpath(path: string): string {
    const r = this.resolve(path, true);
    if (r.node === undefined) throw new FsError('ENOENT', path);
    return joinPath(r.parts);
  }

  /** The merged content at `path` as one plain tree (what a copy of it would hold), or undefined. */
  readTree(path: string): FsNode | undefined {
    if (!this.exists(path)) return undefined;
    const r = this.resolve(path, true);
    if (r.node === undefined || r.node.type === 'whiteout') return undefined;
    return this.materialize(r.parts, r.node);
  }

  // ---- helpers --------------------------------------------------------------

  /** A directory copied up for a metadata change: the upper's own entries stay, lower ones keep merging. */
  private copyUpDir(parts: readonly string[], merged: DirNode, mode: string): DirNode {
    if (this.mountFor(parts) >= 0) return { ...merged, mode };
    const inUpper = getNode(this.root.upper.get(), parts);
    const base = inUpper !== undefined && inUpper.type === 'dir' ? inUpper : emptyDir(merged.mode);
    return { ...base, mode };
  }

  /** The merged content of a path in the overlay, flattened into one tree (for moving it). */
  private materialize(parts: readonly string[], node: FsNode): FsNode {
    if (node.type !== 'dir') return node;
    const children: Record<string, FsNode> = {};
    for (const name of this.readdir(joinPath(parts))) {
      const childParts = [...parts, name];
      const child = this.nodeAt(childParts);
      if (child !== undefined && child.type !== 'whiteout') children[name] = this.materialize(childParts, child);
    }
    return { type: 'dir', mode: node.mode, children };
  }
}

/** Whether a lower layer has an entry at `parts`, and whether it hides the layers under it there. */
function lowerHas(layer: DirNode, parts: readonly string[]): { found: boolean; blocked: boolean } {
  let node: FsNode = layer;
  for (const part of parts) {
    if (node.type !== 'dir') return { found: false, blocked: true };
    if (node.opaque) return { found: node.children[part] !== undefined && node.children[part].type !== 'whiteout', blocked: true };
    const child: FsNode | undefined = node.children[part];
    if (child === undefined) return { found: false, blocked: false };
    if (child.type === 'whiteout') return { found: false, blocked: true };
    node = child;
  }
  return { found: true, blocked: false };
}
