/**
 * How each shell words its own errors: syntax errors (busybox ash, dash,
 * bash), failed redirections, and `set -x` traces.
 */

import type { ShellSyntaxError, SyntaxProblem } from './parse.ts';
import { errCode, errText } from './process.ts';

/** How `set -x` shows a word: bare when safe, else in single quotes. */
export function traceQuote(word: string): string {
  if (/^[A-Za-z0-9_./:,@%+=^-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** ash words open(O_CREAT) failures its own way: ENOENT is "nonexistent directory". */
export function ashCreateText(err: unknown): string {
  if (errCode(err) === 'ENOENT') return 'nonexistent directory';
  return errText(err);
}

/** ...and open(O_RDONLY) failures: ENOENT is "no such file". */
export function ashOpenText(err: unknown): string {
  if (errCode(err) === 'ENOENT') return 'no such file';
  return errText(err);
}

/** dash's text for a syntax error, after its `sh: 1: ` prefix. */
export function dashSyntaxText(p: SyntaxProblem): string {
  switch (p.kind) {
    case 'unterminated-quote':
      return 'Syntax error: Unterminated quoted string';
    case 'unexpected-token':
      if (p.token === 'eof') return `Syntax error: end of file unexpected${p.expecting === undefined ? '' : ` (expecting "${p.expecting}")`}`;
      return `Syntax error: ${p.token === 'newline' ? 'newline' : `"${p.token}"`} unexpected`;
    case 'unexpected-eof':
      return `Syntax error: end of file unexpected${p.expecting === undefined ? '' : ` (expecting "${p.expecting}")`}`;
    case 'missing-brace':
      return "Syntax error: Missing '}'";
    case 'bad-substitution':
      return 'Syntax error: Bad substitution';
    case 'unexpected-redirection':
      return 'Syntax error: redirection unexpected';
  }
}

/** busybox's text for a syntax error, after its `sh: ` prefix. */
export function busyboxSyntaxText(p: SyntaxProblem): string {
  switch (p.kind) {
    case 'unterminated-quote':
      return 'syntax error: unterminated quoted string';
    case 'unexpected-token':
      if (p.token === 'eof') return `syntax error: unexpected end of file${p.expecting === undefined ? '' : ` (expecting "${p.expecting}")`}`;
      return `syntax error: unexpected ${p.token === 'newline' ? 'newline' : `"${p.token}"`}`;
    case 'unexpected-eof':
      return `syntax error: unexpected end of file${p.expecting === undefined ? '' : ` (expecting "${p.expecting}")`}`;
    case 'missing-brace':
      return "syntax error: missing '}'";
    case 'bad-substitution':
      return 'syntax error: bad substitution';
    case 'unexpected-redirection':
      return 'syntax error: unexpected redirection';
  }
}

/** bash's words for a syntax error, each line ending in a newline. */
export function bashSyntaxError(name: string, err: ShellSyntaxError, context: 'script' | 'substitution', scriptFile: boolean): string {
  const p: SyntaxProblem = err.problem;
  const at = (line: number): string =>
    context === 'substitution' ? `${name}: command substitution: line ${line}` : scriptFile ? `${name}: line ${line}` : `${name}: -c: line ${line}`;
  const where = at(err.line);
  switch (p.kind) {
    case 'unterminated-quote':
      return `${where}: unexpected EOF while looking for matching \`${p.quote}'\n`;
    case 'missing-brace':
      return `${where}: unexpected EOF while looking for matching \`}'\n`;
    case 'bad-substitution':
      return `${where}: bad substitution\n`;
    case 'unexpected-redirection':
      return `${where}: syntax error near unexpected token \`<'\n${where}: \`${err.lineText}'\n`;
    case 'unexpected-eof':
      // bash reads one line past the end before it gives up.
      return `${at(context === 'substitution' ? err.line : err.line + 1)}: syntax error: unexpected end of file\n`;
    case 'unexpected-token': {
      const token = p.token === 'eof' ? 'newline' : p.token;
      return `${where}: syntax error near unexpected token \`${token}'\n${where}: \`${err.lineText}'\n`;
    }
  }
}
