/**
 * The processes inside containers: the main process at each start, and
 * `docker exec`. Programs are the shell and its applets running on the
 * container's file system; a service image's entrypoint runs its startup
 * lines and then serves until stopped.
 */
import { runArgv, runShell } from '../shell/index.ts';
import type { EnvVar, ExternalIo, ExternalResult, OutputChunk, ShellContext, ShellResult } from '../shell/types.ts';
import { ENTRYPOINT } from './catalog.ts';
import { plainTreeVfs } from '../fs/layeredVfs.ts';
import { containerVfs, hostStore, imageOf } from './containerFs.ts';
import { resolveUser } from './users.ts';
import type { Session } from './session.ts';
import type { Container, MainProcess } from './world.ts';

export type ProcessOutcome =
  /** The program ran to its end. */
  | { kind: 'exited'; chunks: OutputChunk[]; exitCode: number }
  /** The program keeps running (a service, a `sleep`, a shell waiting on its terminal). */
  | { kind: 'running'; chunks: OutputChunk[]; process: Exclude<MainProcess, 'none'> }
  /** The runtime could not start the program: nothing ran. */
  | { kind: 'failed'; reason: StartFailure; program: string };

/** Why the runtime could not start a program. */
export type StartFailure = 'not-found' | 'missing-path' | 'permission-denied' | 'is-a-directory' | 'bad-cwd' | 'file-onto-dir' | 'unknown-user';

/**
 * The environment a container's processes get, in the order runc gives it:
 * PATH and HOSTNAME first, the container's variables replacing or following
 * them, HOME last unless set.
 */
export function containerEnv(container: Container, extra: readonly string[] = [], home = '/root'): EnvVar[] {
  const vars: EnvVar[] = [];
  const set = (entry: string) => {
    const eq = entry.indexOf('=');
    const name = eq === -1 ? entry : entry.slice(0, eq);
    const value = eq === -1 ? '' : entry.slice(eq + 1);
    const at = vars.findIndex((v) => v.name === name);
    if (at >= 0) vars[at] = { name, value };
    else vars.push({ name, value });
  };
  set(`PATH=${DEFAULT_PATH}`);
  set(`HOSTNAME=${container.config.hostname}`);
  for (const entry of container.config.env) set(entry);
  for (const entry of extra) set(entry);
  if (!vars.some((v) => v.name === 'HOME')) set(`HOME=${home}`);
  return vars;
}

/** Writes what a nested program printed to the caller's streams, in order. */
function replay(chunks: readonly OutputChunk[], io: ExternalIo): void {
  for (const chunk of chunks) (chunk.stream === 'stdout' ? io.writeStdout : io.writeStderr).call(io, chunk.text);
}

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const sameArgs = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** A program that reads its terminal and so keeps running while stdin is open. */
const INTERACTIVE_SHELLS = new Set(['sh', '/bin/sh', 'ash', '/bin/ash']);

function outcomeOf(result: ShellResult, service: boolean): ProcessOutcome {
  if (result.blocked) return { kind: 'running', chunks: result.chunks, process: service ? 'service' : 'blocked' };
  return { kind: 'exited', chunks: result.chunks, exitCode: result.exitCode };
}

interface RunOptions {
  argv: readonly string[];
  /** `-u` as given; empty for root. */
  user: string;
  stdin: string;
  cwd: string;
  /** `docker exec -e` values, on top of the container's. */
  extraEnv: readonly string[];
  /** A main process blocks on `sleep`; an exec'd one finishes. */
  blockOnSleep: boolean;
}

function run(session: Session, id: string, options: RunOptions): ProcessOutcome {
  const container = session.container(id);
  const image = imageOf(session, container);
  const who = resolveUser(containerVfs(session, id), options.user);
  if (!who.ok) return { kind: 'failed', reason: 'unknown-user', program: who.error };
  const fs = containerVfs(session, id, { user: who.user });
  let service = false;
  try {
    if (fs.stat(options.cwd).kind !== 'dir') return { kind: 'failed', reason: 'bad-cwd', program: options.cwd };
  } catch {
    return { kind: 'failed', reason: 'bad-cwd', program: options.cwd };
  }
  const context: ShellContext = {
    dialect: 'busybox',
    fs,
    cwd: options.cwd,
    env: containerEnv(container, options.extraEnv, who.home),
    hostname: container.config.hostname,
    user: who.user,
    stdin: options.stdin,
    sleep: () => (options.blockOnSleep ? 'block' : 'continue'),
    external: (argv: readonly string[], io: ExternalIo): ExternalResult => {
      if (io.path === undefined) return undefined;
      let content: string;
      try {
        content = fs.readFile(io.path);
      } catch {
        return undefined;
      }
      if (content !== ENTRYPOINT) return undefined;
      // The service images' entrypoint: the default command runs the service; any other is exec'd.
      const args = argv.slice(1);
      if (image.service !== null && sameArgs(args, image.service.command)) {
        const startup = runShell(image.service.startup.join('\n'), { ...context, cwd: io.cwd, env: io.env });
        replay(startup.chunks, io);
        service = true;
        return 'block';
      }
      // Any other command: the script ends in `exec "$@"`, after its startup lines (test/conformance/115-life-run-variants.t).
      const result = runArgv(args, { ...context, cwd: io.cwd, env: io.env });
      if (result.startError !== undefined) {
        const line = 6 + (image.service?.startup.length ?? 0);
        io.writeStderr(`${io.path}: exec: line ${line}: ${args[0]}: ${result.startError === 'not-found' ? 'not found' : 'Permission denied'}\n`);
        return result.startError === 'not-found' ? 127 : 126;
      }
      replay(result.chunks, io);
      return result.blocked ? 'block' : result.exitCode;
    },
  };
  const result = runArgv(options.argv, context);
  if (result.startError !== undefined) {
    const program = options.argv[0] ?? '';
    const reason = result.startError === 'not-found' && program.includes('/') ? 'missing-path' : result.startError;
    return { kind: 'failed', reason, program };
  }
  return outcomeOf(result, service);
}

/** A bind mount of a host file onto an image directory, which the runtime refuses. */
function fileOntoDirectory(session: Session, id: string): ProcessOutcome | null {
  const container = session.container(id);
  const host = plainTreeVfs(hostStore(session));
  const root = containerVfs(session, id, { mounts: false });
  for (const mount of container.mounts) {
    if (mount.type !== 'bind') continue;
    const sourceIsFile = host.exists(mount.source) && host.stat(mount.source).kind === 'file';
    const targetIsDir = root.exists(mount.target) && root.stat(mount.target).kind === 'dir';
    if (sourceIsFile && targetIsDir) return { kind: 'failed', reason: 'file-onto-dir', program: `${mount.source}\n${mount.target}` };
  }
  return null;
}

/**
 * Starts the container's main process (entrypoint + command). `stdin` is what
 * was piped into `docker run -i`; with nothing piped, stdin is the terminal.
 */
export function runMainProcess(session: Session, id: string, stdin = ''): ProcessOutcome {
  const refused = fileOntoDirectory(session, id);
  if (refused !== null) return refused;
  const container = session.container(id);
  const argv = [container.path, ...container.args];
  const outcome = run(session, id, {
    argv,
    user: container.config.user,
    stdin: container.config.openStdin ? stdin : '',
    cwd: container.config.workdir || '/',
    extraEnv: [],
    blockOnSleep: true,
  });
  // A shell reading its terminal (-i or -t, nothing piped) waits for input instead of exiting.
  if (
    outcome.kind === 'exited' &&
    stdin === '' &&
    outcome.exitCode === 0 &&
    (container.config.openStdin || container.config.tty) &&
    argv.length === 1 &&
    INTERACTIVE_SHELLS.has(argv[0])
  ) {
    return { ...outcome, kind: 'running', process: 'blocked' };
  }
  return outcome;
}

/** Runs `docker exec` in a running container. */
export function runExec(
  session: Session,
  id: string,
  argv: readonly string[],
  options: { cwd?: string; env?: readonly string[]; stdin?: string; user?: string },
): ProcessOutcome {
  const container = session.container(id);
  return run(session, id, {
    argv,
    user: options.user ?? container.config.user,
    stdin: options.stdin ?? '',
    cwd: options.cwd ?? (container.config.workdir || '/'),
    extraEnv: options.env ?? [],
    blockOnSleep: false,
  });
}

/** The OCI runtime's words for a program it could not start (71-life-exec-errors.t, 103-shell-not-found.t). */
export function startFailureText(reason: StartFailure, program: string): string {
  switch (reason) {
    case 'not-found':
      return `exec: "${program}": executable file not found in $PATH: unknown`;
    case 'missing-path':
      return `exec: "${program}": stat ${program}: no such file or directory: unknown`;
    case 'permission-denied':
    case 'is-a-directory':
      return `exec: "${program}": permission denied: unknown`;
    case 'bad-cwd':
      return `chdir to cwd ("${program}") set in config.json failed: no such file or directory: unknown`;
    case 'unknown-user':
      return program;
    case 'file-onto-dir': {
      const [source, target] = program.split('\n');
      return `error during container init: error mounting "${source}" to rootfs at "${target}": mount ${source}:${target} (via /proc/self/fd/6), flags: 0x5000: not a directory: unknown: Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type`;
    }
  }
}

const OCI_CREATE = 'failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process:';

/** What the daemon answers when a container's main process cannot start. */
export function startFailureMessage(reason: StartFailure, program: string): string {
  return reason === 'unknown-user' ? program : `${OCI_CREATE} ${startFailureText(reason, program)}`;
}

/** The exit code `docker run` gives for a program the runtime could not start. */
export function startFailureCode(reason: StartFailure): number {
  if (reason === 'not-found' || reason === 'missing-path') return 127;
  if (reason === 'file-onto-dir' || reason === 'unknown-user') return 125;
  return 126;
}
