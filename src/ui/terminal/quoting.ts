/**
 * Shell quoting for the command lines the controls build: a word that the
 * lab's shell (bash on the host, busybox sh in containers) reads back as
 * exactly the given text.
 */

/** Characters that never need quoting in a shell word. */
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * Quotes `text` as one shell word: bare when it is safe, otherwise in single
 * quotes, where a single quote is written `'\''` (close, escaped quote, reopen).
 */
export function shellQuote(text: string): string {
  if (SAFE_WORD.test(text)) return text;
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** Joins words into a command line, quoting each one that needs it. */
export function shellJoin(words: readonly string[]): string {
  return words.map(shellQuote).join(' ');
}
