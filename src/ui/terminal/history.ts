/**
 * The terminal's command history, as a value: Up walks back through the lines
 * typed so far, Down walks forward again, and the line being typed when the
 * learner first pressed Up is kept as the draft and given back at the end.
 */

export interface History {
  /** Lines run so far, oldest first. */
  readonly lines: readonly string[];
  /** Where Up/Down are: an index into `lines`, or `lines.length` for the draft. */
  readonly index: number;
  /** The unfinished line the learner left when walking back. */
  readonly draft: string;
}

export const emptyHistory: History = { lines: [], index: 0, draft: '' };

/** Adds a run line (blank lines and a repeat of the last line are not kept, as in bash's ignoredups). */
export function remember(history: History, line: string): History {
  const keep = line.trim() !== '' && history.lines[history.lines.length - 1] !== line;
  const lines = keep ? [...history.lines, line] : history.lines;
  return { lines, index: lines.length, draft: '' };
}

/** Up: the line before; `current` is what the prompt holds now. */
export function previous(history: History, current: string): { history: History; line: string } {
  if (history.index === 0) return { history, line: current };
  const draft = history.index === history.lines.length ? current : history.draft;
  const index = history.index - 1;
  return { history: { ...history, index, draft }, line: history.lines[index] };
}

/** Down: the line after, and the draft after the newest line. */
export function next(history: History, current: string): { history: History; line: string } {
  if (history.index >= history.lines.length) return { history, line: current };
  const index = history.index + 1;
  const line = index === history.lines.length ? history.draft : history.lines[index];
  return { history: { ...history, index }, line };
}
