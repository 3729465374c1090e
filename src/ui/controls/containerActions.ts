/**
 * The buttons for a selected container: each is the docker command it runs
 * and the lifecycle event that command sends. Whether a button is enabled is
 * asked of the lifecycle machine, never decided here.
 */
import { lifecycleStep, type LifecycleEvent, type LifecycleState } from '../../engine/machines/lifecycleMachine.ts';
import { shellJoin } from '../terminal/quoting.ts';

export interface ContainerAction {
  id: string;
  label: string;
  /** The docker words before the container name (`['rm', '-v']`). */
  args: readonly string[];
  event: LifecycleEvent;
}

export const CONTAINER_ACTIONS: readonly ContainerAction[] = [
  { id: 'start', label: 'Start', args: ['start'], event: { type: 'container.start' } },
  { id: 'stop', label: 'Stop', args: ['stop'], event: { type: 'container.stop' } },
  { id: 'restart', label: 'Restart', args: ['restart'], event: { type: 'container.restart' } },
  { id: 'pause', label: 'Pause', args: ['pause'], event: { type: 'container.pause' } },
  { id: 'unpause', label: 'Unpause', args: ['unpause'], event: { type: 'container.unpause' } },
  { id: 'kill', label: 'Kill', args: ['kill'], event: { type: 'container.kill' } },
  { id: 'rm', label: 'Remove', args: ['rm'], event: { type: 'container.remove', force: false, volumes: false } },
  { id: 'rm-v', label: 'Remove with -v', args: ['rm', '-v'], event: { type: 'container.remove', force: false, volumes: true } },
  { id: 'rm-f', label: 'Force remove (-f)', args: ['rm', '-f'], event: { type: 'container.remove', force: true, volumes: false } },
];

/** The event `docker exec` sends: writing a file and opening a shell need it allowed. */
export const EXEC_EVENT: LifecycleEvent = { type: 'container.exec' };

/** True when the machine accepts `event` in `state` and it does something (no refusal, no silent no-op). */
export function allowed(state: LifecycleState, event: LifecycleEvent): boolean {
  const step = lifecycleStep(state, event);
  return step.handled && step.refusal === null;
}

/** The command a container button runs: `docker stop db`. */
export function actionCommand(action: ContainerAction, containerName: string): string {
  return shellJoin(['docker', ...action.args, containerName]);
}
