/**
 * What pressing Enter does with a line: the terminal's own words (`help`,
 * `clear`, `exit` in a container shell) are handled by the page; everything
 * else goes to the engine, wrapped in `docker exec` while a shell is open.
 */
import { shellJoin } from './quoting.ts';

export type LineAction =
  | { kind: 'nothing' }
  | { kind: 'help' }
  | { kind: 'clear' }
  | { kind: 'exitShell' }
  | { kind: 'run'; command: string };

/** The command that runs `line` in container `name`'s shell, as the learner could type it. */
export function execLineCommand(name: string, line: string): string {
  return shellJoin(['docker', 'exec', name, 'sh', '-c', line]);
}

/** Decides what a line means; `shellContainer` is the container whose shell is open, or null for the host. */
export function lineAction(line: string, shellContainer: string | null): LineAction {
  const word = line.trim();
  if (word === '') return { kind: 'nothing' };
  if (word === 'clear') return { kind: 'clear' };
  if (shellContainer === null) return word === 'help' ? { kind: 'help' } : { kind: 'run', command: line };
  if (word === 'exit') return { kind: 'exitShell' };
  return { kind: 'run', command: execLineCommand(shellContainer, line) };
}
