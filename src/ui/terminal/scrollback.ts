/**
 * The terminal's scrollback: the lab's entries (every command run, typed or
 * clicked) interleaved with notes only the terminal prints (`help`, `^C`,
 * completion lists, leaving a shell).
 */
import type { TerminalEntry } from '../lab.svelte.ts';

/** A line the terminal printed itself, placed after the lab entry that preceded it. */
export interface TerminalNote {
  id: number;
  /** The id of the last lab entry when the note was made (0 before any). */
  afterEntry: number;
  /** The echoed prompt line (`$ help`, `$ docker ps^C`), or null for a plain listing. */
  echo: string | null;
  text: string;
}

export type ScrollbackItem =
  | { kind: 'entry'; key: string; entry: TerminalEntry }
  | { kind: 'note'; key: string; note: TerminalNote };

/** Entries and notes in the order they happened. */
export function mergeScrollback(entries: readonly TerminalEntry[], notes: readonly TerminalNote[]): ScrollbackItem[] {
  const items: ScrollbackItem[] = [];
  let n = 0;
  const notesUpTo = (entryId: number) => {
    while (n < notes.length && notes[n].afterEntry < entryId) {
      items.push({ kind: 'note', key: `n${notes[n].id}`, note: notes[n] });
      n++;
    }
  };
  for (const entry of entries) {
    notesUpTo(entry.id);
    items.push({ kind: 'entry', key: `e${entry.id}`, entry });
  }
  notesUpTo(Number.POSITIVE_INFINITY);
  return items;
}

/** The hint printed after a failed command (`[exit 1]`), or '' for success. */
export function exitHint(exitCode: number): string {
  return exitCode === 0 ? '' : `[exit ${exitCode}]`;
}
