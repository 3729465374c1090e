/**
 * The daemon's container operations. Every state change goes through the
 * lifecycle machine: it decides, these functions carry out the effects it
 * names on the world.
 */
import { lifecycleStep, type LifecycleEvent, type Refusal } from '../machines/lifecycleMachine.ts';
import { countFiles, emptyDir } from '../fs/tree.ts';
import type { OutputChunk } from '../shell/types.ts';
import { dockerFiles } from './containerFs.ts';
import { runMainProcess, startFailureCode, startFailureMessage, type ProcessOutcome } from './processes.ts';
import type { Session } from './session.ts';
import type { Container } from './world.ts';

/** An error the daemon answers with; the CLI prints `Error response from daemon: ` before it. */
export class DaemonError extends Error {
  constructor(message: string) {
    super(message);
  }
}

/** Finds a container by name, full id or unique id prefix, as Docker does. */
export function findContainer(session: Session, ref: string): Container | undefined {
  const name = ref.startsWith('/') ? ref.slice(1) : ref;
  const containers = session.containers();
  const exact = containers.find((c) => c.id === ref || c.name === name);
  if (exact !== undefined) return exact;
  if (ref.length === 0 || !/^[0-9a-f]+$/.test(ref)) return undefined;
  const matches = containers.filter((c) => c.id.startsWith(ref));
  return matches.length === 1 ? matches[0] : undefined;
}

export function requireContainer(session: Session, ref: string): Container {
  const container = findContainer(session, ref);
  if (container === undefined) throw new DaemonError(`No such container: ${ref}`);
  return container;
}

/** Docker's words for each refusal of the lifecycle machine. */
export function refusalText(refusal: Refusal, container: Container, command: string): string {
  switch (refusal) {
    case 'notRunning':
      if (command === 'kill') return `cannot kill container: ${container.name}: container ${container.id} is not running`;
      return `container ${container.id} is not running`;
    case 'notPaused':
      return `Container ${container.id} is not paused`;
    case 'alreadyPaused':
      return `Container ${container.id} is already paused`;
    case 'startPaused':
      return 'cannot start a paused container, try unpause instead';
    case 'execPaused':
      return `Container ${container.name} is paused, unpause the container before exec`;
    case 'removeRunning':
      return `cannot remove container "/${container.name}": container is running: stop the container before removing or force remove`;
    case 'removePaused':
      return `cannot remove container "/${container.name}": container is paused and must be unpaused first`;
    case 'removeRestarting':
      return `cannot remove container "/${container.name}": container is restarting: stop the container before removing or force remove`;
    case 'removalInProgress':
      return `removal of container ${container.name} is already in progress`;
  }
}

/** What a lifecycle command did. */
export interface Outcome {
  refusal: Refusal | null;
  /** What the main process printed during this command (for attached runs). */
  chunks: OutputChunk[];
  /** Set when the main process could not start: the daemon's message and `docker run`'s exit code. */
  startFailure: { text: string; exitCode: number } | null;
}

export interface DispatchOptions {
  /** Seconds `stop` waits for a process that ignores SIGTERM. */
  timeout?: number;
  /** What was piped into an attached `docker run -i` / `start -ai`. */
  stdin?: string;
}

/** The lowest free address on the default bridge. */
function freeAddress(session: Session): string {
  const used = new Set(session.containers().map((c) => c.ipAddress));
  for (let n = 2; ; n++) if (!used.has(`172.17.0.${n}`)) return `172.17.0.${n}`;
}

function willRestart(container: Container, exitCode: number): boolean {
  const policy = container.hostConfig.restartPolicy;
  switch (policy.name) {
    case 'always':
    case 'unless-stopped':
      return true;
    case 'on-failure':
      return exitCode !== 0 && (policy.maximumRetryCount === 0 || container.state.restartCount < policy.maximumRetryCount);
    case 'no':
      return false;
  }
}

/** Frees what a removed container held: its anonymous volumes when asked, and its record. */
function removeAnonymousVolumes(session: Session, container: Container): void {
  for (const mount of container.mounts) {
    if (mount.type !== 'volume' || !mount.anonymous) continue;
    const stillUsed = session
      .containers()
      .some((c) => c.id !== container.id && c.mounts.some((m) => m.type === 'volume' && m.name === mount.name));
    const volume = session.volume(mount.name);
    if (stillUsed || volume === undefined) continue;
    session.deleteVolume(mount.name);
    session.emit({ type: 'volume.removed', name: mount.name, anonymous: true, files: countFiles(volume.tree) });
  }
}

/**
 * Sends one lifecycle event to a container: asks the machine, carries out the
 * effects it names, and follows on (a main process that ends by itself sends
 * `container.exit`).
 */
export function dispatch(session: Session, id: string, asked: LifecycleEvent, options: DispatchOptions = {}): Outcome {
  const before = session.container(id);
  // Whether the container goes when it stops is its own setting (--rm), not the caller's to say.
  const event: LifecycleEvent =
    asked.type === 'container.stop' || asked.type === 'container.kill' ? { ...asked, autoRemove: before.hostConfig.autoRemove } : asked;
  const step = lifecycleStep(before.status, event);
  const outcome: Outcome = { refusal: step.refusal, chunks: [], startFailure: null };
  if (step.refusal !== null) return outcome;
  let exitCode = before.state.exitCode;
  let started: ProcessOutcome | null = null;
  const update = (f: (c: Container) => Container) => session.updateContainer(id, f);
  for (const effect of step.effects) {
    const c = session.container(id);
    switch (effect) {
      case 'writeDockerFiles': {
        const address = c.hostConfig.networkMode === 'none' ? null : freeAddress(session);
        // Docker writes hostname, hosts and resolv.conf anew at every start (27-fs-docker-files-diff-commit.t).
        update((x) => ({ ...x, ipAddress: address, dockerFiles: dockerFiles(x.config.hostname, address) }));
        break;
      }
      case 'clearTmpfs': {
        // A tmpfs lives in memory: when the process ends, it is unmounted and what it held is gone.
        const tmpfs: Container['tmpfs'] = {};
        for (const target of Object.keys(c.tmpfs)) {
          const files = countFiles(c.tmpfs[target]);
          if (files > 0) session.emit({ type: 'tmpfs.cleared', id, name: c.name, target, files });
          tmpfs[target] = emptyDir('1777');
        }
        update((x) => ({ ...x, tmpfs }));
        break;
      }
      case 'startMainProcess': {
        update((x) => ({ ...x, status: 'running', state: { ...x.state, startedAt: session.clock, stoppedByUser: false } }));
        started = runMainProcess(session, id, options.stdin);
        if (started.kind === 'running') update((x) => ({ ...x, process: started!.kind === 'running' ? started!.process : 'none' }));
        if (started.kind !== 'failed') {
          const chunks = started.chunks;
          outcome.chunks.push(...chunks);
          update((x) => ({ ...x, logs: [...x.logs, ...chunks] }));
        }
        session.emit({ type: 'container.started', id, name: c.name });
        break;
      }
      case 'stopMainProcess':
        // A service traps SIGTERM and exits 0; anything else as PID 1 ignores it and is killed after the grace period.
        if (c.process === 'service') exitCode = 0;
        else {
          exitCode = 137;
          session.tick(options.timeout ?? 10);
        }
        break;
      case 'killMainProcess':
        exitCode = 137;
        break;
      case 'recordExit':
        update((x) => ({
          ...x,
          process: 'none',
          ipAddress: null,
          state: { ...x.state, exitCode, finishedAt: session.clock },
        }));
        session.emit({ type: 'container.exited', id, name: c.name, exitCode });
        break;
      case 'freezeProcesses':
        session.emit({ type: 'container.paused', id, name: c.name });
        break;
      case 'thawProcesses':
        session.emit({ type: 'container.unpaused', id, name: c.name });
        break;
      case 'countRestart':
        update((x) => ({ ...x, state: { ...x.state, restartCount: x.state.restartCount + 1 } }));
        break;
      case 'discardWritableLayer':
        session.emit({ type: 'writableLayer.discarded', id, name: c.name, files: countFiles(c.writableLayer) });
        break;
      case 'removeAnonymousVolumes':
        removeAnonymousVolumes(session, c);
        break;
      case 'markStoppedByUser':
        update((x) => ({ ...x, state: { ...x.state, stoppedByUser: true } }));
        break;
      case 'runExec':
      case 'refuse':
        break;
    }
  }
  if (step.state === 'removed') {
    session.deleteContainer(id);
    session.emit({ type: 'container.removed', id, name: before.name });
    return outcome;
  }
  update((x) => ({ ...x, status: step.state }));
  const result = started as ProcessOutcome | null;
  if (result?.kind === 'failed') {
    // The runtime could not start the program: the container stays as it was, with the runtime's exit code.
    const code = startFailureCode(result.reason);
    update((x) => ({ ...x, status: before.status, process: 'none', ipAddress: null, state: { ...x.state, exitCode: code } }));
    outcome.startFailure = { text: startFailureMessage(result.reason, result.program), exitCode: code };
  } else if (result?.kind === 'exited') {
    exitCode = result.exitCode;
    const c = session.container(id);
    const exitStep = dispatchExit(session, id, exitCode, c);
    outcome.chunks.push(...exitStep.chunks);
  }
  return outcome;
}

/** The main process ended by itself with `exitCode`. */
function dispatchExit(session: Session, id: string, exitCode: number, c: Container): Outcome {
  const event: LifecycleEvent = { type: 'container.exit', willRestart: willRestart(c, exitCode), autoRemove: c.hostConfig.autoRemove };
  const step = lifecycleStep(c.status, event);
  // recordExit needs the code the process ended with.
  session.updateContainer(id, (x) => ({ ...x, state: { ...x.state, exitCode } }));
  if (step.state === 'restarting') session.emit({ type: 'container.restarting', id, name: c.name });
  return dispatch(session, id, event);
}

/** The restart manager: brings restarting containers back, once per command. */
export function restartDueContainers(session: Session): void {
  for (const container of session.containers()) {
    if (container.status === 'restarting') dispatch(session, container.id, { type: 'container.restartDue' });
  }
}
