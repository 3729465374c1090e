/**
 * Model-based tests: every path xstate/graph finds through the lifecycle
 * machine is replayed against the engine, and at each step the container's
 * state and its data are checked against what the machine says.
 */
import { describe, expect, it } from 'vitest';
import { createTestModel } from 'xstate/graph';
import { createWorld } from '../../src/engine/docker/catalog.ts';
import { containerVfs } from '../../src/engine/docker/containerFs.ts';
import { createContainer, type CreateRequest } from '../../src/engine/docker/create.ts';
import { dispatch } from '../../src/engine/docker/daemon.ts';
import { Session } from '../../src/engine/docker/session.ts';
import { countFiles } from '../../src/engine/fs/tree.ts';
import { lifecycleMachine, lifecycleStep, type LifecycleEvent, type LifecycleState } from '../../src/engine/machines/lifecycleMachine.ts';

const EVENTS: LifecycleEvent[] = [
  { type: 'container.start' },
  { type: 'container.stop' },
  { type: 'container.stop', autoRemove: true },
  { type: 'container.kill' },
  { type: 'container.kill', autoRemove: true },
  { type: 'container.restart' },
  { type: 'container.pause' },
  { type: 'container.unpause' },
  { type: 'container.exec' },
  { type: 'container.exit', willRestart: false, autoRemove: false },
  { type: 'container.exit', willRestart: true, autoRemove: false },
  { type: 'container.exit', willRestart: false, autoRemove: true },
  { type: 'container.restartDue' },
  { type: 'container.remove', force: false, volumes: false },
  { type: 'container.remove', force: false, volumes: true },
  { type: 'container.remove', force: true, volumes: false },
  { type: 'container.remove', force: true, volumes: true },
];

const request = (overrides: Partial<CreateRequest> = {}): CreateRequest => ({
  name: 'box', image: 'busybox', command: ['sleep', '100000'], entrypoint: null, env: [], workdir: null, hostname: null, user: null,
  volumes: ['named:/named', '/anon'], mounts: [], tmpfs: ['/scratch'], volumesFrom: [], readOnly: false, restart: 'no',
  autoRemove: false, tty: false, interactive: false, network: null, cwd: '/home/learner', ...overrides,
});

/** A world with one container, `box`, with a file in each place data can live. */
function setUp() {
  const session = new Session(createWorld());
  const created = createContainer(session, request());
  if (!created.ok) throw new Error(created.error.message);
  const id = created.id;
  const fs = containerVfs(session, id);
  fs.writeFile('/in-writable-layer', 'w');
  fs.writeFile('/named/in-named', 'n');
  fs.writeFile('/anon/in-anonymous', 'a');
  return { session, id, anonymous: session.container(id).mounts.find((m) => m.type === 'volume' && m.anonymous)! };
}

describe('lifecycle machine against the engine', () => {
  const model = createTestModel(lifecycleMachine);
  // The shortest way to each reachable state, then every event from there: every transition is taken.
  const shortest = model.getShortestPaths({ events: EVENTS });
  const toStates = new Map<string, { state: { value: unknown }; steps: { event: LifecycleEvent }[] }>([
    ['created', { state: { value: 'created' }, steps: [] }],
    ...shortest.map((p) => [p.state.value as string, { state: p.state, steps: p.steps.map((s) => ({ event: s.event as LifecycleEvent })) }] as const),
  ]);
  // A removed container is gone: nothing can be sent to it.
  const paths = [...toStates.values()].filter((p) => p.state.value !== 'removed').flatMap((p) =>
    EVENTS.map((event) => ({ state: p.state, steps: [...p.steps, { event }] })),
  );

  it('reaches every state a container can be in', () => {
    const reached = new Set(toStates.keys());
    expect([...reached].sort()).toEqual(['created', 'exited', 'paused', 'removed', 'restarting', 'running']);
  });

  it.each(paths.map((p) => [p.steps.map((s) => s.event.type + JSON.stringify(s.event).replace(/\{"type":"[^"]+",?|\}/g, '')).join(' > ') || '(start)', p] as const))(
    '%s',
    (_, path) => {
      const { session, id, anonymous } = setUp();
      let state: LifecycleState = 'created';
      for (const step of path.steps) {
        const event = step.event as LifecycleEvent;
        const before = session.findContainer(id);
        // The engine takes --rm from the container; give it the same setting the event carries.
        if ((event.type === 'container.stop' || event.type === 'container.kill') && before !== undefined) {
          session.updateContainer(id, (c) => ({ ...c, hostConfig: { ...c.hostConfig, autoRemove: event.autoRemove === true } }));
        }
        const expected = lifecycleStep(state, event);
        const current = session.findContainer(id);
        const outcome = dispatch(session, id, event);
        expect(outcome.refusal).toBe(expected.refusal);
        state = expected.state;
        const after = session.findContainer(id);
        // The machine and the engine agree on the state.
        expect(after?.status ?? 'removed').toBe(state);
        // A named volume's files change only by writes to it: no lifecycle event touches them.
        expect(session.volume('named')?.tree.children['in-named']).toEqual({ type: 'file', mode: '644', content: 'n' });
        // The anonymous volume goes only with a removal that asks for it.
        const anonymousGone = session.volume(anonymous.type === 'volume' ? anonymous.name : '') === undefined;
        expect(anonymousGone).toBe(state === 'removed' && expected.effects.includes('removeAnonymousVolumes'));
        if (after === undefined) continue;
        // The writable layer survives everything but removal.
        expect(containerVfs(session, id).readFile('/in-writable-layer')).toBe('w');
        // tmpfs is empty after each start and after the process ends.
        if (expected.effects.includes('startMainProcess') || expected.effects.includes('recordExit')) {
          expect(countFiles(after.tmpfs['/scratch'])).toBe(0);
        }
        // Put something in the tmpfs again so the next step has something to lose.
        if (after.status === 'running') containerVfs(session, id).writeFile('/scratch/t', 't');
        // A refused event changes nothing.
        if (expected.refusal !== null) expect(after).toEqual(current);
      }
    },
  );
});
