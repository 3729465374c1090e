/**
 * The public types of the tiny shell: what the engine passes in
 * (`ShellContext`) and what it gets back (`ShellResult`).
 */

import type { Vfs } from '../fs/vfs.ts';
import type { Command } from './ast.ts';

/**
 * Which shell is being imitated. `bash` is the learner's terminal on the host
 * (bash + GNU coreutils, as the transcripts were recorded); `busybox` is `sh`
 * and the applets inside a container.
 */
export type Dialect = 'busybox' | 'bash';

/** One environment variable; environments are ordered lists of these. */
export interface EnvVar {
  name: string;
  value: string;
}

/** Who a process runs as. */
export interface ProcessUser {
  uid: number;
  gid: number;
}

/** A shell variable; only exported ones reach the programs the shell starts. */
export interface ShellVariable {
  name: string;
  /** Undefined for `export NAME` before NAME has a value. */
  value: string | undefined;
  exported: boolean;
}

/**
 * What a terminal's shell keeps from one line to the next besides its working
 * directory: all its variables (exported or not) and its functions. Plain data.
 */
export interface ShellState {
  variables: ShellVariable[];
  functions: Record<string, Command>;
}

/** What a program outside the shell (e.g. `docker` on the host, a service script) can do. */
export interface ExternalIo {
  /** Everything on standard input (the pipe or file feeding it, or the context's stdin). */
  readonly stdin: string;
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  /** The shell's working directory when the program started. */
  readonly cwd: string;
  /** The program's environment (exported variables and `VAR=x` prefixes). */
  readonly env: readonly EnvVar[];
  /**
   * The file PATH lookup found, in the busybox dialect (e.g. `/docker-entrypoint.sh`
   * for a file whose content is `@entrypoint`); undefined on the host.
   */
  readonly path?: string;
}

/**
 * The answer of the `external` hook: an exit code; `'block'` when the program
 * keeps running (a service), which stops the shell as a blocking `sleep` does;
 * undefined when the hook does not know the program.
 */
export type ExternalResult = number | 'block' | undefined;

export interface ShellContext {
  dialect: Dialect;
  /** The file system the shell and its applets work on. */
  fs: Vfs;
  /** Absolute working directory. */
  cwd: string;
  /** The exported environment, in order (`env` prints it in this order). */
  env: readonly EnvVar[];
  /** What `hostname` prints. */
  hostname: string;
  /** Standard input of the whole script (usually empty). */
  stdin?: string;
  /**
   * Runs a program that is not an applet or builtin: `docker` on the host, a
   * file whose content is `@entrypoint` in a container. Returns undefined when
   * it does not know the program; the shell then reports it as not found.
   */
  external?: (argv: readonly string[], io: ExternalIo) => ExternalResult;
  /**
   * Virtual time. `'continue'`: the clock advanced, go on. `'block'`: the
   * process now sleeps (a container's main process); the shell stops where it
   * is and reports `blocked: true`. Defaults to `'continue'`. `seconds` is
   * Infinity for `sleep infinity` and `tail -f` (which wait forever).
   */
  sleep?: (seconds: number) => 'continue' | 'block';
  /**
   * The terminal's shell state from the previous line (`ShellResult.state`):
   * when given, `runShell` starts from these variables and functions instead
   * of `env` (bash dialect; a busybox `sh` always starts fresh from `env`).
   */
  state?: ShellState;
  /**
   * Who the processes run as (`docker run -u`); default root. `id` and
   * `whoami` find the names in the file system's /etc/passwd and /etc/group.
   * Permissions are the Vfs's business: pass one opened for this user.
   */
  user?: ProcessUser;
  /**
   * The virtual clock for `date`, in milliseconds since the epoch (UTC).
   * Defaults to 0 (1970-01-01): the engine stays pure unless it passes a clock.
   */
  now?: () => number;
  /**
   * Positional parameters: `$0` then `$1`... (`sh -c 'script' name a b`).
   * Defaults to `['sh']` / `['bash']`.
   */
  args?: readonly string[];
}

/** One write, in the order it happened. */
export interface OutputChunk {
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface ShellResult {
  exitCode: number;
  /** Standard output and standard error interleaved in the order written (what a terminal shows). */
  output: string;
  stdout: string;
  stderr: string;
  /** Every write with its stream, in order. */
  chunks: OutputChunk[];
  /** The working directory when the script ended (after `cd`). */
  cwd: string;
  /** The exported environment when the script ended, in order. */
  env: EnvVar[];
  /** Variables and functions when the script ended, to pass as the next line's `ctx.state`. */
  state: ShellState;
  /** True when a `sleep` (or an external program) blocked: the rest of the script did not run. */
  blocked: boolean;
  /**
   * Set by `runArgv` when argv[0] could not be started at all (no such program,
   * not executable): nothing was printed, and the caller words the error, as
   * Docker does for `docker exec box nosuch` (`exec: "nosuch": executable file
   * not found in $PATH`).
   */
  startError?: 'not-found' | 'permission-denied' | 'is-a-directory';
}
