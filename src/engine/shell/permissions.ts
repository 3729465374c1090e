/**
 * Unix permissions for a process that is not root (`docker run -u nobody`).
 * The lab's trees record modes but not owners, and every file in the images
 * belongs to root, so a non-root process gets the "other" permission bits:
 * it may read what is world-readable and write where the directory is
 * world-writable (/tmp, 1777). What the process itself creates it owns, for
 * as long as this view lives (the trees cannot remember owners). Root passes
 * every check, as in a container.
 */

import { FsError, type Stat, type Vfs } from '../fs/vfs.ts';
import { dirname } from '../fs/tree.ts';

/** Who a process runs as. */
export interface ProcessUser {
  uid: number;
  gid: number;
}

export const ROOT: ProcessUser = { uid: 0, gid: 0 };

const READ = 4;
const WRITE = 2;
const EXECUTE = 1;

/** A view of `fs` that refuses what `user` may not do (EACCES); `fs` itself when the user is root. */
export function withPermissions(fs: Vfs, user: ProcessUser): Vfs {
  if (user.uid === 0) return fs;
  return new PermissionVfs(fs);
}

class PermissionVfs implements Vfs {
  /** Paths this process created: it owns them, so the owner bits apply. */
  private readonly owned = new Set<string>();

  constructor(private readonly fs: Vfs) {}

  private allows(path: string, bit: number): boolean {
    let stat: Stat;
    try {
      stat = this.fs.stat(path);
    } catch {
      return true;
    }
    const shift = this.owned.has(path) ? 6 : 0;
    return ((parseInt(stat.mode, 8) >> shift) & bit) !== 0;
  }

  /** Every directory on the way must be searchable (x). */
  private search(path: string): void {
    let dir = dirname(path);
    const dirs: string[] = [];
    while (dir !== '/') {
      dirs.unshift(dir);
      dir = dirname(dir);
    }
    for (const d of dirs) if (!this.allows(d, EXECUTE)) throw new FsError('EACCES', path);
  }

  private need(path: string, bit: number): void {
    this.search(path);
    if (!this.allows(path, bit)) throw new FsError('EACCES', path);
  }

  /** Creating or removing an entry needs write permission on its directory. */
  private needDir(path: string): void {
    this.search(path);
    if (!this.allows(dirname(path), WRITE)) throw new FsError('EACCES', path);
  }

  stat(path: string): Stat {
    this.search(path);
    return this.fs.stat(path);
  }
  lstat(path: string): Stat {
    this.search(path);
    return this.fs.lstat(path);
  }
  exists(path: string): boolean {
    return this.fs.exists(path);
  }
  readFile(path: string): string {
    this.need(path, READ);
    return this.fs.readFile(path);
  }
  writeFile(path: string, content: string, options?: { append?: boolean; mode?: string }): void {
    if (this.fs.exists(path)) this.need(path, WRITE);
    else {
      this.needDir(path);
      this.owned.add(path);
    }
    this.fs.writeFile(path, content, options);
  }
  readdir(path: string): string[] {
    this.need(path, READ);
    return this.fs.readdir(path);
  }
  mkdir(path: string, mode?: string): void {
    this.needDir(path);
    this.fs.mkdir(path, mode);
    this.owned.add(path);
  }
  rmdir(path: string): void {
    this.needDir(path);
    this.fs.rmdir(path);
  }
  unlink(path: string): void {
    this.needDir(path);
    this.fs.unlink(path);
  }
  rename(from: string, to: string): void {
    this.needDir(from);
    this.needDir(to);
    this.fs.rename(from, to);
  }
  symlink(target: string, path: string): void {
    this.needDir(path);
    this.fs.symlink(target, path);
  }
  readlink(path: string): string {
    this.search(path);
    return this.fs.readlink(path);
  }
  chmod(path: string, mode: string): void {
    // Only the owner may chmod. (The kernel says EPERM, "Operation not
    // permitted"; the Vfs errno list has no EPERM, so EACCES.)
    this.search(path);
    this.fs.stat(path);
    if (!this.owned.has(path)) throw new FsError('EACCES', path);
    this.fs.chmod(path, mode);
  }
  touch(path: string): void {
    if (!this.owned.has(path)) this.need(path, WRITE);
    this.fs.touch(path);
  }
  realpath(path: string): string {
    return this.fs.realpath(path);
  }
}

/**
 * Resolves `docker run -u SPEC` (`name`, `uid`, `name:group`, `uid:gid`)
 * against the container's /etc/passwd and /etc/group, as runc does: a numeric
 * uid needs no entry (its gid then defaults to the entry's, or 0); a name must
 * have one. Undefined when a name is unknown (Docker: "unable to find user
 * NAME: no matching entries in passwd file").
 */
export function resolveUser(fs: Vfs, spec: string): ProcessUser | undefined {
  const read = (path: string): string[][] => {
    try {
      return fs
        .readFile(path)
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => line.split(':'));
    } catch {
      return [];
    }
  };
  const [userPart, groupPart] = spec.split(':', 2);
  const passwd = read('/etc/passwd');
  let uid: number;
  let gid = 0;
  if (/^\d+$/.test(userPart)) {
    uid = Number(userPart);
    const entry = passwd.find((f) => f[2] === userPart);
    if (entry !== undefined) gid = Number(entry[3]);
  } else {
    const entry = passwd.find((f) => f[0] === userPart);
    if (entry === undefined) return undefined;
    uid = Number(entry[2]);
    gid = Number(entry[3]);
  }
  if (groupPart !== undefined && groupPart !== '') {
    if (/^\d+$/.test(groupPart)) gid = Number(groupPart);
    else {
      const entry = read('/etc/group').find((f) => f[0] === groupPart);
      if (entry === undefined) return undefined;
      gid = Number(entry[2]);
    }
  }
  return { uid, gid };
}
