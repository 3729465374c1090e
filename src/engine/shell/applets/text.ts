/**
 * Text filters: head, tail, wc, grep (busybox and GNU), and on the host cut,
 * sort and uniq.
 */

import { complain, errText, gnuQuote, localeQuote, own, readPath, resolvePath, statKind, type Applet, type Proc } from '../process.ts';
import { parseOptions, showUsage } from './options.ts';

const bb = (proc: Proc): boolean => proc.dialect === 'busybox';

/** Reads an operand (`-` is stdin). Returns undefined after reporting an error in `style`. */
type ReadResult = { ok: true; text: string } | { ok: false; err: unknown; isDir: boolean };

function readOperand(proc: Proc, operand: string): ReadResult {
  if (operand === '-') return { ok: true, text: proc.stdin.readAll() };
  const path = resolvePath(proc, operand);
  try {
    if (statKind(proc.fs, path) === 'dir') return { ok: false, err: undefined, isDir: true };
    return { ok: true, text: readPath(proc.fs, path) };
  } catch (err) {
    return { ok: false, err, isDir: false };
  }
}

/** Splits into lines keeping each line's newline. */
function lines(text: string): string[] {
  const out = text.match(/[^\n]*\n|[^\n]+$/g);
  return out ?? [];
}

/** `-5` is `-n 5` for head and tail. */
function legacyCount(args: string[]): string[] {
  return args.map((a, i) => (/^-\d+$/.test(a) && (i === 0 || args[i - 1] !== '-n') ? `-n${a.slice(1)}` : a));
}

// ---- head, tail -------------------------------------------------------------

function headTail(proc: Proc, isHead: boolean): number {
  const parsed = parseOptions(
    proc,
    { flags: isHead ? 'qv' : 'qvfF', values: 'nc', long: { '--lines': 'n', '--bytes': 'c', '--quiet': 'q', '--verbose': 'v', '--follow': 'f' } },
    legacyCount(proc.args),
  );
  if (typeof parsed === 'number') return parsed;
  const nRaw = parsed.opts.get('n');
  const cRaw = parsed.opts.get('c');
  const bytes = cRaw !== undefined && (nRaw === undefined || [...proc.args].reverse().find((a) => a.startsWith('-c') || a.startsWith('-n'))?.startsWith('-c'));
  const raw = bytes ? cRaw! : (nRaw ?? '10');
  const m = /^([-+]?)(\d+)([kKmMbB]?)$/.exec(raw);
  if (m === null) {
    if (bb(proc)) complain(proc, `invalid number '${raw}'`);
    else complain(proc, `invalid number of ${bytes ? 'bytes' : 'lines'}: ${localeQuote(raw)}`);
    return 1;
  }
  const count = Number(m[2]) * ({ '': 1, k: 1024, K: 1024, m: 1048576, M: 1048576, b: 512, B: 512 }[m[3]] ?? 1);
  const sign = m[1];
  const files = parsed.operands.length === 0 ? ['-'] : parsed.operands;
  const headers = (files.length > 1 && !parsed.opts.has('q')) || parsed.opts.has('v');
  let status = 0;
  let printed = 0;
  let anyOk = false;
  for (const file of files) {
    const r = readOperand(proc, file);
    if (!r.ok) {
      status = 1;
      if (r.isDir) {
        if (bb(proc)) complain(proc, isHead ? `${file}: Input/output error` : `${file}: Is a directory`);
        else complain(proc, `error reading ${gnuQuote(file)}: Is a directory`);
      } else if (bb(proc)) {
        complain(proc, isHead ? `${file}: ${errText(r.err)}` : `can't open '${file}': ${errText(r.err)}`);
      } else {
        complain(proc, `cannot open ${gnuQuote(file)} for reading: ${errText(r.err)}`);
      }
      continue;
    }
    anyOk = true;
    if (headers) proc.stdout.write(`${printed > 0 ? '\n' : ''}==> ${file === '-' ? 'standard input' : file} <==\n`);
    printed++;
    const text = r.text;
    let out: string;
    if (bytes) {
      if (isHead) out = sign === '-' ? text.slice(0, Math.max(0, text.length - count)) : text.slice(0, count);
      else out = sign === '+' ? text.slice(Math.max(0, count - 1)) : count === 0 ? '' : text.slice(-count);
    } else {
      const ls = lines(text);
      if (isHead) out = (sign === '-' ? ls.slice(0, Math.max(0, ls.length - count)) : ls.slice(0, count)).join('');
      else out = (sign === '+' ? ls.slice(Math.max(0, count - 1)) : count === 0 ? [] : ls.slice(-count)).join('');
    }
    proc.stdout.write(out);
  }
  if (!isHead && bb(proc) && !anyOk && files.length > 0) complain(proc, 'no files');
  // tail -f waits for more forever (`docker run -d busybox tail -f /dev/null` keeps a container up).
  if (!isHead && (parsed.opts.has('f') || parsed.opts.has('F')) && anyOk) proc.sleep(Infinity);
  return status;
}

export const head: Applet = (proc) => headTail(proc, true);
export const tail: Applet = (proc) => headTail(proc, false);

// ---- wc ---------------------------------------------------------------------

export const wc: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 'lwcmL', long: { '--lines': 'l', '--words': 'w', '--bytes': 'c', '--chars': 'm' } });
  if (typeof parsed === 'number') return parsed;
  let cols = ['l', 'w', 'c', 'm', 'L'].filter((c) => parsed.opts.has(c));
  if (cols.length === 0) cols = ['l', 'w', 'c'];
  const files = parsed.operands.length === 0 ? ['-'] : parsed.operands;
  const rows: { counts: number[]; name: string }[] = [];
  let status = 0;
  let allRegular = true;
  let totalSize = 0;
  for (const file of files) {
    const r = readOperand(proc, file);
    let text = '';
    if (file === '-') allRegular = false;
    if (!r.ok) {
      status = 1;
      if (r.isDir) {
        complain(proc, `${file}: Is a directory`);
        allRegular = false;
      } else {
        complain(proc, `${file}: ${errText(r.err)}`);
        continue;
      }
    } else {
      text = r.text;
      totalSize += text.length;
    }
    const counts = cols.map((c) => {
      switch (c) {
        case 'l':
          return (text.match(/\n/g) ?? []).length;
        case 'w':
          return (text.match(/\S+/g) ?? []).length;
        case 'L':
          return Math.max(0, ...text.split('\n').map((l) => l.length));
        default:
          return text.length;
      }
    });
    rows.push({ counts, name: file === '-' ? '' : file });
  }
  // The total counts operands, not successes: `wc -l /nosuch /tmp/f` still prints it (98-shell-head-tail-wc.t).
  if (files.length > 1) rows.push({ counts: cols.map((_, i) => rows.reduce((s, r) => s + r.counts[i], 0)), name: 'total' });
  const single = cols.length === 1 && files.length === 1;
  let width: number;
  if (bb(proc)) width = single ? 0 : 9;
  else width = single ? 0 : allRegular ? Math.max(1, String(totalSize).length) : 7;
  for (const row of rows) {
    const cells = row.counts.map((n) => String(n).padStart(width));
    proc.stdout.write(cells.join(' ') + (row.name === '' ? '' : ` ${row.name}`) + '\n');
  }
  return status;
};

// ---- grep -------------------------------------------------------------------

/** Translates a POSIX basic or extended regular expression into a JavaScript one. */
export function posixRegex(pattern: string, extended: boolean): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '[') {
      // A bracket expression: copy it, translating [:class:] names.
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') {
        if (pattern[j] === '[' && pattern[j + 1] === ':') {
          const end = pattern.indexOf(':]', j + 2);
          if (end !== -1) j = end + 2;
          else j++;
        } else j++;
      }
      if (j >= pattern.length) {
        out += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, j);
      const negate = body.startsWith('^');
      if (negate) body = body.slice(1);
      body = body
        .replace(/\\/g, '\\\\')
        .replace(/\[:(\w+):\]/g, (_m, name: string) => own(CLASSES, name) ?? '')
        .replace(/^\]/, '\\]');
      out += `[${negate ? '^' : ''}${body}]`;
      i = j;
      continue;
    }
    if (ch === '\\' && i + 1 < pattern.length) {
      const next = pattern[++i];
      if (!extended && '(){}|+?'.includes(next)) out += next;
      else if (/[wWsSbB<>]/.test(next)) out += next === '<' || next === '>' ? '\\b' : '\\' + next;
      else if (/\d/.test(next)) out += '\\' + next;
      else out += escapeRe(next);
      continue;
    }
    if (!extended && '(){}|+?'.includes(ch)) {
      out += '\\' + ch;
      continue;
    }
    if (ch === '*' && (out === '' || out.endsWith('(') || out.endsWith('|') || out === '^')) {
      out += '\\*';
      continue;
    }
    if (ch === '{' && extended && !/^\{\d*(,\d*)?\}/.test(pattern.slice(i))) {
      out += '\\{';
      continue;
    }
    out += ch === '/' ? '\\/' : ch;
  }
  return out;
}

const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: 'A-Za-z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  print: ' -~',
  graph: '!-~',
  cntrl: '\\x00-\\x1f\\x7f',
};

function escapeRe(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? '\\' + ch : ch;
}

export const grep: Applet = (proc) => {
  const parsed = parseOptions(proc, {
    flags: 'ivcnrRqsElLhHoxwFz',
    values: 'efABC',
    long: {
      '--ignore-case': 'i',
      '--invert-match': 'v',
      '--count': 'c',
      '--line-number': 'n',
      '--recursive': 'r',
      '--quiet': 'q',
      '--silent': 'q',
      '--extended-regexp': 'E',
      '--fixed-strings': 'F',
      '--files-with-matches': 'l',
      '--no-filename': 'h',
      '--with-filename': 'H',
      '--only-matching': 'o',
      '--line-regexp': 'x',
      '--word-regexp': 'w',
      '--regexp': 'e',
      '--after-context': 'A',
      '--before-context': 'B',
      '--context': 'C',
    },
  }, proc.args, 2);
  if (typeof parsed === 'number') return parsed === 1 && !bb(proc) ? 2 : parsed;
  const o = parsed.opts;
  const operands = [...parsed.operands];
  let patterns = parsed.all.get('e') ?? [];
  if (patterns.length === 0) {
    const p = operands.shift();
    if (p === undefined) {
      if (bb(proc)) {
        showUsage(proc);
        return 2;
      }
      proc.stderr.write(`Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n`);
      return 2;
    }
    patterns = p.split('\n');
  }
  const recursive = o.has('r') || o.has('R');
  const extended = o.has('E');
  let regex: RegExp;
  try {
    const sources = patterns.map((p) => (o.has('F') ? p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : posixRegex(p, extended)));
    let source = sources.map((s) => `(?:${s})`).join('|');
    if (o.has('w')) source = `(?<![A-Za-z0-9_])(?:${source})(?![A-Za-z0-9_])`;
    if (o.has('x')) source = `^(?:${source})$`;
    regex = new RegExp(source, o.has('i') ? 'gi' : 'g');
  } catch {
    complain(proc, bb(proc) ? `bad regex '${patterns[0]}'` : 'Unmatched ( or \\(');
    return 2;
  }
  const files: string[] = operands.length === 0 ? [recursive ? '.' : '-'] : operands;
  const showNames = !o.has('h') && (o.has('H') || files.length > 1 || recursive);
  const contextArg = (key: string): number | undefined => {
    const raw = o.get(key) ?? o.get('C');
    return raw === undefined ? undefined : Number.parseInt(raw, 10);
  };
  const after = contextArg('A') ?? 0;
  const before = contextArg('B') ?? 0;
  /** Where the last printed line was, for the `--` between groups of context. */
  let lastPrinted: { label: string; index: number } | undefined;
  let matchedAny = false;
  let listedWithoutMatch = false;
  let errors = false;
  const quiet = o.has('q');

  const grepText = (text: string, label: string): void => {
    let count = 0;
    let out = '';
    const ls = text.split('\n');
    if (ls[ls.length - 1] === '') ls.pop();
    const selected = ls.map((line) => {
      regex.lastIndex = 0;
      return regex.test(line) !== o.has('v');
    });
    // With -A/-B/-C, the lines around a match print too, with `-` instead of `:`.
    const shown = new Map<number, boolean>();
    selected.forEach((sel, idx) => {
      if (!sel) return;
      for (let k = Math.max(0, idx - before); k <= Math.min(ls.length - 1, idx + after); k++) if (!shown.has(k)) shown.set(k, false);
      shown.set(idx, true);
    });
    ls.forEach((line, idx) => {
      const isMatch = selected[idx];
      if (isMatch) count++;
      if (o.has('c') || o.has('l') || o.has('L') || quiet || !shown.has(idx)) return;
      if ((before > 0 || after > 0) && lastPrinted !== undefined && !(lastPrinted.label === label && lastPrinted.index === idx - 1)) out += '--\n';
      lastPrinted = { label, index: idx };
      const sep = isMatch ? ':' : '-';
      const prefix = (showNames ? `${label}${sep}` : '') + (o.has('n') ? `${idx + 1}${sep}` : '');
      if (o.has('o') && !o.has('v')) {
        if (!isMatch) return;
        regex.lastIndex = 0;
        for (const m of line.matchAll(regex)) if (m[0] !== '') out += `${prefix}${m[0]}\n`;
      } else {
        out += `${prefix}${line}\n`;
      }
    });
    if (count > 0) matchedAny = true;
    if (quiet) return;
    if (o.has('l')) {
      if (count > 0) proc.stdout.write(`${label}\n`);
      return;
    }
    if (o.has('L')) {
      if (count === 0) {
        listedWithoutMatch = true;
        proc.stdout.write(`${label}\n`);
      }
      return;
    }
    if (o.has('c')) {
      proc.stdout.write(`${showNames ? `${label}:` : ''}${count}\n`);
      return;
    }
    proc.stdout.write(out);
  };

  const walk = (label: string, path: string): void => {
    let names: string[];
    try {
      names = proc.fs.readdir(path);
    } catch {
      return;
    }
    for (const name of names) {
      const childLabel = label.endsWith('/') ? label + name : `${label}/${name}`;
      const childPath = path === '/' ? `/${name}` : `${path}/${name}`;
      let kind: string;
      try {
        kind = proc.fs.lstat(childPath).kind;
      } catch {
        continue;
      }
      if (kind === 'dir') walk(childLabel, childPath);
      else if (kind === 'file') {
        try {
          grepText(readPath(proc.fs, childPath), childLabel);
        } catch {
          // unreadable files are skipped, as grep -r skips devices
        }
      }
    }
  };

  for (const file of files) {
    if (quiet && matchedAny) break;
    if (file === '-') {
      grepText(proc.stdin.readAll(), '(standard input)');
      continue;
    }
    const path = resolvePath(proc, file);
    let kind: string | undefined;
    try {
      kind = statKind(proc.fs, path);
    } catch (err) {
      if (!o.has('s')) complain(proc, `${file}: ${errText(err)}`);
      errors = true;
      continue;
    }
    if (kind === 'dir') {
      if (recursive) walk(file, path);
      else if (!bb(proc)) {
        if (!o.has('s')) complain(proc, `${file}: Is a directory`);
        errors = true;
      }
      continue;
    }
    grepText(readPath(proc.fs, path), file);
  }
  if (quiet && matchedAny) return 0;
  if (errors) return 2;
  // busybox's -L succeeds when it listed a file; GNU's still reports whether lines matched.
  if (o.has('L') && bb(proc)) return listedWithoutMatch ? 0 : 1;
  return matchedAny ? 0 : 1;
};

// ---- cut, sort, uniq (host only) --------------------------------------------

function parseRanges(spec: string): ((n: number) => boolean) | undefined {
  const parts = spec.split(',');
  const tests: ((n: number) => boolean)[] = [];
  for (const part of parts) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (m === null || (m[1] === '' && m[3] === '')) return undefined;
    const lo = m[1] === '' ? 1 : Number(m[1]);
    const hi = m[2] === '' ? lo : m[3] === '' ? Infinity : Number(m[3]);
    tests.push((n) => n >= lo && n <= hi);
  }
  return (n) => tests.some((t) => t(n));
}

export const cut: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 's', values: 'cbfd', long: { '--characters': 'c', '--bytes': 'b', '--fields': 'f', '--delimiter': 'd' } });
  if (typeof parsed === 'number') return parsed;
  const spec = parsed.opts.get('c') ?? parsed.opts.get('b') ?? parsed.opts.get('f');
  if (spec === undefined) {
    complain(proc, 'you must specify a list of bytes, characters, or fields');
    proc.stderr.write(`Try 'cut --help' for more information.\n`);
    return 1;
  }
  const inRange = parseRanges(spec);
  if (inRange === undefined) {
    complain(proc, `invalid byte/character position ${gnuQuote(spec)}`);
    proc.stderr.write(`Try 'cut --help' for more information.\n`);
    return 1;
  }
  const byFields = parsed.opts.has('f');
  const delim = parsed.opts.get('d') ?? '\t';
  let status = 0;
  for (const file of parsed.operands.length === 0 ? ['-'] : parsed.operands) {
    const r = readOperand(proc, file);
    if (!r.ok) {
      complain(proc, `${file}: ${r.isDir ? 'Is a directory' : errText(r.err)}`);
      status = 1;
      continue;
    }
    for (const line of lines(r.text)) {
      const body = line.endsWith('\n') ? line.slice(0, -1) : line;
      let out: string;
      if (byFields) {
        if (!body.includes(delim)) {
          if (parsed.opts.has('s')) continue;
          out = body;
        } else out = body.split(delim).filter((_, i) => inRange(i + 1)).join(delim);
      } else {
        out = [...body].filter((_, i) => inRange(i + 1)).join('');
      }
      proc.stdout.write(out + '\n');
    }
  }
  return status;
};

export const sort: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 'rnuf', long: { '--reverse': 'r', '--numeric-sort': 'n', '--unique': 'u' } });
  if (typeof parsed === 'number') return parsed;
  let all: string[] = [];
  let status = 0;
  for (const file of parsed.operands.length === 0 ? ['-'] : parsed.operands) {
    const r = readOperand(proc, file);
    if (!r.ok) {
      complain(proc, r.isDir ? `read failed: ${file}: Is a directory` : `cannot read: ${file}: ${errText(r.err)}`);
      status = 2;
      continue;
    }
    all.push(...lines(r.text).map((l) => l.replace(/\n$/, '')));
  }
  if (status !== 0) return status;
  const o = parsed.opts;
  all.sort((a, b) => {
    if (o.has('n')) {
      const d = (Number.parseFloat(a) || 0) - (Number.parseFloat(b) || 0);
      if (d !== 0) return d;
    }
    const x = o.has('f') ? a.toUpperCase() : a;
    const y = o.has('f') ? b.toUpperCase() : b;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  if (o.has('r')) all.reverse();
  if (o.has('u')) all = all.filter((l, i) => i === 0 || l !== all[i - 1]);
  proc.stdout.write(all.map((l) => l + '\n').join(''));
  return 0;
};

export const uniq: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 'cdu' });
  if (typeof parsed === 'number') return parsed;
  const r = readOperand(proc, parsed.operands[0] ?? '-');
  if (!r.ok) {
    complain(proc, `${parsed.operands[0]}: ${r.isDir ? 'Is a directory' : errText(r.err)}`);
    return 1;
  }
  const ls = lines(r.text).map((l) => l.replace(/\n$/, ''));
  const groups: { line: string; n: number }[] = [];
  for (const l of ls) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.line === l) last.n++;
    else groups.push({ line: l, n: 1 });
  }
  for (const g of groups) {
    if (parsed.opts.has('d') && g.n < 2) continue;
    if (parsed.opts.has('u') && g.n > 1) continue;
    proc.stdout.write(parsed.opts.has('c') ? `${String(g.n).padStart(7)} ${g.line}\n` : `${g.line}\n`);
  }
  return 0;
};
