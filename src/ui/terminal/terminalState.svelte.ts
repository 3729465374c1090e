/**
 * The terminal's own state, beside the lab's: the line being typed, the
 * history, the notes the terminal prints itself, and the container shell
 * opened from the controls. One per lab, so the controls (which open a shell
 * or insert an example) and the terminal share it without props.
 */
import type { Lab } from '../lab.svelte.ts';
import { emptyHistory, next, previous, remember, type History } from './history.ts';
import { helpText } from './helpText.ts';
import { lineAction } from './lineAction.ts';
import type { TerminalNote } from './scrollback.ts';

/** The prompt shown in a container shell, as busybox's sh shows it for root. */
export const CONTAINER_PROMPT = '/ #';
export const HOST_PROMPT = '$';

export class TerminalState {
  /** The text at the prompt. */
  draft = $state('');
  /** The container whose shell is open (typed lines run in it), or null for the host. */
  shellContainer = $state<string | null>(null);
  history = $state.raw<History>(emptyHistory);
  notes = $state.raw<TerminalNote[]>([]);
  /** Bumped to ask the terminal to take the focus (after an example is inserted or a shell opened). */
  focusRequests = $state(0);
  private nextNote = 1;

  constructor(private readonly lab: Lab) {}

  get prompt(): string {
    return this.shellContainer === null ? HOST_PROMPT : CONTAINER_PROMPT;
  }

  /** Enter: runs the line (or handles the terminal's own words) and remembers it. */
  submit(): void {
    const line = this.draft;
    if (this.shellContainer !== null && !this.lab.world.containers.some((c) => c.name === this.shellContainer)) {
      this.note(null, `Container ${this.shellContainer} is gone; back to the host shell.\n`);
      this.shellContainer = null;
    }
    const action = lineAction(line, this.shellContainer);
    this.draft = '';
    this.history = remember(this.history, line);
    switch (action.kind) {
      case 'nothing':
        this.note(`${this.prompt} `, '');
        break;
      case 'help':
        this.note(`${this.prompt} ${line}`, helpText());
        break;
      case 'clear':
        this.clear();
        break;
      case 'exitShell':
        this.note(`${this.prompt} ${line}`, `Left the shell in ${this.shellContainer}.\n`);
        this.shellContainer = null;
        break;
      case 'run':
        this.lab.run(action.command, 'typed');
        break;
    }
  }

  /** Ctrl+C: the line is abandoned, shown with `^C`, and not run. */
  interrupt(): void {
    this.note(`${this.prompt} ${this.draft}^C`, '');
    this.draft = '';
    this.history = { ...this.history, index: this.history.lines.length, draft: '' };
  }

  /** Ctrl+L and `clear`: the scrollback goes, the world stays. */
  clear(): void {
    this.lab.clearTerminal();
    this.notes = [];
  }

  /** Forgets the notes and leaves any shell; for a lab reset. */
  reset(): void {
    this.notes = [];
    this.shellContainer = null;
    this.draft = '';
  }

  historyUp(): void {
    const step = previous(this.history, this.draft);
    this.history = step.history;
    this.draft = step.line;
  }

  historyDown(): void {
    const step = next(this.history, this.draft);
    this.history = step.history;
    this.draft = step.line;
  }

  /** Puts a host command at the prompt without running it (the example buttons), leaving any container shell. */
  insert(command: string): void {
    if (this.shellContainer !== null) {
      this.note(null, `Left the shell in ${this.shellContainer}: examples run on the host.\n`);
      this.shellContainer = null;
    }
    this.draft = command;
    this.focusRequests++;
  }

  /** Typed lines now run in container `name` (`docker exec NAME sh -c LINE`) until `exit`. */
  openShell(name: string): void {
    this.shellContainer = name;
    this.note(null, `Shell in ${name}: each line runs as docker exec ${name} sh -c '…'. Type exit to leave.\n`);
    this.focusRequests++;
  }

  /** Prints a line of the terminal's own after the latest lab entry. */
  note(echo: string | null, text: string): void {
    const last = this.lab.entries[this.lab.entries.length - 1];
    this.notes = [...this.notes, { id: this.nextNote++, afterEntry: last?.id ?? 0, echo, text }];
  }
}

const states = new WeakMap<Lab, TerminalState>();

/** The terminal state of a lab, made on first use. */
export function terminalOf(lab: Lab): TerminalState {
  let state = states.get(lab);
  if (state === undefined) {
    state = new TerminalState(lab);
    states.set(lab, state);
  }
  return state;
}
