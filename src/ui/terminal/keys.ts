/**
 * Which keys the terminal's input handles itself. Everything else keeps its
 * default (typing, copy, paste, moving the cursor, leaving with Shift+Tab).
 */

export type KeyAction = 'historyUp' | 'historyDown' | 'complete' | 'clear' | 'interrupt';

/** The parts of a keyboard event that decide the action. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** What the input holds when the key is pressed. */
export interface PromptSituation {
  /** Nothing typed: Tab then moves the focus on instead of completing, so the keyboard is never trapped. */
  empty: boolean;
  /** Text is selected in the input: Ctrl+C then copies it. */
  hasSelection: boolean;
}

/** The terminal's action for a key, or null to leave the key to the browser. */
export function keyAction(press: KeyPress, situation: PromptSituation): KeyAction | null {
  const plain = !press.ctrlKey && !press.metaKey && !press.altKey;
  if (plain && !press.shiftKey && press.key === 'ArrowUp') return 'historyUp';
  if (plain && !press.shiftKey && press.key === 'ArrowDown') return 'historyDown';
  if (plain && !press.shiftKey && press.key === 'Tab') return situation.empty ? null : 'complete';
  const ctrlOnly = press.ctrlKey && !press.metaKey && !press.altKey && !press.shiftKey;
  const letter = press.key.toLowerCase();
  if (ctrlOnly && letter === 'l') return 'clear';
  if (ctrlOnly && letter === 'c') return situation.hasSelection ? null : 'interrupt';
  return null;
}
