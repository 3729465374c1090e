/**
 * The container lifecycle: which command is legal in which state, and what it
 * does to the container's data. This is the diagram a teacher draws on the
 * board. The machine is pure: the engine asks it (with xstate's `transition`)
 * for the next state and the named effects, then carries the effects out on
 * the world. Refusals are effects too (`refuse`, with Docker's reason), so
 * every rule, including every error, lives here.
 *
 * Behaviour in each state was recorded from Docker Engine 26
 * (test/conformance/16-lifecycle-errors.t and the life-* transcripts).
 */
import { setup, transition, type SnapshotFrom } from 'xstate';

export type LifecycleState = 'created' | 'running' | 'paused' | 'restarting' | 'exited' | 'removing' | 'removed' | 'dead';

/** Why Docker refuses a command; the engine turns each into Docker's exact text. */
export type Refusal =
  | 'notRunning'
  | 'notPaused'
  | 'alreadyPaused'
  | 'startPaused'
  | 'execPaused'
  | 'removeRunning'
  | 'removePaused'
  | 'removeRestarting'
  | 'removalInProgress';

export type LifecycleEvent =
  /** `docker start`, and the start half of `docker run`. */
  | { type: 'container.start' }
  /** `docker stop`: SIGTERM, then SIGKILL after the grace period. `autoRemove` comes from `--rm`. */
  | { type: 'container.stop'; autoRemove?: boolean }
  /** `docker kill`: SIGKILL. */
  | { type: 'container.kill'; autoRemove?: boolean }
  | { type: 'container.restart' }
  | { type: 'container.pause' }
  | { type: 'container.unpause' }
  /** `docker exec`: runs only in a running container. */
  | { type: 'container.exec' }
  /** The main process ended by itself, with `willRestart` from the restart policy and `autoRemove` from `--rm`. */
  | { type: 'container.exit'; willRestart: boolean; autoRemove: boolean }
  /** The daemon's restart manager brings a restarting container back. */
  | { type: 'container.restartDue' }
  /** `docker rm [-f] [-v]`. */
  | { type: 'container.remove'; force: boolean; volumes: boolean };

/** The names of the effects the engine carries out. */
export type Effect =
  | 'writeDockerFiles'
  | 'startMainProcess'
  | 'stopMainProcess'
  | 'killMainProcess'
  | 'freezeProcesses'
  | 'thawProcesses'
  | 'runExec'
  | 'recordExit'
  | 'clearTmpfs'
  | 'countRestart'
  | 'discardWritableLayer'
  | 'removeAnonymousVolumes'
  | 'markStoppedByUser'
  | 'refuse';

const refuse = (reason: Refusal) => ({ type: 'refuse' as const, params: { reason } });

export const lifecycleMachine = setup({
  types: {
    events: {} as LifecycleEvent,
  },
  // Effects are named here and carried out by the engine on the world (see containerOps.ts).
  actions: {
    writeDockerFiles: () => {},
    startMainProcess: () => {},
    stopMainProcess: () => {},
    killMainProcess: () => {},
    freezeProcesses: () => {},
    thawProcesses: () => {},
    runExec: () => {},
    recordExit: () => {},
    clearTmpfs: () => {},
    countRestart: () => {},
    discardWritableLayer: () => {},
    removeAnonymousVolumes: () => {},
    markStoppedByUser: () => {},
    refuse: (_, _params: { reason: Refusal }) => {},
  },
  guards: {
    force: ({ event }) => event.type === 'container.remove' && event.force,
    removeVolumes: ({ event }) => event.type === 'container.remove' && event.volumes,
    forceWithVolumes: ({ event }) => event.type === 'container.remove' && event.force && event.volumes,
    willRestart: ({ event }) => event.type === 'container.exit' && event.willRestart,
    autoRemove: ({ event }) =>
      (event.type === 'container.exit' || event.type === 'container.stop' || event.type === 'container.kill') && event.autoRemove === true,
  },
}).createMachine({
  id: 'container',
  initial: 'created',
  states: {
    created: {
      on: {
        'container.start': { target: 'running', actions: ['writeDockerFiles', 'startMainProcess'] },
        'container.restart': { target: 'running', actions: ['writeDockerFiles', 'startMainProcess'] },
        // Stopping a container that never ran is accepted and changes nothing.
        'container.stop': {},
        'container.kill': { actions: refuse('notRunning') },
        'container.pause': { actions: refuse('notRunning') },
        'container.unpause': { actions: refuse('notPaused') },
        'container.exec': { actions: refuse('notRunning') },
        'container.remove': [
          { guard: 'removeVolumes', target: 'removed', actions: ['discardWritableLayer', 'removeAnonymousVolumes'] },
          { target: 'removed', actions: ['discardWritableLayer'] },
        ],
      },
    },
    running: {
      on: {
        // Starting a running container succeeds and does nothing.
        'container.start': {},
        // A --rm container goes as soon as it stops, however it stops, and takes its anonymous volumes.
        'container.stop': [
          { guard: 'autoRemove', target: 'removed', actions: ['stopMainProcess', 'recordExit', 'clearTmpfs', 'discardWritableLayer', 'removeAnonymousVolumes'] },
          { target: 'exited', actions: ['markStoppedByUser', 'stopMainProcess', 'recordExit', 'clearTmpfs'] },
        ],
        'container.kill': [
          { guard: 'autoRemove', target: 'removed', actions: ['killMainProcess', 'recordExit', 'clearTmpfs', 'discardWritableLayer', 'removeAnonymousVolumes'] },
          { target: 'exited', actions: ['markStoppedByUser', 'killMainProcess', 'recordExit', 'clearTmpfs'] },
        ],
        'container.restart': {
          target: 'running',
          reenter: true,
          actions: ['stopMainProcess', 'recordExit', 'clearTmpfs', 'writeDockerFiles', 'startMainProcess'],
        },
        'container.pause': { target: 'paused', actions: ['freezeProcesses'] },
        'container.unpause': { actions: refuse('notPaused') },
        'container.exec': { actions: ['runExec'] },
        'container.exit': [
          { guard: 'willRestart', target: 'restarting', actions: ['recordExit', 'clearTmpfs'] },
          {
            guard: 'autoRemove',
            target: 'removed',
            actions: ['recordExit', 'clearTmpfs', 'discardWritableLayer', 'removeAnonymousVolumes'],
          },
          { target: 'exited', actions: ['recordExit', 'clearTmpfs'] },
        ],
        'container.remove': [
          {
            guard: 'forceWithVolumes',
            target: 'removed',
            actions: ['killMainProcess', 'recordExit', 'clearTmpfs', 'discardWritableLayer', 'removeAnonymousVolumes'],
          },
          { guard: 'force', target: 'removed', actions: ['killMainProcess', 'recordExit', 'clearTmpfs', 'discardWritableLayer'] },
          { actions: refuse('removeRunning') },
        ],
      },
    },
    paused: {
      on: {
        'container.start': { actions: refuse('startPaused') },
        // A paused container is thawed and then stopped, killed or restarted.
        'container.stop': [
          {
            guard: 'autoRemove',
            target: 'removed',
            actions: ['thawProcesses', 'stopMainProcess', 'recordExit', 'clearTmpfs', 'discardWritableLayer', 'removeAnonymousVolumes'],
          },
          { target: 'exited', actions: ['markStoppedByUser', 'thawProcesses', 'stopMainProcess', 'recordExit', 'clearTmpfs'] },
        ],
        'container.kill': [
          {
            guard: 'autoRemove',
            target: 'removed',
            actions: ['thawProcesses', 'killMainProcess', 'recordExit', 'clearTmpfs', 'discardWritableLayer', 'removeAnonymousVolumes'],
          },
          { target: 'exited', actions: ['markStoppedByUser', 'thawProcesses', 'killMainProcess', 'recordExit', 'clearTmpfs'] },
        ],
        'container.restart': {
          target: 'running',
          actions: ['thawProcesses', 'stopMainProcess', 'recordExit', 'clearTmpfs', 'writeDockerFiles', 'startMainProcess'],
        },
        'container.pause': { actions: refuse('alreadyPaused') },
        'container.unpause': { target: 'running', actions: ['thawProcesses'] },
        'container.exec': { actions: refuse('execPaused') },
        'container.remove': [
          {
            guard: 'forceWithVolumes',
            target: 'removed',
            actions: ['thawProcesses', 'killMainProcess', 'recordExit', 'clearTmpfs', 'discardWritableLayer', 'removeAnonymousVolumes'],
          },
          { guard: 'force', target: 'removed', actions: ['thawProcesses', 'killMainProcess', 'recordExit', 'clearTmpfs', 'discardWritableLayer'] },
          { actions: refuse('removePaused') },
        ],
      },
    },
    restarting: {
      on: {
        'container.restartDue': { target: 'running', actions: ['countRestart', 'writeDockerFiles', 'startMainProcess'] },
        'container.start': { target: 'running', actions: ['writeDockerFiles', 'startMainProcess'] },
        'container.stop': { target: 'exited', actions: ['markStoppedByUser'] },
        'container.kill': { actions: refuse('notRunning') },
        'container.restart': { target: 'running', actions: ['writeDockerFiles', 'startMainProcess'] },
        'container.pause': { actions: refuse('notRunning') },
        'container.unpause': { actions: refuse('notPaused') },
        'container.exec': { actions: refuse('notRunning') },
        'container.remove': [
          { guard: 'forceWithVolumes', target: 'removed', actions: ['discardWritableLayer', 'removeAnonymousVolumes'] },
          { guard: 'force', target: 'removed', actions: ['discardWritableLayer'] },
          { actions: refuse('removeRestarting') },
        ],
      },
    },
    exited: {
      on: {
        'container.start': { target: 'running', actions: ['writeDockerFiles', 'startMainProcess'] },
        'container.restart': { target: 'running', actions: ['writeDockerFiles', 'startMainProcess'] },
        'container.stop': {},
        'container.kill': { actions: refuse('notRunning') },
        'container.pause': { actions: refuse('notRunning') },
        'container.unpause': { actions: refuse('notPaused') },
        'container.exec': { actions: refuse('notRunning') },
        'container.remove': [
          { guard: 'removeVolumes', target: 'removed', actions: ['discardWritableLayer', 'removeAnonymousVolumes'] },
          { target: 'removed', actions: ['discardWritableLayer'] },
        ],
      },
    },
    removing: {
      on: {
        'container.remove': { actions: refuse('removalInProgress') },
      },
    },
    removed: { type: 'final' },
    dead: {
      on: {
        'container.remove': [
          { guard: 'removeVolumes', target: 'removed', actions: ['discardWritableLayer', 'removeAnonymousVolumes'] },
          { target: 'removed', actions: ['discardWritableLayer'] },
        ],
      },
    },
  },
});

type LifecycleSnapshot = SnapshotFrom<typeof lifecycleMachine>;

/** What the machine decided for one event. */
export interface LifecycleStep {
  state: LifecycleState;
  effects: Effect[];
  refusal: Refusal | null;
  /** False when the event means nothing in this state (the engine reports Docker's generic refusal). */
  handled: boolean;
}

const snapshots = new Map<LifecycleState, LifecycleSnapshot>();

function snapshotOf(state: LifecycleState): LifecycleSnapshot {
  let snapshot = snapshots.get(state);
  if (snapshot === undefined) {
    snapshot = lifecycleMachine.resolveState({ value: state, context: undefined as never });
    snapshots.set(state, snapshot);
  }
  return snapshot;
}

/** Asks the machine what `event` does to a container in `state`. Pure. */
export function lifecycleStep(state: LifecycleState, event: LifecycleEvent): LifecycleStep {
  const before = snapshotOf(state);
  const [after, actions] = transition(lifecycleMachine, before, event);
  const effects: Effect[] = [];
  let refusal: Refusal | null = null;
  for (const action of actions) {
    if (action.type === 'refuse') refusal = (action.params as { reason: Refusal }).reason;
    else effects.push(action.type as Effect);
  }
  const handled = before.can(event);
  return { state: after.value as LifecycleState, effects, refusal, handled };
}
