/**
 * Word expansion: parameters, `$(...)`, `$((...))`, field splitting and
 * pathname expansion, as sh does it after parsing and before running.
 */

import type { CommandList, ParamOp, Word } from './ast.ts';
import { evalArith } from './arith.ts';
import { globMatch, globPaths, hasGlob } from './glob.ts';
import { BufferSink, Input, type Stdio } from './io.ts';
import { ExitSignal, type Shell } from './interpreter.ts';

/** A field being built by word expansion: text plus which characters may glob. */
interface Field {
  text: string;
  /** Same length as text: '1' where the character came from an unquoted part. */
  globbable: string;
  started: boolean;
}

/** Expands words into fields: parameter and command substitution, field splitting, globbing. */
export function expandWords(sh: Shell, words: readonly Word[], io: Stdio): string[] {
  const out: string[] = [];
  for (const word of words) out.push(...expandWord(sh, word, io));
  return out;
}

function expandWord(sh: Shell, word: Word, io: Stdio): string[] {
  const fields: Field[] = [];
  let current: Field = { text: '', globbable: '', started: false };
  const endField = (): void => {
    if (current.started) fields.push(current);
    current = { text: '', globbable: '', started: false };
  };
  const append = (text: string, quoted: boolean): void => {
    current.text += text;
    current.globbable += (quoted ? '0' : '1').repeat(text.length);
    if (text !== '' || quoted) current.started = true;
  };
  const appendSplit = (value: string): void => {
    const ifs = sh.vars.get('IFS') ?? ' \t\n';
    if (ifs === '') {
      append(value, true);
      return;
    }
    const isSep = (ch: string): boolean => ifs.includes(ch);
    let piece = '';
    let pieceStarted = false;
    for (const ch of value) {
      if (isSep(ch)) {
        if (pieceStarted || piece !== '') {
          current.text += piece;
          current.globbable += '1'.repeat(piece.length);
          current.started = true;
        }
        piece = '';
        pieceStarted = false;
        endField();
      } else {
        piece += ch;
        pieceStarted = true;
      }
    }
    if (piece !== '') {
      current.text += piece;
      current.globbable += '1'.repeat(piece.length);
      current.started = true;
    }
  };
  word.forEach((part, index) => {
    switch (part.kind) {
      case 'literal': {
        let text = part.text;
        if (index === 0 && !part.quoted && (text === '~' || text.startsWith('~/'))) {
          text = (sh.vars.get('HOME') ?? '') + text.slice(1);
          append(text, true);
          return;
        }
        append(text, part.quoted);
        return;
      }
      case 'param': {
        if ((part.name === '@' || part.name === '*') && part.op === undefined) {
          if (part.quoted && part.name === '@') {
            sh.positional.forEach((p, i) => {
              if (i > 0) endField();
              append(p, true);
            });
            return;
          }
          const joined = sh.positional.join(part.name === '*' && part.quoted ? (sh.vars.get('IFS') ?? ' ').slice(0, 1) : ' ');
          if (part.quoted) append(joined, true);
          else appendSplit(joined);
          return;
        }
        const value = expandParam(sh, part.name, part.op, part.arg, io);
        if (value === undefined) return;
        if (part.quoted) append(value, true);
        else appendSplit(value);
        return;
      }
      case 'length': {
        const value = String((paramValue(sh, part.name) ?? '').length);
        if (part.quoted) append(value, true);
        else appendSplit(value);
        return;
      }
      case 'command': {
        const value = commandSubstitution(sh, part.body, io);
        if (part.quoted) append(value, true);
        else appendSplit(value);
        return;
      }
      case 'arith': {
        const value = arith(sh, part.expr, io);
        if (part.quoted) append(value, true);
        else appendSplit(value);
        return;
      }
    }
  });
  endField();
  const result: string[] = [];
  for (const field of fields) {
    if (field.globbable.includes('1') && hasGlob(field.text, field.globbable)) {
      const matches = globPaths(sh.host.fs, sh.cwd, field.text, field.globbable, sh.dialect === 'busybox');
      if (matches.length > 0) {
        result.push(...matches);
        continue;
      }
    }
    result.push(field.text);
  }
  return result;
}

/** Expands a word to one string, without field splitting or globbing (assignments, redirections). */
export function expandString(sh: Shell, word: Word, io: Stdio): string {
  let text = '';
  word.forEach((part, index) => {
    switch (part.kind) {
      case 'literal':
        if (index === 0 && !part.quoted && (part.text === '~' || part.text.startsWith('~/'))) {
          text += (sh.vars.get('HOME') ?? '') + part.text.slice(1);
        } else {
          text += part.text;
        }
        return;
      case 'param':
        if (part.name === '@' || part.name === '*') text += sh.positional.join(' ');
        else text += expandParam(sh, part.name, part.op, part.arg, io) ?? '';
        return;
      case 'length':
        text += String((paramValue(sh, part.name) ?? '').length);
        return;
      case 'command':
        text += commandSubstitution(sh, part.body, io);
        return;
      case 'arith':
        text += arith(sh, part.expr, io);
        return;
    }
  });
  return text;
}

/** Expands a `case` pattern: quoted characters lose their pattern meaning. */
export function expandPattern(sh: Shell, word: Word, io: Stdio): string {
  let pattern = '';
  for (const part of word) {
    const text = expandString(sh, [part], io);
    pattern += part.quoted ? text.replace(/[*?[\]\\]/g, (c) => '\\' + c) : text;
  }
  return pattern;
}

/** The value of `$name`, undefined when unset. */
export function paramValue(sh: Shell, name: string): string | undefined {
  switch (name) {
    case '?':
      return String(sh.status);
    case '#':
      return String(sh.positional.length);
    case '$':
      return '1';
    case '!':
      return '';
    case '-':
      return sh.flavor === 'bash' ? 'hBc' : '';
    case '0':
      return sh.name;
    case '@':
    case '*':
      return sh.positional.join(' ');
  }
  if (/^\d+$/.test(name)) return sh.positional[Number(name) - 1];
  if (name === 'PWD' && !sh.vars.isSet('PWD')) return undefined;
  return sh.vars.get(name);
}

function expandParam(sh: Shell, name: string, op: ParamOp | undefined, arg: Word | undefined, io: Stdio): string | undefined {
  const value = paramValue(sh, name);
  if (op === undefined) return value;
  const argText = (): string => (arg === undefined ? '' : expandString(sh, arg, io));
  const unsetOrNull = value === undefined || (op.startsWith(':') && value === '');
  switch (op) {
    case '-':
    case ':-':
      return unsetOrNull ? argText() : value;
    case '=':
    case ':=':
      if (unsetOrNull) {
        const v = argText();
        if (/^[A-Za-z_]\w*$/.test(name)) sh.vars.set(name, v);
        return v;
      }
      return value;
    case '+':
    case ':+':
      return unsetOrNull ? '' : argText();
    case '?':
    case ':?': {
      if (!unsetOrNull) return value;
      const message = argText();
      if (sh.flavor === 'bash') sh.shellError(io, `${name}: ${message === '' ? 'parameter null or not set' : message}`);
      else sh.shellError(io, `${name}: ${message === '' ? 'parameter not set or null' : message}`);
      throw new ExitSignal(sh.flavor === 'bash' ? 127 : 2);
    }
    case '#':
    case '##':
    case '%':
    case '%%': {
      if (value === undefined) return undefined;
      const pattern = argText();
      const longest = op.length === 2;
      if (op.startsWith('#')) {
        const lengths = [...Array(value.length + 1).keys()];
        if (longest) lengths.reverse();
        for (const n of lengths) if (globMatch(pattern, value.slice(0, n))) return value.slice(n);
        return value;
      }
      const starts = [...Array(value.length + 1).keys()];
      if (!longest) starts.reverse();
      for (const n of starts) if (globMatch(pattern, value.slice(n))) return value.slice(0, n);
      return value;
    }
  }
  return value;
}

function commandSubstitution(sh: Shell, body: CommandList, io: Stdio): string {
  const sub = sh.subshell();
  const out = new BufferSink();
  const status = sub.runIsolated(() => sub.execList(body, { stdin: new Input(''), stdout: out, stderr: io.stderr }));
  sh.substStatus = status;
  // bash updates $? at once (`echo $(false) $?` prints 1); ash only for a bare assignment.
  if (sh.flavor === 'bash') sh.status = status;
  return out.text.replace(/\n+$/, '');
}

function arith(sh: Shell, expr: Word, io: Stdio): string {
  const text = expandString(sh, expr, io);
  const result = evalArith(text, (name) => sh.vars.get(name), (name, value) => sh.vars.set(name, value));
  if (typeof result === 'number') return String(result);
  if (sh.flavor === 'bash') sh.shellError(io, `${text}: ${result.error}`);
  else sh.shellError(io, 'arithmetic syntax error');
  throw new ExitSignal(sh.flavor === 'bash' ? 1 : 2);
}
