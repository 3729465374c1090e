/**
 * The tiny shell: the `sh` a learner types into, on the host (bash + GNU
 * coreutils) and inside containers (busybox ash + applets).
 *
 * - `runShell(script, ctx)` runs a script as a new shell process would.
 * - `runArgv(argv, ctx)` starts one program without a shell, as
 *   `docker exec box cat /f` and a container's main process do.
 *
 * Both are pure over `ctx.fs` (a Vfs facade: the caller takes the new world
 * from it afterwards) and never throw.
 *
 * How programs are found:
 * - host (`bash`): builtins, functions, then the GNU tools in
 *   applets/index.ts, then `ctx.external` (docker); else "command not found".
 * - container (`busybox`): builtins, functions, then any busybox applet by
 *   name without looking at PATH (the images' busybox has
 *   FEATURE_SH_STANDALONE: a recorded `rm /bin/cat; cat /etc/group` still
 *   works inside `sh`); otherwise PATH in the container's file system: a file
 *   that is (a symlink to) `@busybox` runs the applet of its name, `@entrypoint`
 *   goes to `ctx.external` with `io.path`, an executable text file runs as a
 *   script. `runArgv` (Docker starting a process) only does the PATH lookup.
 * - a real busybox applet the lab does not implement says
 *   `sh: NAME: applet not simulated in the lab` (127).
 *
 * A script that runs more than STEP_LIMIT commands, or nests shells and
 * functions deeper than DEPTH_LIMIT, is stopped with a message and status 130.
 */

import { Input, Terminal, type Stdio } from './io.ts';
import { DEPTH_LIMIT, ExitSignal, LimitSignal, STEP_LIMIT, Shell, startupVars, type ShellHost } from './interpreter.ts';
import { BlockSignal } from './process.ts';
import { VarTable } from './vars.ts';
import { appletsFor } from './applets/index.ts';
import type { EnvVar, ShellContext, ShellResult, ShellState } from './types.ts';

export type {
  Dialect,
  EnvVar,
  ExternalIo,
  ExternalResult,
  OutputChunk,
  ProcessUser,
  ShellContext,
  ShellResult,
  ShellState,
  ShellVariable,
} from './types.ts';
export { Parser, ShellSyntaxError, parseScript } from './parse.ts';

function hostOf(ctx: ShellContext): ShellHost {
  return {
    dialect: ctx.dialect,
    fs: ctx.fs,
    user: ctx.user ?? { uid: 0, gid: 0 },
    hostname: ctx.hostname,
    applets: appletsFor(ctx.dialect),
    external: ctx.external,
    sleep: ctx.sleep,
    now: ctx.now,
    steps: { count: 0, depth: 0 },
  };
}

/** Stops a runaway script with a message of the lab's own (a real shell would run on until Ctrl-C). */
function limitReached(terminal: Terminal, ctx: ShellContext, signal: LimitSignal): number {
  const shell = ctx.dialect === 'bash' ? 'bash' : 'sh';
  const why = signal.reason === 'steps' ? `more than ${STEP_LIMIT} commands` : `more than ${DEPTH_LIMIT} nested shells or function calls`;
  terminal.stderr.write(`${shell}: stopped by the lab after ${why}\n`);
  return 130;
}

function finish(terminal: Terminal, exitCode: number, shell: Shell | undefined, ctx: ShellContext, blocked: boolean): ShellResult {
  const chunks = terminal.chunks;
  const pick = (stream: 'stdout' | 'stderr'): string =>
    chunks
      .filter((c) => c.stream === stream)
      .map((c) => c.text)
      .join('');
  return {
    exitCode,
    output: chunks.map((c) => c.text).join(''),
    stdout: pick('stdout'),
    stderr: pick('stderr'),
    chunks,
    cwd: shell?.cwd ?? ctx.cwd,
    env: shell?.vars.environment() ?? [...ctx.env],
    state: shell === undefined ? (ctx.state ?? { variables: ctx.env.map((v) => ({ ...v, exported: true })), functions: {} }) : stateOf(shell),
    blocked,
  };
}

function stateOf(shell: Shell): ShellState {
  return { variables: shell.vars.snapshot(), functions: Object.fromEntries(shell.functions) };
}

/** Something the interpreter did not expect: report it as a shell would report an internal error. */
function internalError(terminal: Terminal, ctx: ShellContext, err: unknown): void {
  const text = err instanceof Error ? err.message : String(err);
  terminal.stderr.write(`${ctx.dialect === 'bash' ? 'bash' : 'sh'}: internal error: ${text}\n`);
}

/**
 * Runs `script` in a shell of `ctx.dialect`. In the busybox dialect it is a
 * fresh `sh` (SHLVL goes up, PWD is set, variables come from `ctx.env`); in the
 * bash dialect it is the learner's terminal, so the result's `cwd` and `env`
 * carry over to the next line.
 */
export function runShell(script: string, ctx: ShellContext): ShellResult {
  const terminal = new Terminal();
  const host = hostOf(ctx);
  let vars: VarTable;
  if (ctx.dialect === 'busybox') {
    vars = startupVars(host, ctx.env, ctx.cwd);
  } else if (ctx.state !== undefined) {
    vars = VarTable.restore('bash', ctx.state.variables);
  } else {
    vars = new VarTable('bash');
    for (const { name, value } of ctx.env) vars.set(name, value, true);
    // bash keeps PWD in step with its working directory from the start.
    vars.set('PWD', ctx.cwd, true);
  }
  const [name = ctx.dialect === 'bash' ? 'bash' : 'sh', ...positional] = ctx.args ?? [];
  const shell = new Shell(host, { name, scriptFile: false, positional, cwd: ctx.cwd, vars });
  if (ctx.dialect === 'bash' && ctx.state !== undefined) shell.functions = new Map(Object.entries(ctx.state.functions));
  const io: Stdio = { stdin: new Input(ctx.stdin ?? ''), stdout: terminal.stdout, stderr: terminal.stderr };
  try {
    const code = shell.runAsProcess(script, io);
    return finish(terminal, code, shell, ctx, false);
  } catch (err) {
    if (err instanceof BlockSignal) return finish(terminal, 0, shell, ctx, true);
    if (err instanceof LimitSignal) return finish(terminal, limitReached(terminal, ctx, err), shell, ctx, false);
    internalError(terminal, ctx, err);
    return finish(terminal, 2, shell, ctx, false);
  }
}

/**
 * Starts `argv` directly, without a shell: no builtins, no expansion. In the
 * busybox dialect argv[0] is looked up through PATH (from `ctx.env`) in the
 * container's file system; when it cannot be started nothing is printed and
 * `startError` says why (Docker words that error itself).
 */
export function runArgv(argv: readonly string[], ctx: ShellContext): ShellResult {
  const terminal = new Terminal();
  const host = hostOf(ctx);
  if (argv.length === 0) return { ...finish(terminal, 127, undefined, ctx, false), startError: 'not-found' };
  const vars = new VarTable(ctx.dialect);
  for (const { name, value } of ctx.env) vars.set(name, value, true);
  const shell = new Shell(host, { name: ctx.dialect === 'bash' ? 'bash' : 'sh', scriptFile: false, positional: [], cwd: ctx.cwd, vars });
  const env: EnvVar[] = [...ctx.env];
  const path = ctx.env.find((v) => v.name === 'PATH')?.value;
  // Docker starts argv[0] itself: a plain PATH lookup, no applet shortcut.
  const found = shell.resolveProgram(argv[0], path, ctx.cwd, false);
  if (found.kind === 'error') return { ...finish(terminal, found.error === 'not-found' ? 127 : 126, undefined, ctx, false), startError: found.error };
  if (found.kind === 'external' && host.external === undefined) {
    return { ...finish(terminal, 127, undefined, ctx, false), startError: 'not-found' };
  }
  const io: Stdio = { stdin: new Input(ctx.stdin ?? ''), stdout: terminal.stdout, stderr: terminal.stderr };
  try {
    const code = shell.runProgram([...argv], env, io, path, ctx.cwd, false);
    return finish(terminal, code, undefined, ctx, false);
  } catch (err) {
    if (err instanceof ExitSignal) return finish(terminal, err.code, undefined, ctx, false);
    if (err instanceof BlockSignal) return finish(terminal, 0, undefined, ctx, true);
    if (err instanceof LimitSignal) return finish(terminal, limitReached(terminal, ctx, err), undefined, ctx, false);
    internalError(terminal, ctx, err);
    return finish(terminal, 2, undefined, ctx, false);
  }
}
