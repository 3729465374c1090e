/**
 * `docker cp` / `docker container cp`: the CLI's half of a copy. It works out
 * the direction from the `CONTAINER:PATH` argument, reads or writes the host's
 * files itself, and asks the daemon to archive or extract the container's
 * side (`docker/copy.ts`). Which errors the CLI prints bare and which come
 * back as `Error response from daemon:` follows Docker 26.1 (cli/command/container/cp.go;
 * test/conformance/110-cp-errors.t).
 */
import {
  archiveFromContainer,
  archivePath,
  assertsDirectory,
  CopyError,
  extractArchive,
  extractToContainer,
  goBase,
  goClean,
  goDir,
  hasTrailingSeparator,
  lstatMarked,
  pathError,
  prepareArchiveCopy,
  preserveTrailingDotOrSeparator,
  rebaseEntries,
  specifiesCurrentDir,
  splitPathDirEntry,
  statContainerPath,
  type ContainerPathStat,
  type CopyEntry,
  type CopyInfo,
} from '../../docker/copy.ts';
import { DaemonError } from '../../docker/daemon.ts';
import { hostStore } from '../../docker/containerFs.ts';
import { plainTreeVfs } from '../../fs/layeredVfs.ts';
import { normalizePath, splitPath } from '../../fs/tree.ts';
import { FsError, type Stat, type Vfs } from '../../fs/vfs.ts';
import { parseArchive, serializeArchive, type ArchiveEntry } from '../../shell/applets/tar.ts';
import { daemonErrorLine, type CommandContext, type CommandHandler } from '../context.ts';
import { flagBool } from '../parseArgs.ts';

/** One side of the copy: a container's path, or the host's when `container` is ''. */
interface CopyEnd {
  container: string;
  path: string;
}

/**
 * Docker's `splitCpArg`: an absolute path is local; otherwise text before the
 * first `:` names a container, unless it starts with `.` (`./a:b` is a file).
 */
export function splitCpArg(arg: string): CopyEnd {
  if (arg.startsWith('/')) return { container: '', path: arg };
  const colon = arg.indexOf(':');
  if (colon === -1 || arg.startsWith('.')) return { container: '', path: arg };
  return { container: arg.slice(0, colon), path: arg.slice(colon + 1) };
}

export const copy: CommandHandler = (ctx) => {
  const [source, destination] = ctx.parsed.args;
  const fail = (message: string): number => {
    ctx.io.stderr(`${message}\n`);
    return 1;
  };
  if (source === '') return fail('source can not be empty');
  if (destination === '') return fail('destination can not be empty');
  const from = splitCpArg(source);
  const to = splitCpArg(destination);
  if (from.container !== '' && to.container !== '') return fail('copying between containers is not supported');
  if (from.container === '' && to.container === '') return fail('must specify at least one container source');
  try {
    if (from.container !== '') copyFromContainer(ctx, from, to.path);
    else copyToContainer(ctx, from.path, to);
    return 0;
  } catch (e) {
    if (e instanceof CopyError) return fail(e.message);
    daemonErrorLine(ctx, e);
    return 1;
  }
};

const hostFs = (ctx: CommandContext): Vfs => plainTreeVfs(hostStore(ctx.session));

/** An absolute host path, keeping a trailing `/` or `/.` (Docker's `resolveLocalPath`). */
function resolveLocalPath(ctx: CommandContext, path: string): string {
  const absolute = goClean(path.startsWith('/') ? path : `${ctx.io.cwd}/${path}`);
  return preserveTrailingDotOrSeparator(absolute, path);
}

// ---- container -> host ------------------------------------------------------------

function copyFromContainer(ctx: CommandContext, from: CopyEnd, destination: string): void {
  const host = hostFs(ctx);
  const toStdout = destination === '-';
  const dstPath = toStdout ? destination : resolveLocalPath(ctx, destination);
  if (!toStdout) validateOutputPath(host, dstPath);
  let srcPath = from.path;
  let rebaseName = '';
  if (flagBool(ctx.parsed, 'follow-link')) {
    const stat = tryStat(ctx, from.container, srcPath);
    if (stat !== null && stat.kind === 'symlink') {
      [srcPath, rebaseName] = withRebaseName(srcPath, stat.linkTarget);
    }
  }
  const archive = archiveFromContainer(ctx.session, from.container, srcPath);
  if (toStdout) {
    ctx.io.stdout(serializeArchive(archive.entries.map(toTarEntry)));
    return;
  }
  let entries = archive.entries;
  if (rebaseName !== '') entries = rebaseEntries(entries, splitPathDirEntry(srcPath)[1], rebaseName);
  const srcInfo: CopyInfo = { path: srcPath, exists: true, isDir: archive.stat.kind === 'dir', rebaseName };
  const dstInfo = copyInfoDestinationPath(host, dstPath);
  const prepared = prepareArchiveCopy(entries, srcInfo, dstInfo);
  extractArchive(host, prepared.dstDir, prepared.entries, 'client');
}

/**
 * Docker's `ValidateOutputPath`: the destination's parent must exist, and the
 * destination, if it exists, must be a directory or a file.
 */
function validateOutputPath(host: Vfs, path: string): void {
  const dir = goDir(goClean(path));
  if (dir !== '.') {
    try {
      host.stat(dir);
    } catch (e) {
      if (e instanceof FsError && e.code === 'ENOENT') throw new CopyError(`invalid output path: directory "${dir}" does not exist`);
    }
  }
  try {
    statMarked(host, path);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    if (e.code !== 'ENOENT') throw new CopyError(pathError('stat', path, e));
  }
}

/**
 * Where a copy out of a container goes (moby's `CopyInfoDestinationPath`): a
 * symlink is followed; a missing path is fine if its parent directory exists.
 */
function copyInfoDestinationPath(host: Vfs, path: string): CopyInfo {
  let current = path;
  for (let n = 0; ; n++) {
    let stat: Stat;
    try {
      stat = lstatMarked(host, current);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      if (e.code !== 'ENOENT') throw new CopyError(pathError('lstat', current, e));
      break;
    }
    if (stat.kind !== 'symlink') return { path: current, exists: true, isDir: stat.kind === 'dir', rebaseName: '' };
    if (n > 10) throw new CopyError(`too many symlinks in ${path}`);
    const target = host.readlink(normalizePath(current));
    current = target.startsWith('/') ? target : goClean(`${splitPathDirEntry(current)[0]}/${target}`);
  }
  const [parent] = splitPathDirEntry(current);
  let parentStat: Stat;
  try {
    parentStat = statMarked(host, parent);
  } catch (e) {
    if (e instanceof FsError) throw new CopyError(pathError('stat', parent, e));
    throw e;
  }
  if (parentStat.kind !== 'dir') throw new CopyError('not a directory');
  return { path: current, exists: false, isDir: false, rebaseName: '' };
}

// ---- host -> container ------------------------------------------------------------

function copyToContainer(ctx: CommandContext, source: string, to: CopyEnd): void {
  const fromStdin = source === '-';
  const srcPath = fromStdin ? source : resolveLocalPath(ctx, source);
  // The CLI stats the destination first and ignores any failure: the extraction will tell.
  const dstInfo: CopyInfo = { path: to.path, exists: false, isDir: false, rebaseName: '' };
  let stat = tryStat(ctx, to.container, to.path);
  if (stat !== null && stat.kind === 'symlink') {
    dstInfo.path = stat.linkTarget;
    stat = tryStat(ctx, to.container, stat.linkTarget);
  }
  if (stat !== null) {
    dstInfo.exists = true;
    dstInfo.isDir = stat.kind === 'dir';
  }
  let dstDir: string;
  let entries: CopyEntry[];
  if (fromStdin) {
    if (!dstInfo.isDir) throw new CopyError(`destination "${to.container}:${to.path}" must be a directory`);
    const parsed = parseArchive(ctx.io.stdin);
    if (parsed === undefined) throw new DaemonError('unexpected EOF');
    dstDir = dstInfo.path;
    entries = parsed.map(fromTarEntry);
  } else {
    const host = hostFs(ctx);
    const srcInfo = copyInfoSourcePath(host, srcPath, flagBool(ctx.parsed, 'follow-link'));
    const prepared = prepareArchiveCopy(tarResource(host, srcInfo), srcInfo, dstInfo);
    dstDir = prepared.dstDir;
    entries = prepared.entries;
  }
  extractToContainer(ctx.session, to.container, dstDir, entries);
}

/**
 * What is being copied from the host (moby's `CopyInfoSourcePath`): symlinks
 * in the directories above it are resolved; the last one only with `-L`.
 */
function copyInfoSourcePath(host: Vfs, path: string, followLink: boolean): CopyInfo {
  let resolved: string;
  let rebaseName = '';
  if (followLink) {
    [resolved, rebaseName] = withRebaseName(path, evalSymlinks(host, path));
  } else {
    const cut = path.lastIndexOf('/') + 1;
    const dirPath = path.slice(0, cut);
    const basePath = path.slice(cut);
    const resolvedDir = evalSymlinks(host, dirPath);
    resolved = `${resolvedDir === '/' ? '' : resolvedDir}/${basePath}`;
    if (hasTrailingSeparator(path) && goBase(path) !== goBase(resolved)) rebaseName = goBase(path);
  }
  let stat: Stat;
  try {
    stat = lstatMarked(host, resolved);
  } catch (e) {
    if (e instanceof FsError) throw new CopyError(pathError('lstat', resolved, e));
    throw e;
  }
  return { path: resolved, exists: true, isDir: stat.kind === 'dir', rebaseName };
}

/** The host's archive of a source (moby's `TarResource`): named as the source, or renamed. */
function tarResource(host: Vfs, info: CopyInfo): CopyEntry[] {
  const [, base] = splitPathDirEntry(info.path);
  const top = base === '/' ? '.' : base;
  const entries = archivePath(host, normalizePath(info.path), top);
  return info.rebaseName === '' ? entries : rebaseEntries(entries, top, info.rebaseName);
}

/**
 * Go's `filepath.EvalSymlinks` on the host: every symlink resolved; a missing
 * part fails as `lstat PATH: ...`, a file followed by more path as the bare errno.
 */
function evalSymlinks(host: Vfs, path: string): string {
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  const moreAfterLast = /\/\.?$/.test(path) && parts.length > 0;
  let current = '/';
  parts.forEach((part, i) => {
    const next = current === '/' ? `/${part}` : `${current}/${part}`;
    let stat: Stat;
    try {
      stat = host.lstat(next);
      if (stat.kind === 'symlink') {
        current = host.realpath(next);
        stat = host.stat(current);
      } else {
        current = next;
      }
    } catch (e) {
      if (e instanceof FsError) throw new CopyError(pathError('lstat', next, e));
      throw e;
    }
    if (stat.kind !== 'dir' && (i < parts.length - 1 || moreAfterLast)) throw new CopyError('not a directory');
  });
  return current;
}

/** moby's `GetRebaseName`: the resolved path with the original's trailing `/` or `/.`, and the name to keep. */
function withRebaseName(path: string, resolved: string): [string, string] {
  let result = resolved;
  if (specifiesCurrentDir(path) && !specifiesCurrentDir(result)) result += '/.';
  if (hasTrailingSeparator(path) && !hasTrailingSeparator(result)) result += '/';
  return [result, goBase(path) !== goBase(result) ? goBase(path) : ''];
}

// ---- shared -----------------------------------------------------------------------

/** `stat(2)` of a host path that may end in `/` or `/.` (then it must be a directory). */
function statMarked(fs: Vfs, path: string): Stat {
  const stat = fs.stat(normalizePath(path));
  if (assertsDirectory(path) && splitPath(path).length > 0 && stat.kind !== 'dir') throw new FsError('ENOTDIR', path);
  return stat;
}

/** The daemon's stat of a container path, or null for any failure (the CLI ignores them). */
function tryStat(ctx: CommandContext, container: string, path: string): ContainerPathStat | null {
  try {
    return statContainerPath(ctx.session, container, path);
  } catch (e) {
    if (e instanceof DaemonError) return null;
    throw e;
  }
}

/** To the lab's tar format, for `docker cp CONTAINER:PATH -` (directories end with `/`). */
function toTarEntry(entry: CopyEntry): ArchiveEntry {
  return entry.type === 'dir' ? { ...entry, name: `${entry.name}/` } : entry;
}

function fromTarEntry(entry: ArchiveEntry): CopyEntry {
  const name = entry.name.replace(/\/+$/, '') || '.';
  return { ...entry, name };
}
