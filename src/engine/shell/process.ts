/**
 * What a running program (an applet or a builtin) sees: its arguments, the
 * file system, its environment and its standard streams. Applets are plain
 * functions `(proc) => exitCode`.
 */

import { FsError, type Vfs } from '../fs/vfs.ts';
import { normalizePath } from '../fs/tree.ts';
import type { Input, Sink } from './io.ts';
import type { Dialect, EnvVar, ProcessUser } from './types.ts';

/** Thrown to stop everything when a sleep (or a service) blocks the main process. */
export class BlockSignal {
  readonly blocked = true;
}

export interface Proc {
  /** The name the program was started as (basename of argv[0]): the prefix of its messages. */
  readonly name: string;
  /**
   * What its messages start with, without the colon: usually `name`; `sh` for
   * ash's builtins, `bash: line 1: test` for bash's.
   */
  readonly prefix: string;
  /** Arguments after argv[0]. */
  readonly args: string[];
  readonly dialect: Dialect;
  readonly fs: Vfs;
  readonly cwd: string;
  readonly env: readonly EnvVar[];
  readonly hostname: string;
  /** Who the process runs as (root unless `docker run -u`). */
  readonly user: ProcessUser;
  /** The virtual clock, in milliseconds since the epoch. */
  now(): number;
  readonly stdin: Input;
  readonly stdout: Sink;
  readonly stderr: Sink;
  /** Virtual time; throws BlockSignal when the process must stop here. */
  sleep(seconds: number): void;
  /**
   * Runs another program (not a builtin) with the given environment, for
   * `env CMD` and `find -exec`. When it cannot be started nothing is printed
   * and the reason is returned: the caller words the error.
   */
  exec(argv: string[], env: readonly EnvVar[], cwd?: string): number | StartError;
}

export type Applet = (proc: Proc) => number;

/** Why a program could not be started. */
export type StartError = 'not-found' | 'permission-denied' | 'is-a-directory';

/** The message `env` and `find -exec` print for a program they could not start, and its exit code. */
export function reportStartError(proc: Proc, program: string, error: StartError): number {
  const text = error === 'not-found' ? 'No such file or directory' : error === 'is-a-directory' ? 'Is a directory' : 'Permission denied';
  complain(proc, proc.dialect === 'busybox' ? `can't execute '${program}': ${text}` : `${localeQuote(program)}: ${text}`);
  return error === 'not-found' ? 127 : 126;
}

/** `record[key]` when it is the record's own entry: a typed `__proto__` or `constructor` finds nothing. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** An absolute, normalized path for `path` as typed relative to the process's cwd. */
export function resolvePath(proc: Proc, path: string): string {
  return normalizePath(path, proc.cwd);
}

/** Writes `name: message` and a newline to standard error. */
export function complain(proc: Proc, message: string): void {
  proc.stderr.write(`${proc.prefix}: ${message}\n`);
}

/** The libc text of an error thrown by the Vfs (or of an unexpected exception). */
export function errText(err: unknown): string {
  if (err instanceof FsError) return err.text;
  return 'Input/output error';
}

export function errCode(err: unknown): string | undefined {
  return err instanceof FsError ? err.code : undefined;
}

/**
 * GNU coreutils quotes file names in messages as the shell would need them:
 * `'x'`, or `"it's"` when the name holds a single quote.
 */
export function gnuQuote(name: string): string {
  if (name.includes("'")) return `"${name.replace(/(["\\$`])/g, '\\$1')}"`;
  return `'${name}'`;
}

/**
 * GNU's other quoting, `quote()`: in the UTF-8 locale of the recordings it uses
 * curly quotes (`mkdir: cannot create directory ‘site’: File exists`). Which
 * messages use which style follows coreutils' source, checked against the real tools.
 */
export function localeQuote(name: string): string {
  return `\u2018${name}\u2019`;
}

/**
 * Device files the lab does not keep in any tree: reading or writing them
 * never touches the file system. Returns undefined for ordinary paths.
 */
export function deviceContent(path: string): string | undefined {
  switch (path) {
    case '/dev/null':
      return '';
    case '/dev/zero':
      return '\0'.repeat(65536);
    case '/dev/random':
    case '/dev/urandom':
      return pseudoRandomBytes(65536);
    default:
      return undefined;
  }
}

function pseudoRandomBytes(n: number): string {
  let x = 0x2545f491;
  let s = '';
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    s += String.fromCharCode(x & 0xff);
  }
  return s;
}

/** The kind of what is at `path` (following symlinks), device files included; throws FsError. */
export function statKind(fs: Vfs, path: string): string {
  if (deviceContent(path) !== undefined) return 'file';
  return fs.stat(path).kind;
}

/** Reads a file, answering device paths itself. Throws FsError like `Vfs.readFile`. */
export function readPath(fs: Vfs, path: string): string {
  const device = deviceContent(path);
  if (device !== undefined) return device;
  return fs.readFile(path);
}
