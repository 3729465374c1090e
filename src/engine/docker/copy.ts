/**
 * `docker cp`, the daemon's half and the archive rules both halves share.
 *
 * Docker moves files for `docker cp` as a tar stream: the daemon archives a
 * path of the container (`GET /containers/{id}/archive`) or extracts an
 * archive into one of its directories (`PUT`), and the CLI decides, from what
 * exists on both sides, which directory to extract into and how to rename
 * the archive's top entry (moby's `pkg/archive/copy.go`). This module models
 * the stream as a list of entries and follows those rules step by step, so
 * every error comes out where and as Docker's does (test/conformance/110-cp-errors.t).
 *
 * The container's file system as `docker cp` sees it is not the one its
 * processes see: the daemon mounts the root with the volumes and bind mounts
 * and Docker's hostname/hosts/resolv.conf, but no tmpfs and no /dev or /proc
 * (test/conformance/111-cp-readonly.t: a file copied into a tmpfs path lands
 * beneath the tmpfs, where the container cannot see it).
 */
import { LayeredVfs, type MountView, type TreeStore } from '../fs/layeredVfs.ts';
import { normalizePath, splitPath, type DirNode } from '../fs/tree.ts';
import { FsError, type Vfs } from '../fs/vfs.ts';
import { imageOf, lowerLayers, mountView } from './containerFs.ts';
import { DaemonError, requireContainer } from './daemon.ts';
import type { Session } from './session.ts';
import type { Container } from './world.ts';

// ---- the archive ----------------------------------------------------------------

/**
 * One member of the tar stream `docker cp` moves, parents before children.
 * Names are relative and have no trailing slash: the top entry is the copied
 * thing's name (`etc`), or `.` when a directory's contents are copied
 * (`etc/.`), and the rest hang under it (`etc/group`, `./group`).
 */
export type CopyEntry =
  | { type: 'dir'; name: string; mode: string }
  | { type: 'file'; name: string; mode: string; content: string }
  | { type: 'symlink'; name: string; target: string };

/** What one side knows about a path taking part in a copy (moby's `archive.CopyInfo`). */
export interface CopyInfo {
  path: string;
  exists: boolean;
  isDir: boolean;
  /** The name the top entry must take (when a followed symlink changed the last component). */
  rebaseName: string;
}

/** An error of the archive rules or of extraction, printed as its message alone. */
export class CopyError extends Error {}

// ---- Go's path functions, which decide much of what `docker cp` does -----------

/** Go's `filepath.Clean`: relative paths stay relative, `''` is `.`. */
export function goClean(path: string): string {
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const body = out.join('/');
  if (rooted) return '/' + body;
  return body === '' ? '.' : body;
}

/** Go's `filepath.Base`: the last element, trailing slashes ignored; `.` for `''`, `/` for the root. */
export function goBase(path: string): string {
  if (path === '') return '.';
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** Go's `filepath.Dir`. */
export function goDir(path: string): string {
  return goClean(path.slice(0, path.lastIndexOf('/') + 1));
}

export const hasTrailingSeparator = (path: string): boolean => path.length > 1 && path.endsWith('/');

/** `dir/.`: the directory's contents rather than the directory. */
export const specifiesCurrentDir = (path: string): boolean => goBase(path) === '.';

/** The path says it must be a directory: a trailing `/` or `/.`. */
export const assertsDirectory = (path: string): boolean => hasTrailingSeparator(path) || specifiesCurrentDir(path);

/** Puts back the trailing `/` or `/.` that cleaning `original` removed. */
export function preserveTrailingDotOrSeparator(cleaned: string, original: string): string {
  let path = cleaned;
  if (!specifiesCurrentDir(path) && specifiesCurrentDir(original)) {
    if (!hasTrailingSeparator(path) && path !== '/') path += '/';
    path += '.';
  }
  if (!hasTrailingSeparator(path) && path !== '/' && hasTrailingSeparator(original)) path += '/';
  return path;
}

/** The directory holding a path and the entry's name in it; `dir/.` gives `[dir, '.']`. */
export function splitPathDirEntry(path: string): [string, string] {
  let cleaned = goClean(path);
  if (specifiesCurrentDir(path)) cleaned += '/.';
  return [goDir(cleaned), goBase(cleaned)];
}

/** Go's `syscall.Errno` text: libc's, lower case. */
export const goErrnoText = (e: FsError): string => e.text.charAt(0).toLowerCase() + e.text.slice(1);

/** `op path: text`, as Go prints an `*os.PathError`. */
export const pathError = (op: string, path: string, e: FsError): string => `${op} ${path}: ${goErrnoText(e)}`;

// ---- reading and writing archives on a file system -----------------------------

/**
 * `lstat(2)` of a path that may end in `/` or `/.`: the kernel then follows
 * a final symlink and insists on a directory.
 */
export function lstatMarked(fs: Vfs, path: string): ReturnType<Vfs['lstat']> {
  const clean = normalizePath(path);
  if (!assertsDirectory(path) || clean === '/') return fs.lstat(clean);
  const stat = fs.stat(clean);
  if (stat.kind !== 'dir') throw new FsError('ENOTDIR', path);
  return stat;
}

/**
 * Archives what is at `path` (already resolved, not following a final
 * symlink unless `followTop`) with `name` as its top entry's name.
 */
export function archivePath(fs: Vfs, path: string, name: string, followTop = false): CopyEntry[] {
  const entries: CopyEntry[] = [];
  const visit = (at: string, entryName: string, follow: boolean): void => {
    const stat = follow ? fs.stat(at) : fs.lstat(at);
    if (stat.kind === 'symlink') entries.push({ type: 'symlink', name: entryName, target: fs.readlink(at) });
    else if (stat.kind === 'file') entries.push({ type: 'file', name: entryName, mode: stat.mode, content: fs.readFile(at) });
    else {
      entries.push({ type: 'dir', name: entryName, mode: stat.mode });
      for (const child of fs.readdir(at)) visit(at === '/' ? `/${child}` : `${at}/${child}`, `${entryName}/${child}`, false);
    }
  };
  visit(normalizePath(path), name, followTop);
  return entries;
}

/** Renames the top entry `oldBase` to `newBase` (moby's `RebaseArchiveEntries`). */
export function rebaseEntries(entries: readonly CopyEntry[], oldBase: string, newBase: string): CopyEntry[] {
  return entries.map((e) => {
    if (e.name === oldBase) return { ...e, name: newBase };
    if (e.name.startsWith(oldBase + '/')) return { ...e, name: newBase + e.name.slice(oldBase.length) };
    return e;
  });
}

/**
 * Where to extract an archive of `src` so that it lands as `dst` says, and
 * the archive renamed to fit (moby's `PrepareArchiveCopy`): into an existing
 * directory as is; otherwise into the destination's parent, the top entry
 * taking the destination's name.
 */
export function prepareArchiveCopy(
  entries: readonly CopyEntry[],
  src: CopyInfo,
  dst: CopyInfo,
): { dstDir: string; entries: CopyEntry[] } {
  const [dstDir, dstBase] = splitPathDirEntry(dst.path);
  let srcBase = topName(splitPathDirEntry(src.path)[1]);
  if (dst.exists && dst.isDir) return { dstDir: dst.path, entries: [...entries] };
  if (dst.exists && src.isDir) throw new CopyError('cannot copy directory');
  if (src.rebaseName !== '') srcBase = src.rebaseName;
  if (!dst.exists && !src.isDir && assertsDirectory(dst.path)) throw new CopyError('no such directory');
  return { dstDir, entries: rebaseEntries(entries, srcBase, topName(dstBase)) };
}

/** The root's archive holds its contents, as `/.` would. */
const topName = (base: string): string => (base === '/' ? '.' : base);

/** Who extracts: the daemon changes owners (and reports that failing first on an existing directory); the CLI does not. */
export type Extractor = 'daemon' | 'client';

/**
 * Extracts an archive into the directory `dest` (moby's `Untar` with
 * `NoOverwriteDirNonDir`): an existing file or symlink is replaced, an
 * existing directory is merged into, and a directory never replaces a
 * non-directory or the other way round.
 */
export function extractArchive(fs: Vfs, dest: string, entries: readonly CopyEntry[], extractor: Extractor): void {
  const base = normalizePath(dest);
  for (const entry of entries) {
    const path = normalizePath(`${base}/${entry.name}`);
    if (path !== base) ensureParent(fs, path);
    let existing: ReturnType<Vfs['lstat']> | undefined;
    try {
      existing = fs.lstat(path);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      if (e.code !== 'ENOENT') throw new CopyError(pathError('lstat', path, e));
    }
    if (existing !== undefined) {
      if (existing.kind === 'dir' && entry.type !== 'dir') {
        throw new CopyError(`cannot overwrite directory "${path}" with non-directory "${base}"`);
      }
      if (existing.kind !== 'dir' && entry.type === 'dir') {
        throw new CopyError(`cannot overwrite non-directory "${path}" with directory "${base}"`);
      }
      if (existing.kind === 'dir' && entry.name === '.') continue;
      if (existing.kind !== 'dir') attempt(() => fs.unlink(path), (e) => pathError('unlinkat', path, e));
    }
    switch (entry.type) {
      case 'dir':
        if (existing === undefined) attempt(() => fs.mkdir(path, entry.mode), (e) => pathError('mkdir', path, e));
        else {
          // Untar sets owner, mode and times on a directory it merges into (an overlay copies it up for that).
          const lchown = (e: FsError) => `failed to Lchown "${path}" for UID 0, GID 0: ${pathError('lchown', path, e)}`;
          attempt(() => fs.chmod(path, entry.mode), (e) => (extractor === 'daemon' ? lchown(e) : pathError('chmod', path, e)));
        }
        break;
      case 'file':
        attempt(() => fs.writeFile(path, entry.content, { mode: entry.mode }), (e) => pathError('open', path, e));
        break;
      case 'symlink':
        attempt(() => fs.symlink(entry.target, path), (e) => `symlink ${entry.target} ${path}: ${goErrnoText(e)}`);
        break;
    }
  }
}

/** Untar makes a missing parent directory (mode 755) before an entry. */
function ensureParent(fs: Vfs, path: string): void {
  const parts = splitPath(path);
  for (let i = 1; i < parts.length; i++) {
    const dir = '/' + parts.slice(0, i).join('/');
    if (!fs.exists(dir)) attempt(() => fs.mkdir(dir), (e) => pathError('mkdir', dir, e));
  }
}

function attempt(action: () => void, message: (e: FsError) => string): void {
  try {
    action();
  } catch (e) {
    if (e instanceof FsError) throw new CopyError(message(e));
    throw e;
  }
}

// ---- the daemon -----------------------------------------------------------------

/**
 * The container's file system as the daemon mounts it for `docker cp`
 * (moby's `openContainerFS`): image layers and writable layer, the volumes
 * and bind mounts (read-only ones read-only), and, once the container has
 * been started, Docker's hostname, hosts and resolv.conf files. No tmpfs, no
 * /dev or /proc; the root itself is writable (only the extraction point is
 * checked against `--read-only`).
 */
export function copyVfs(session: Session, container: Container): LayeredVfs {
  const id = container.id;
  const field = (name: 'writableLayer' | 'dockerFiles'): TreeStore => ({
    get: () => session.container(id)[name],
    set: (tree: DirNode) => session.updateContainer(id, (c) => ({ ...c, [name]: tree })),
  });
  const root = { lowers: lowerLayers(session, imageOf(session, container)), upper: field('writableLayer'), readOnly: false };
  const mounts: MountView[] = [];
  // A container never started has no such files yet: the init layer's empty ones show (checked on Docker 26.1).
  if (container.status !== 'created') {
    const files = field('dockerFiles');
    const readOnly = container.hostConfig.readOnlyRootfs;
    for (const name of ['hostname', 'hosts', 'resolv.conf']) {
      mounts.push({ target: `/etc/${name}`, readOnly, store: files, storeParts: [name] });
    }
  }
  for (const mount of container.mounts) {
    if (mount.type !== 'tmpfs') mounts.push(mountView(session, container, mount));
  }
  return new LayeredVfs(root, mounts);
}

/** What the daemon tells about a path in a container (`HEAD /containers/{id}/archive`). */
export interface ContainerPathStat {
  kind: 'file' | 'dir' | 'symlink';
  /** For a symlink: the path it leads to, resolved as far as it goes. */
  linkTarget: string;
}

const notFound = (path: string, ref: string) => new DaemonError(`Could not find the file ${path} in container ${ref}`);

/** The daemon's error for a failed lookup of `path` (as the user wrote it) at `absPath`. */
function lookupError(e: unknown, path: string, absPath: string, ref: string): DaemonError {
  if (!(e instanceof FsError)) throw e;
  if (e.code === 'ENOENT') return notFound(path, ref);
  return new DaemonError(pathError('lstat', absPath, e));
}

/** The path as the daemon takes it: rooted at `/`, cleaned, its trailing `/` or `/.` kept. */
const daemonPath = (path: string): string => preserveTrailingDotOrSeparator(goClean('/' + path), path);

/** Stats a path in a container; a symlink's target is followed as far as it exists. */
/** The container, its file system as `docker cp` sees it, and the path looked up in it, or the daemon's error. */
function lookUp(session: Session, ref: string, path: string) {
  const container = requireContainer(session, ref);
  if (path === '') throw new DaemonError('bad parameter: pathcannot be empty');
  const fs = copyVfs(session, container);
  const absPath = daemonPath(path);
  try {
    return { container, fs, absPath, stat: lstatMarked(fs, absPath) };
  } catch (e) {
    throw lookupError(e, path, absPath, ref);
  }
}

export function statContainerPath(session: Session, ref: string, path: string): ContainerPathStat {
  const { fs, absPath, stat } = lookUp(session, ref, path);
  return { kind: stat.kind, linkTarget: stat.kind === 'symlink' ? followInScope(fs, normalizePath(absPath)) : '' };
}

/** Follows symlinks from `path` as far as they lead, even to a missing target (moby's `FollowSymlinkInScope`). */
function followInScope(fs: Vfs, path: string): string {
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    let parent = normalizePath(current + '/..');
    try {
      parent = fs.realpath(parent);
    } catch {
      return current;
    }
    current = normalizePath(`${parent}/${splitPath(current).pop() ?? ''}`);
    let stat;
    try {
      stat = fs.lstat(current);
    } catch {
      return current;
    }
    if (stat.kind !== 'symlink') return current;
    current = normalizePath(fs.readlink(current), parent);
  }
  return current;
}

/** Archives a path of a container (`GET /containers/{id}/archive`). */
export function archiveFromContainer(session: Session, ref: string, path: string): { entries: CopyEntry[]; stat: ContainerPathStat } {
  const { fs, absPath, stat } = lookUp(session, ref, path);
  const clean = normalizePath(absPath);
  const entries =
    stat.kind === 'dir'
      ? archivePath(fs, fs.realpath(clean), topName(goBase(absPath)), true)
      : archivePath(fs, clean, goBase(clean));
  const linkTarget = stat.kind === 'symlink' ? followInScope(fs, clean) : '';
  return { entries, stat: { kind: stat.kind, linkTarget } };
}

/**
 * Extracts an archive into a directory of a container (`PUT /containers/{id}/archive`),
 * through its volumes and bind mounts; a read-only mount or a `--read-only`
 * root refuses before anything is written (moby's `containerExtractToDir`).
 */
export function extractToContainer(session: Session, ref: string, path: string, entries: readonly CopyEntry[]): void {
  const container = requireContainer(session, ref);
  if (path === '') throw new DaemonError('bad parameter: pathcannot be empty');
  const fs = copyVfs(session, container);
  let resolved: string;
  try {
    resolved = fs.realpath(goClean('/' + path));
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    if (e.code === 'ENOENT') throw notFound(path, ref);
    // Go's EvalSymlinks reports a file in the middle of the path as the bare errno.
    throw new DaemonError(goErrnoText(e));
  }
  const absPath = preserveTrailingDotOrSeparator(resolved, path);
  let stat;
  try {
    stat = lstatMarked(fs, absPath);
  } catch (e) {
    throw lookupError(e, path, absPath, ref);
  }
  if (stat.kind !== 'dir') throw new DaemonError('extraction point is not a directory');
  const mount = mountHolding(container, resolved);
  if (mount !== null && mount.readOnly) throw new DaemonError('mounted volume is marked read-only');
  if (mount === null && container.hostConfig.readOnlyRootfs) throw new DaemonError('container rootfs is marked read-only');
  try {
    extractArchive(fs, absPath, entries, 'daemon');
  } catch (e) {
    if (e instanceof CopyError) throw new DaemonError(e.message);
    throw e;
  }
}

/**
 * The mount (a volume, bind mount or `--mount type=tmpfs`: Docker's mount
 * points, which `--tmpfs` is not) whose tree holds `path`; the deepest one
 * when they nest.
 */
function mountHolding(container: Container, path: string): { readOnly: boolean } | null {
  const parts = splitPath(path);
  let best: { readOnly: boolean } | null = null;
  let depth = -1;
  for (const mount of container.mounts) {
    if (mount.type === 'tmpfs' && !mount.viaMountFlag) continue;
    const target = splitPath(mount.target);
    if (target.length > parts.length || target.length <= depth || !target.every((p, i) => parts[i] === p)) continue;
    best = { readOnly: mount.type === 'tmpfs' ? false : mount.readOnly };
    depth = target.length;
  }
  return best;
}
