/**
 * File trees as immutable, JSON-serializable values, and the path-copying
 * operations on them. Image layers, writable layers, volumes, tmpfs mounts and
 * the host's file system are all trees of these nodes.
 */

export interface FileNode {
  type: 'file';
  mode: string;
  content: string;
  /** The owner's uid when it is not root (a file made by `-u nobody`). */
  owner?: number;
}

export interface DirNode {
  type: 'dir';
  mode: string;
  /** Entries by name. */
  children: { [name: string]: FsNode };
  /** Set in an upper layer: hides every entry of the same directory in lower layers (overlayfs "opaque"). */
  opaque?: true;
  /** The owner's uid when it is not root. */
  owner?: number;
}

export interface SymlinkNode {
  type: 'symlink';
  target: string;
}

/** In an upper layer: the same path in lower layers is deleted (overlayfs whiteout). */
export interface WhiteoutNode {
  type: 'whiteout';
}

export type FsNode = FileNode | DirNode | SymlinkNode | WhiteoutNode;

export const emptyDir = (mode = '755'): DirNode => ({ type: 'dir', mode, children: {} });

/** Splits a normalized absolute path into its components (`/` gives `[]`). */
export function splitPath(path: string): string[] {
  return path.split('/').filter((part) => part !== '');
}

export function joinPath(parts: readonly string[]): string {
  return '/' + parts.join('/');
}

/** Resolves `path` against `cwd` lexically: `.`/`..` removed, duplicate slashes collapsed. */
export function normalizePath(path: string, cwd = '/'): string {
  const parts: string[] = [];
  for (const part of (path.startsWith('/') ? path : `${cwd}/${path}`).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return joinPath(parts);
}

export function dirname(path: string): string {
  const parts = splitPath(path);
  parts.pop();
  return joinPath(parts);
}

export function basename(path: string): string {
  const parts = splitPath(path);
  return parts[parts.length - 1] ?? '/';
}

/** The node at `parts` inside `root`, not following symlinks; undefined when missing. */
export function getNode(root: DirNode, parts: readonly string[]): FsNode | undefined {
  let node: FsNode = root;
  for (const part of parts) {
    if (node.type !== 'dir') return undefined;
    const child: FsNode | undefined = node.children[part];
    if (child === undefined) return undefined;
    node = child;
  }
  return node;
}

/**
 * A copy of `root` with `node` at `parts` (or the entry removed when `node` is
 * undefined). Missing directories on the way are created with mode 755. Only
 * the directories on the path are copied; everything else is shared.
 */
export function setNode(root: DirNode, parts: readonly string[], node: FsNode | undefined): DirNode {
  if (parts.length === 0) {
    if (node === undefined || node.type !== 'dir') throw new Error('the root of a tree must be a directory');
    return node;
  }
  const [head, ...rest] = parts;
  const existing = root.children[head];
  const children = { ...root.children };
  if (rest.length === 0) {
    if (node === undefined) delete children[head];
    else children[head] = node;
  } else {
    const dir = existing !== undefined && existing.type === 'dir' ? existing : emptyDir();
    children[head] = setNode(dir, rest, node);
  }
  return { ...root, children };
}

/** Counts the files and symlinks in a tree (whiteouts and directories excluded). */
export function countFiles(node: FsNode | undefined): number {
  if (node === undefined) return 0;
  if (node.type === 'file' || node.type === 'symlink') return 1;
  if (node.type === 'whiteout') return 0;
  let n = 0;
  for (const child of Object.values(node.children)) n += countFiles(child);
  return n;
}

/** True when a directory holds no entries at all. */
export function isEmptyDir(node: FsNode | undefined): boolean {
  return node !== undefined && node.type === 'dir' && Object.keys(node.children).length === 0;
}

/** Every path in a tree with its node, parents before children, names in byte order. */
export function* walk(node: DirNode, prefix: string[] = []): Generator<[string[], FsNode]> {
  for (const name of Object.keys(node.children).sort(compareNames)) {
    const child = node.children[name];
    const parts = [...prefix, name];
    yield [parts, child];
    if (child.type === 'dir') yield* walk(child, parts);
  }
}

/** Byte-order comparison, as `ls` sorts in the C locale. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
