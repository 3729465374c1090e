/**
 * The file-system interface that programs (the shell and its applets, `docker cp`)
 * see. A container's merged view (image layers + writable layer + mounts) and the
 * host's plain tree both implement it. Paths given to it are absolute and already
 * normalized (no `.`/`..`, no trailing slash except `/` itself); symlinks inside
 * them are resolved by the implementation.
 *
 * Implementations are facades over the immutable world: each mutating call
 * replaces the world value they hold, so one shell command can make many
 * changes and the caller takes the final world afterwards.
 */

/** The errno values programs can observe, with the text libc prints for them. */
export const ERRNO_TEXT = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ENOTEMPTY: 'Directory not empty',
  EROFS: 'Read-only file system',
  EINVAL: 'Invalid argument',
  EBUSY: 'Device or resource busy',
  EXDEV: 'Invalid cross-device link',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  ELOOP: 'Too many levels of symbolic links',
} as const;

export type Errno = keyof typeof ERRNO_TEXT;

/** A failed file-system call, as a C program would see it through errno. */
export class FsError extends Error {
  constructor(
    readonly code: Errno,
    readonly path: string,
  ) {
    super(`${code}: ${path}`);
  }
  /** libc's strerror text for this error. */
  get text(): string {
    return ERRNO_TEXT[this.code];
  }
}

export type NodeKind = 'file' | 'dir' | 'symlink';

export interface Stat {
  kind: NodeKind;
  /** Permission bits as an octal string, e.g. `"644"`, `"1777"`. */
  mode: string;
  /** Bytes in a file's content (UTF-16 length of the string); 0 for others. */
  size: number;
  /** True where the path is the root of a mount (a volume, bind, tmpfs). */
  mountPoint: boolean;
  /** A directory that was deleted while still mounted somewhere: it has no entries, not even . and .. */
  unlinked?: boolean;
}

export interface Vfs {
  /** Follows symlinks. Throws FsError (ENOENT, ENOTDIR, ELOOP). */
  stat(path: string): Stat;
  /** Does not follow a symlink in the last component. */
  lstat(path: string): Stat;
  exists(path: string): boolean;
  readFile(path: string): string;
  /** Creates (mode 644) or truncates; `append` adds at the end. EISDIR, ENOENT for a missing parent, EROFS. */
  writeFile(path: string, content: string, options?: { append?: boolean; mode?: string }): void;
  /** Entry names, sorted as `ls` sorts them (byte order). ENOTDIR, ENOENT. */
  readdir(path: string): string[];
  /** Parent must exist. EEXIST, ENOENT, EROFS. */
  mkdir(path: string, mode?: string): void;
  /** ENOTEMPTY, ENOTDIR, EBUSY for a mount point. */
  rmdir(path: string): void;
  /** Removes a file or symlink. EISDIR for a directory, EBUSY for a mount point. */
  unlink(path: string): void;
  /** rename(2): EXDEV across mounts (and, as overlayfs does, for a directory that comes from an image layer). */
  rename(from: string, to: string): void;
  symlink(target: string, path: string): void;
  readlink(path: string): string;
  chmod(path: string, mode: string): void;
  /** Updates timestamps (what `touch` does to an existing file): a metadata change, so overlay copies the file up. */
  touch(path: string): void;
  /** Resolves symlinks in every component; ENOENT if some part is missing. */
  realpath(path: string): string;
}
