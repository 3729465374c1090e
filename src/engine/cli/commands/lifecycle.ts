/**
 * The commands that create containers and move them through their lifecycle:
 * run, create, start, stop, restart, kill, pause, unpause, rm, exec, logs,
 * wait, rename, container prune.
 */
import { checkBindSources, createContainer, ensureBindSources, type CreateError, type CreateRequest } from '../../docker/create.ts';
import { dispatch, findContainer, refusalText, requireContainer, DaemonError, type Outcome } from '../../docker/daemon.ts';
import { fullReference } from '../../docker/images.ts';
import { runExec, startFailureText } from '../../docker/processes.ts';
import { lifecycleStep, type LifecycleEvent } from '../../machines/lifecycleMachine.ts';
import type { Container } from '../../docker/world.ts';
import { hostStore } from '../../docker/containerFs.ts';
import { plainTreeVfs } from '../../fs/layeredVfs.ts';
import { normalizePath } from '../../fs/tree.ts';
import { FsError } from '../../fs/vfs.ts';
import { changed, daemonErrorLine, forEachTarget, type CommandContext, type CommandHandler } from '../context.ts';
import { flagBool, flagList, flagNumber, flagString } from '../parseArgs.ts';

/** Prints what a process wrote, each piece to its own stream. */
function printChunks(ctx: CommandContext, chunks: Outcome['chunks']): void {
  for (const chunk of chunks) (chunk.stream === 'stdout' ? ctx.io.stdout : ctx.io.stderr)(chunk.text);
}

/** Sends a lifecycle event and turns a refusal into Docker's error. */
function send(ctx: CommandContext, container: Container, event: LifecycleEvent, command: string, timeout?: number): Outcome {
  const outcome = dispatch(ctx.session, container.id, event, { timeout });
  if (outcome.refusal !== null) throw new DaemonError(refusalText(outcome.refusal, container, command));
  return outcome;
}


/** A flag's last value, whether the parser keeps it as one string or as a list. */
function lastValue(ctx: CommandContext, name: string): string | null {
  if (!changed(ctx, name)) return null;
  const value = ctx.parsed.flags[name];
  if (Array.isArray(value)) return value.length > 0 ? String(value[value.length - 1]) : null;
  return String(value);
}

/**
 * An environment entry as the CLI takes it: `NAME=value` as is, a bare `NAME`
 * from the host's environment (left out when the host has none).
 */
function envEntry(ctx: CommandContext, entry: string): string | null | CreateError {
  const eq = entry.indexOf('=');
  const name = eq === -1 ? entry : entry.slice(0, eq);
  if (/\s/.test(name)) return { source: 'cli', message: `poorly formatted environment: variable '${name}' contains whitespaces` };
  if (eq !== -1) return entry;
  const host = ctx.io.env.find((v) => v.name === name);
  return host === undefined ? null : `${name}=${host.value}`;
}

/** `--env-file` lines then `-e` values; comments and blank lines skipped (117-cli-env-order.t). */
function readEnv(ctx: CommandContext): string[] | CreateError {
  const host = plainTreeVfs(hostStore(ctx.session));
  const entries: string[] = [];
  for (const file of flagList(ctx.parsed, 'env-file')) {
    let text: string;
    try {
      text = host.readFile(normalizePath(file, ctx.io.cwd));
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      const verb = e.code === 'EISDIR' ? 'read' : 'open';
      return { source: 'cli', message: `${verb} ${file}: ${e.text.toLowerCase()}` };
    }
    for (const line of text.split('\n')) if (line.trim() !== '' && !line.trimStart().startsWith('#')) entries.push(line);
  }
  entries.push(...flagList(ctx.parsed, 'env'));
  const env: string[] = [];
  for (const entry of entries) {
    const value = envEntry(ctx, entry);
    if (value === null) continue;
    if (typeof value !== 'string') return value;
    env.push(value);
  }
  return env;
}

function createRequest(ctx: CommandContext): CreateRequest | CreateError {
  const p = ctx.parsed;
  const env = readEnv(ctx);
  if (!Array.isArray(env)) return env;
  return {
    name: lastValue(ctx, 'name'),
    image: p.args[0],
    command: p.args.slice(1),
    entrypoint: lastValue(ctx, 'entrypoint'),
    env,
    workdir: lastValue(ctx, 'workdir'),
    hostname: lastValue(ctx, 'hostname'),
    user: lastValue(ctx, 'user'),
    volumes: [...flagList(p, 'volume')],
    mounts: [...flagList(p, 'mount')],
    tmpfs: [...flagList(p, 'tmpfs')],
    volumesFrom: [...flagList(p, 'volumes-from')],
    readOnly: flagBool(p, 'read-only'),
    restart: flagString(p, 'restart'),
    autoRemove: flagBool(p, 'rm'),
    tty: flagBool(p, 'tty'),
    interactive: flagBool(p, 'interactive'),
    network: lastValue(ctx, 'network'),
    cwd: ctx.io.cwd,
  };
}

/** Creates the container the command line asks for, or prints why not. */
function createFromCommandLine(ctx: CommandContext): { id: string } | { exitCode: number } {
  const request = createRequest(ctx);
  if ('source' in request) return { exitCode: printCreateError(ctx, request, ctx.parsed.args[0]) };
  const created = createContainer(ctx.session, request);
  if (!created.ok) return { exitCode: printCreateError(ctx, created.error, request.image) };
  return { id: created.id };
}

/** Docker's CLI ends a run error with a period, unless it has one already. */
const sentence = (message: string): string => (message.endsWith('.') ? message : `${message}.`);

/** Prints a create error as `docker run` (prefix, period, help hint, 125) or `docker create` words it. */
function printCreateError(ctx: CommandContext, error: CreateError, image: string): number {
  const run = ctx.parsed.command.id === 'container.run';
  const hint = `See '${ctx.parsed.path} --help'.\n`;
  switch (error.source) {
    case 'flag':
      ctx.io.stderr(`${error.message}\n${hint}`);
      return 125;
    case 'cli':
      ctx.io.stderr(`docker: ${sentence(error.message)}\n${hint}`);
      return 125;
    case 'image':
      ctx.io.stderr(`Unable to find image '${fullReference(image)}' locally\n`);
      if (run) {
        ctx.io.stderr(`docker: Error response from daemon: ${sentence(error.message)}\n${hint}`);
        return 125;
      }
      ctx.io.stderr(`Error response from daemon: ${error.message}\n`);
      return 1;
    case 'daemon':
      if (run) {
        ctx.io.stderr(`docker: Error response from daemon: ${sentence(error.message)}\n${hint}`);
        return 125;
      }
      ctx.io.stderr(`Error response from daemon: ${error.message}\n`);
      return 1;
  }
}

export const create: CommandHandler = (ctx) => {
  const created = createFromCommandLine(ctx);
  if ('exitCode' in created) return created.exitCode;
  ctx.io.stdout(`${created.id}\n`);
  return 0;
};

export const run: CommandHandler = (ctx) => {
  const created = createFromCommandLine(ctx);
  if ('exitCode' in created) return created.exitCode;
  const id = created.id;
  const detach = flagBool(ctx.parsed, 'detach');
  const outcome = dispatch(ctx.session, id, { type: 'container.start' }, { stdin: detach ? '' : ctx.io.stdin });
  if (outcome.startFailure !== null) {
    const container = findContainer(ctx.session, id);
    if (container !== undefined && container.hostConfig.autoRemove) dispatch(ctx.session, id, { type: 'container.remove', force: true, volumes: true });
    ctx.io.stderr(`docker: Error response from daemon: ${sentence(outcome.startFailure.text)}\n`);
    return outcome.startFailure.exitCode;
  }
  if (detach) {
    ctx.io.stdout(`${id}\n`);
    return 0;
  }
  printChunks(ctx, outcome.chunks);
  const after = ctx.session.findContainer(id);
  // Still running: a service or a blocked process. The lab's terminal detaches rather than hang.
  if (after !== undefined && after.status === 'running') return 0;
  return exitCodeOf(ctx, id);
};

/** The exit code of a container that ran attached (it may be gone already with --rm). */
function exitCodeOf(ctx: CommandContext, id: string): number {
  const container = ctx.session.findContainer(id);
  if (container !== undefined) return container.state.exitCode;
  const exited = [...ctx.session.events].reverse().find((e) => e.type === 'container.exited' && e.id === id);
  return exited !== undefined && exited.type === 'container.exited' ? exited.exitCode : 0;
}

export const start: CommandHandler = (ctx) => {
  const attach = flagBool(ctx.parsed, 'attach');
  if (attach && ctx.parsed.args.length > 1) {
    ctx.io.stderr('you cannot start and attach multiple containers at once\n');
    return 1;
  }
  let attachedExit = 0;
  const failures: string[] = [];
  for (const ref of ctx.parsed.args) {
    try {
      const container = requireContainer(ctx.session, ref);
      checkBindSources(ctx.session, container.id);
      ensureBindSources(ctx.session, container.id);
      const stdin = attach && flagBool(ctx.parsed, 'interactive') ? ctx.io.stdin : '';
      const outcome = dispatch(ctx.session, container.id, { type: 'container.start' }, { stdin });
      if (outcome.refusal !== null) throw new DaemonError(refusalText(outcome.refusal, container, 'start'));
      if (outcome.startFailure !== null) {
        throw new DaemonError(outcome.startFailure.text);
      }
      if (attach) {
        printChunks(ctx, outcome.chunks);
        const after = ctx.session.findContainer(container.id);
        attachedExit = after === undefined || after.status === 'running' ? 0 : after.state.exitCode;
      } else ctx.io.stdout(`${ref}\n`);
    } catch (e) {
      daemonErrorLine(ctx, e);
      failures.push(ref);
    }
  }
  if (failures.length > 0) {
    ctx.io.stderr(`Error: failed to start containers: ${failures.join(', ')}\n`);
    return 1;
  }
  return attachedExit;
};

function stopTimeout(ctx: CommandContext): number | undefined {
  return changed(ctx, 'time') ? flagNumber(ctx.parsed, 'time') : undefined;
}

export const stop: CommandHandler = (ctx) =>
  forEachTarget(ctx, ctx.parsed.args, (ref) => {
    send(ctx, requireContainer(ctx.session, ref), { type: 'container.stop' }, 'stop', stopTimeout(ctx));
  });

export const restart: CommandHandler = (ctx) =>
  forEachTarget(ctx, ctx.parsed.args, (ref) => {
    const container = requireContainer(ctx.session, ref);
    checkBindSources(ctx.session, container.id);
    ensureBindSources(ctx.session, container.id);
    send(ctx, container, { type: 'container.restart' }, 'restart', stopTimeout(ctx));
  });

const KILL_SIGNALS = new Set(['KILL', 'SIGKILL', '9']);

export const kill: CommandHandler = (ctx) => {
  const signal = (flagString(ctx.parsed, 'signal') || 'KILL').toUpperCase();
  return forEachTarget(ctx, ctx.parsed.args, (ref) => {
    let container: Container;
    try {
      container = requireContainer(ctx.session, ref);
    } catch (e) {
      if (e instanceof DaemonError) throw new DaemonError(`cannot kill container: ${ref}: ${e.message}`);
      throw e;
    }
    if (KILL_SIGNALS.has(signal)) {
      send(ctx, container, { type: 'container.kill' }, 'kill');
      return;
    }
    // Any other signal: the machine still decides whether the container can be signalled at all.
    const step = lifecycleStep(container.status, { type: 'container.kill' });
    if (step.refusal !== null) throw new DaemonError(refusalText(step.refusal, container, 'kill'));
    // A service traps it and exits 0; a blocked PID 1 ignores it (65-life-stop-exit-codes.t).
    if (container.process === 'service') send(ctx, container, { type: 'container.stop' }, 'kill', 0);
  });
};

export const pause: CommandHandler = (ctx) =>
  forEachTarget(ctx, ctx.parsed.args, (ref) => {
    send(ctx, requireContainer(ctx.session, ref), { type: 'container.pause' }, 'pause');
  });

export const unpause: CommandHandler = (ctx) =>
  forEachTarget(ctx, ctx.parsed.args, (ref) => {
    send(ctx, requireContainer(ctx.session, ref), { type: 'container.unpause' }, 'unpause');
  });

export const rm: CommandHandler = (ctx) => {
  const force = flagBool(ctx.parsed, 'force');
  const volumes = flagBool(ctx.parsed, 'volumes');
  const errors: string[] = [];
  for (const ref of ctx.parsed.args) {
    try {
      const container = requireContainer(ctx.session, ref);
      send(ctx, container, { type: 'container.remove', force, volumes }, 'rm');
      ctx.io.stdout(`${ref}\n`);
    } catch (e) {
      if (!(e instanceof DaemonError)) throw e;
      // With -f a missing container is reported at once and is not a failure (64-life-rm-states.t).
      if (force && findContainer(ctx.session, ref) === undefined) ctx.io.stderr(`Error response from daemon: ${e.message}\n`);
      else errors.push(`Error response from daemon: ${e.message}\n`);
    }
  }
  for (const error of errors) ctx.io.stderr(error);
  return errors.length > 0 ? 1 : 0;
};

export const exec: CommandHandler = (ctx) => {
  const [ref, ...argv] = ctx.parsed.args;
  try {
    const container = requireContainer(ctx.session, ref);
    send(ctx, container, { type: 'container.exec' }, 'exec');
    const outcome = runExec(ctx.session, container.id, argv, {
      cwd: changed(ctx, 'workdir') ? flagString(ctx.parsed, 'workdir') : undefined,
      user: changed(ctx, 'user') ? flagString(ctx.parsed, 'user') : undefined,
      env: flagList(ctx.parsed, 'env'),
      stdin: flagBool(ctx.parsed, 'interactive') ? ctx.io.stdin : '',
    });
    if (outcome.kind === 'failed') {
      ctx.io.stderr(`OCI runtime exec failed: exec failed: unable to start container process: ${startFailureText(outcome.reason, outcome.program)}\n`);
      return 126;
    }
    if (flagBool(ctx.parsed, 'detach')) return 0;
    printChunks(ctx, outcome.chunks);
    return outcome.kind === 'exited' ? outcome.exitCode : 0;
  } catch (e) {
    daemonErrorLine(ctx, e);
    return 1;
  }
};

export const logs: CommandHandler = (ctx) => {
  try {
    const container = requireContainer(ctx.session, ctx.parsed.args[0]);
    const tail = flagString(ctx.parsed, 'tail');
    const lines: { stream: 'stdout' | 'stderr'; text: string }[] = [];
    for (const chunk of container.logs) {
      for (const line of chunk.text.split(/(?<=\n)/)) if (line !== '') lines.push({ stream: chunk.stream, text: line });
    }
    const count = tail === 'all' || tail === '' ? lines.length : Math.max(0, Number.parseInt(tail, 10) || 0);
    printChunks(ctx, lines.slice(lines.length - count));
    return 0;
  } catch (e) {
    daemonErrorLine(ctx, e);
    return 1;
  }
};

export const wait: CommandHandler = (ctx) =>
  forEachTarget(
    ctx,
    ctx.parsed.args,
    (ref) => {
      const container = requireContainer(ctx.session, ref);
      ctx.io.stdout(`${container.state.exitCode}\n`);
    },
    { printTarget: false },
  );

export const rename: CommandHandler = (ctx) => {
  const [ref, name] = ctx.parsed.args;
  try {
    const container = requireContainer(ctx.session, ref);
    if (container.name === name) throw new DaemonError('Renaming a container with the same name as its current name');
    if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(name)) throw new DaemonError(`Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
    const holder = findContainer(ctx.session, name);
    if (holder !== undefined && holder.name === name) {
      throw new DaemonError(`Conflict. The container name "/${name}" is already in use by container "${holder.id}". You have to remove (or rename) that container to be able to reuse that name.`);
    }
    ctx.session.updateContainer(container.id, (c) => ({ ...c, name }));
    ctx.session.emit({ type: 'container.renamed', id: container.id, from: container.name, to: name });
    return 0;
  } catch (e) {
    daemonErrorLine(ctx, e);
    ctx.io.stderr(`Error: failed to rename container named ${ref}\n`);
    return 1;
  }
};

