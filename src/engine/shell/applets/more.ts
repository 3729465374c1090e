/**
 * Applets outside the catalog's symlinks that busybox's sh still runs by name
 * (and that the host has as coreutils): tee, whoami, uname, basename,
 * dirname, seq, xargs, tr, which, readlink, realpath, sed.
 */

import { normalizePath } from '../../fs/tree.ts';
import { complain, errText, gnuQuote, localeQuote, readPath, resolvePath, type Applet, type Proc } from '../process.ts';
import { missingOperand, parseOptions, showUsage } from './options.ts';
import { posixRegex } from './text.ts';
import { accountName } from './basic.ts';

const bb = (proc: Proc): boolean => proc.dialect === 'busybox';

export const tee: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 'ai', long: { '--append': 'a' } });
  if (typeof parsed === 'number') return parsed;
  const text = proc.stdin.readAll();
  let status = 0;
  for (const file of parsed.operands) {
    try {
      proc.fs.writeFile(resolvePath(proc, file), text, { append: parsed.opts.has('a') });
    } catch (err) {
      complain(proc, `${file}: ${errText(err)}`);
      status = 1;
    }
  }
  proc.stdout.write(text);
  return status;
};

export const whoami: Applet = (proc) => {
  const name = accountName(proc, '/etc/passwd', proc.user.uid);
  if (name === undefined) {
    complain(proc, bb(proc) ? `unknown uid ${proc.user.uid}` : `cannot find name for user ID ${proc.user.uid}`);
    return 1;
  }
  proc.stdout.write(name + '\n');
  return 0;
};

export const uname: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 'asnrvmpio', long: { '--all': 'a' } });
  if (typeof parsed === 'number') return parsed;
  const o = parsed.opts;
  const fields: [string, string][] = [
    ['s', 'Linux'],
    ['n', proc.hostname],
    ['r', '6.1.0'],
    ['v', '#1 SMP'],
    ['m', 'x86_64'],
  ];
  if (o.has('a')) {
    proc.stdout.write(`Linux ${proc.hostname} 6.1.0 #1 SMP x86_64 GNU/Linux\n`);
    return 0;
  }
  const chosen = fields.filter(([k]) => o.has(k)).map(([, v]) => v);
  proc.stdout.write((chosen.length === 0 ? 'Linux' : chosen.join(' ')) + '\n');
  return 0;
};

export const basename: Applet = (proc) => {
  const [path, suffix] = proc.args;
  if (path === undefined) return missingOperand(proc);
  let base = path.replace(/\/+$/, '');
  base = base === '' ? (path.startsWith('/') ? '/' : '') : base.slice(base.lastIndexOf('/') + 1);
  if (suffix !== undefined && base !== suffix && base.endsWith(suffix)) base = base.slice(0, -suffix.length);
  proc.stdout.write(base + '\n');
  return 0;
};

export const dirname: Applet = (proc) => {
  const [path] = proc.args;
  if (path === undefined) return missingOperand(proc);
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') {
    proc.stdout.write(path.startsWith('/') ? '/\n' : '.\n');
    return 0;
  }
  const slash = trimmed.lastIndexOf('/');
  const dir = slash === -1 ? '.' : trimmed.slice(0, slash).replace(/\/+$/, '') || '/';
  proc.stdout.write(dir + '\n');
  return 0;
};

export const seq: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 'w', values: 's' });
  if (typeof parsed === 'number') return parsed;
  const nums = parsed.operands.map(Number);
  if (nums.length === 0 || nums.length > 3 || nums.some(Number.isNaN)) {
    if (bb(proc) || nums.length === 0) return missingOperand(proc);
    const bad = parsed.operands.find((a) => Number.isNaN(Number(a)));
    complain(proc, bad === undefined ? `extra operand ${gnuQuote(parsed.operands[3])}` : `invalid floating point argument: ${localeQuote(bad)}`);
    proc.stderr.write(`Try 'seq --help' for more information.\n`);
    return 1;
  }
  const [first, step, last] = nums.length === 1 ? [1, 1, nums[0]] : nums.length === 2 ? [nums[0], 1, nums[1]] : nums;
  const out: string[] = [];
  if (step !== 0) {
    for (let n = first; step > 0 ? n <= last : n >= last; n += step) {
      out.push(String(n));
      if (out.length > 100000) break;
    }
  }
  const sep = parsed.opts.get('s') ?? '\n';
  if (out.length > 0) proc.stdout.write(out.join(sep) + '\n');
  return 0;
};

export const xargs: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 'rt0', values: 'nI', stopAtOperand: true, long: { '--no-run-if-empty': 'r' } });
  if (typeof parsed === 'number') return parsed;
  const command = parsed.operands.length === 0 ? ['echo'] : parsed.operands;
  const input = proc.stdin.readAll();
  const items = parsed.opts.has('0') ? input.split('\0').filter((s) => s !== '') : splitXargs(input);
  const perCall = parsed.opts.has('n') ? Math.max(1, Number(parsed.opts.get('n'))) : Infinity;
  const replace = parsed.opts.get('I');
  const batches: string[][] = [];
  if (replace !== undefined) {
    for (const line of input.split('\n').filter((l) => l.trim() !== '')) batches.push(command.map((w) => w.split(replace).join(line.trim())));
  } else if (items.length === 0) {
    // GNU and busybox run the command once even with no input, unless -r.
    if (!parsed.opts.has('r')) batches.push([...command]);
  } else {
    for (let i = 0; i < items.length; i += perCall === Infinity ? items.length : perCall) {
      batches.push([...command, ...items.slice(i, i + (perCall === Infinity ? items.length : perCall))]);
    }
  }
  let status = 0;
  for (const argv of batches) {
    if (parsed.opts.has('t')) proc.stderr.write(argv.join(' ') + '\n');
    const result = proc.exec(argv, proc.env);
    if (typeof result !== 'number') {
      complain(proc, `${argv[0]}: No such file or directory`);
      return result === 'not-found' ? 127 : 126;
    }
    if (result === 255) return 124;
    if (result !== 0) status = 123;
  }
  return status;
};

function splitXargs(input: string): string[] {
  const items: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|((?:\\.|[^\s"'])+)/g;
  for (const m of input.matchAll(re)) items.push(m[1] ?? m[2] ?? m[3].replace(/\\(.)/g, '$1'));
  return items;
}

/** Expands `a-z` ranges and `[:class:]` names of tr's sets. */
function expandSet(spec: string): string[] {
  const classes: Record<string, string> = {
    lower: 'abcdefghijklmnopqrstuvwxyz',
    upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    digit: '0123456789',
    space: ' \t\n\r\f\v',
    blank: ' \t',
  };
  const out: string[] = [];
  const chars = spec.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\\\/g, '\\');
  for (let i = 0; i < chars.length; i++) {
    const cls = /^\[:(\w+):\]/.exec(chars.slice(i));
    if (cls !== null && Object.hasOwn(classes, cls[1])) {
      out.push(...classes[cls[1]]);
      i += cls[0].length - 1;
      continue;
    }
    if (chars[i + 1] === '-' && i + 2 < chars.length) {
      const from = chars.charCodeAt(i);
      const to = chars.charCodeAt(i + 2);
      for (let c = from; c <= to; c++) out.push(String.fromCharCode(c));
      i += 2;
      continue;
    }
    out.push(chars[i]);
  }
  return out;
}

export const tr: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 'dscC' });
  if (typeof parsed === 'number') return parsed;
  const [set1, set2] = parsed.operands;
  if (set1 === undefined) return missingOperand(proc);
  const text = proc.stdin.readAll();
  const from = expandSet(set1);
  const fromSet = new Set(from);
  const inSet1 = (ch: string): boolean => fromSet.has(ch) !== (parsed.opts.has('c') || parsed.opts.has('C'));
  let out = '';
  if (parsed.opts.has('d')) {
    for (const ch of text) if (!inSet1(ch)) out += ch;
  } else if (set2 !== undefined) {
    const to = expandSet(set2);
    const map = new Map<string, string>();
    from.forEach((ch, i) => map.set(ch, to[Math.min(i, to.length - 1)] ?? ch));
    for (const ch of text) out += map.get(ch) ?? ch;
  } else {
    out = text;
  }
  if (parsed.opts.has('s')) {
    const squeeze = new Set(set2 !== undefined && !parsed.opts.has('d') ? expandSet(set2) : from);
    let squeezed = '';
    for (const ch of out) if (!(squeeze.has(ch) && squeezed.endsWith(ch))) squeezed += ch;
    out = squeezed;
  }
  proc.stdout.write(out);
  return 0;
};

export const which: Applet = (proc) => {
  let status = 0;
  const path = proc.env.find((v) => v.name === 'PATH')?.value ?? '';
  for (const name of proc.args) {
    if (proc.dialect === 'bash' && !name.includes('/')) {
      proc.stdout.write(`/usr/bin/${name}\n`);
      continue;
    }
    const candidates = name.includes('/') ? [name] : path.split(':').map((dir) => `${dir || '.'}/${name}`);
    const found = candidates.find((c) => {
      try {
        return proc.fs.stat(normalizePath(c, proc.cwd)).kind === 'file';
      } catch {
        return false;
      }
    });
    if (found === undefined) status = 1;
    else proc.stdout.write(found + '\n');
  }
  return status;
};

export const readlink: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 'fenqsv' });
  if (typeof parsed === 'number') return parsed;
  let status = 0;
  for (const operand of parsed.operands) {
    const path = resolvePath(proc, operand);
    try {
      proc.stdout.write((parsed.opts.has('f') || parsed.opts.has('e') ? proc.fs.realpath(path) : proc.fs.readlink(path)) + '\n');
    } catch {
      status = 1;
    }
  }
  return status;
};

export const realpath: Applet = (proc) => {
  let status = 0;
  for (const operand of proc.args) {
    try {
      proc.stdout.write(proc.fs.realpath(resolvePath(proc, operand)) + '\n');
    } catch (err) {
      complain(proc, `${operand}: ${errText(err)}`);
      status = 1;
    }
  }
  return status;
};

// ---- sed ----------------------------------------------------------------------

type Address = { kind: 'line'; n: number } | { kind: 'last' } | { kind: 'regex'; re: RegExp };

interface SedCommand {
  from?: Address;
  to?: Address;
  negate: boolean;
  name: string;
  /** s: the pattern, replacement and flags; y: the two sets; a/i/c: the text. */
  regex?: RegExp;
  replacement?: string;
  global?: boolean;
  occurrence?: number;
  print?: boolean;
  text?: string;
  fromChars?: string;
  toChars?: string;
  /** Range state: inside the range now. */
  active?: boolean;
}

class SedError {
  constructor(
    readonly busybox: string,
    readonly gnu: string,
  ) {}
}

function parseSed(script: string, extended: boolean, expressionIndex: number): SedCommand[] {
  const commands: SedCommand[] = [];
  let i = 0;
  const gnuAt = (what: string): string => `-e expression #${expressionIndex}, char ${i}: ${what}`;
  const readDelimited = (delim: string): string => {
    let out = '';
    for (;;) {
      if (i >= script.length) throw new SedError(`unmatched '${delim}'`, gnuAt(`unterminated \`s' command`));
      const ch = script[i++];
      if (ch === '\\' && script[i] === delim) {
        out += delim;
        i++;
        continue;
      }
      if (ch === '\\' && i < script.length) {
        out += ch + script[i++];
        continue;
      }
      if (ch === delim) return out;
      out += ch;
    }
  };
  const compile = (pattern: string, flags: string): RegExp => {
    try {
      return new RegExp(posixRegex(pattern, extended), flags);
    } catch {
      throw new SedError(`bad regex '${pattern}'`, gnuAt('Invalid preceding regular expression'));
    }
  };
  const address = (): Address | undefined => {
    if (/\d/.test(script[i] ?? '')) {
      const m = /^\d+/.exec(script.slice(i))!;
      i += m[0].length;
      return { kind: 'line', n: Number(m[0]) };
    }
    if (script[i] === '$') {
      i++;
      return { kind: 'last' };
    }
    if (script[i] === '/' || script[i] === '\\') {
      const delim = script[i] === '\\' ? script[++i] : '/';
      i++;
      return { kind: 'regex', re: compile(readDelimited(delim), '') };
    }
    return undefined;
  };
  while (i < script.length) {
    while (i < script.length && /[\s;]/.test(script[i])) i++;
    if (i >= script.length) break;
    const cmd: SedCommand = { negate: false, name: '' };
    cmd.from = address();
    if (cmd.from !== undefined && script[i] === ',') {
      i++;
      cmd.to = address();
      if (cmd.to === undefined) throw new SedError('unexpected \',\'', gnuAt('unexpected `,\''));
    }
    while (script[i] === ' ') i++;
    if (script[i] === '!') {
      cmd.negate = true;
      i++;
    }
    const name = script[i++];
    if (name === undefined) throw new SedError('missing command', gnuAt('missing command'));
    cmd.name = name;
    switch (name) {
      case 's': {
        const delim = script[i++];
        if (delim === undefined) throw new SedError("unmatched 's'", gnuAt("unterminated `s' command"));
        const pattern = readDelimited(delim);
        const replacement = readDelimited(delim);
        let flags = '';
        while (i < script.length && /[gpiI0-9]/.test(script[i])) {
          const f = script[i++];
          if (f === 'g') cmd.global = true;
          else if (f === 'p') cmd.print = true;
          else if (f === 'i' || f === 'I') flags += 'i';
          else cmd.occurrence = Number(f);
        }
        cmd.regex = compile(pattern, flags + 'g');
        cmd.replacement = replacement;
        break;
      }
      case 'y': {
        const delim = script[i++] ?? '/';
        cmd.fromChars = readDelimited(delim);
        cmd.toChars = readDelimited(delim);
        break;
      }
      case 'a':
      case 'i':
      case 'c': {
        let text = script.slice(i).replace(/^\\\n?/, '').replace(/^\s*/, '');
        const nl = text.indexOf('\n');
        if (nl !== -1) text = text.slice(0, nl);
        i += script.slice(i).indexOf(text) + text.length;
        cmd.text = text;
        break;
      }
      case 'p':
      case 'd':
      case 'q':
      case '=':
      case 'n':
      case 'N':
      case 'h':
      case 'g':
      case 'G':
      case 'H':
      case 'x':
        break;
      case '{':
      case '}':
        throw new SedError('unsupported command {', gnuAt('unknown command: `{\''));
      default:
        throw new SedError(`unsupported command ${name}`, gnuAt(`unknown command: \`${name}'`));
    }
    while (i < script.length && script[i] === ' ') i++;
    if (i < script.length && script[i] !== ';' && script[i] !== '\n' && script[i] !== '}') {
      i++;
      throw new SedError(`unmatched '/'`, gnuAt('extra characters after command'));
    }
    commands.push(cmd);
  }
  return commands;
}

function substitute(line: string, cmd: SedCommand): { text: string; done: boolean } {
  const re = cmd.regex!;
  let count = 0;
  let done = false;
  re.lastIndex = 0;
  const text = line.replace(re, (...m: unknown[]) => {
    count++;
    const wanted = cmd.occurrence === undefined ? (cmd.global ? true : count === 1) : cmd.global ? count >= cmd.occurrence : count === cmd.occurrence;
    const whole = m[0] as string;
    if (!wanted) return whole;
    done = true;
    const groups = m.slice(1, -2) as (string | undefined)[];
    return cmd.replacement!.replace(/\\(\d)|\\n|\\(.)|&/g, (token, digit: string | undefined, other: string | undefined) => {
      if (token === '&') return whole;
      if (digit !== undefined) return groups[Number(digit) - 1] ?? '';
      if (token === '\\n') return '\n';
      return other ?? '';
    });
  });
  return { text, done };
}

export const sed: Applet = (proc) => {
  const parsed = parseOptions(proc, {
    flags: 'nrEsuz',
    values: 'ef',
    long: { '--quiet': 'n', '--silent': 'n', '--regexp-extended': 'E', '--expression': 'e', '--in-place': 'i', '--file': 'f' },
  }, proc.args.map((a) => (a.startsWith('-i') && !a.startsWith('-i=') ? '--in-place' : a)));
  if (typeof parsed === 'number') return parsed;
  const o = parsed.opts;
  const operands = [...parsed.operands];
  const scripts = parsed.all.get('e') ?? [];
  for (const file of parsed.all.get('f') ?? []) {
    try {
      scripts.push(readPath(proc.fs, resolvePath(proc, file)));
    } catch (err) {
      complain(proc, bb(proc) ? `can't open '${file}': ${errText(err)}` : `couldn't open file ${file}: ${errText(err)}`);
      return 1;
    }
  }
  if (scripts.length === 0) {
    const s = operands.shift();
    if (s === undefined) {
      if (bb(proc)) showUsage(proc);
      else proc.stderr.write('Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n');
      return 1;
    }
    scripts.push(s);
  }
  let commands: SedCommand[];
  try {
    commands = scripts.flatMap((s, n) => parseSed(s, o.has('E') || o.has('r'), n + 1));
  } catch (err) {
    if (!(err instanceof SedError)) throw err;
    complain(proc, bb(proc) ? err.busybox : err.gnu);
    return 1;
  }
  const inPlace = o.has('i');
  const quiet = o.has('n');
  let status = 0;

  const runOn = (text: string): { out: string; quit: boolean } => {
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const endsWithNewline = text.endsWith('\n') || text === '';
    let out = '';
    let hold = '';
    for (const c of commands) c.active = false;
    for (let n = 0; n < lines.length; n++) {
      let space = lines[n];
      const lineNo = n + 1;
      const isLast = n === lines.length - 1;
      let deleted = false;
      let quit = false;
      const after: string[] = [];
      const matches = (a: Address): boolean => (a.kind === 'line' ? a.n === lineNo : a.kind === 'last' ? isLast : (a.re.lastIndex = 0, a.re.test(space)));
      for (const cmd of commands) {
        let selected: boolean;
        if (cmd.from === undefined) selected = true;
        else if (cmd.to === undefined) selected = matches(cmd.from);
        else if (cmd.active) {
          selected = true;
          if (cmd.to.kind === 'line' ? lineNo >= cmd.to.n : matches(cmd.to)) cmd.active = false;
        } else if (matches(cmd.from)) {
          selected = true;
          cmd.active = !(cmd.to.kind === 'line' && cmd.to.n <= lineNo);
        } else selected = false;
        if (selected === cmd.negate) continue;
        switch (cmd.name) {
          case 's': {
            const r = substitute(space, cmd);
            space = r.text;
            if (r.done && cmd.print) out += space + '\n';
            break;
          }
          case 'y':
            space = [...space].map((ch) => {
              const k = cmd.fromChars!.indexOf(ch);
              return k === -1 ? ch : cmd.toChars![k] ?? ch;
            }).join('');
            break;
          case 'p':
            out += space + '\n';
            break;
          case 'd':
            deleted = true;
            break;
          case 'q':
            quit = true;
            break;
          case '=':
            out += `${lineNo}\n`;
            break;
          case 'a':
            after.push(cmd.text ?? '');
            break;
          case 'i':
            out += (cmd.text ?? '') + '\n';
            break;
          case 'c':
            out += (cmd.text ?? '') + '\n';
            deleted = true;
            break;
          case 'h':
            hold = space;
            break;
          case 'H':
            hold += '\n' + space;
            break;
          case 'g':
            space = hold;
            break;
          case 'G':
            space += '\n' + hold;
            break;
          case 'x':
            [space, hold] = [hold, space];
            break;
          case 'n':
          case 'N':
            break;
        }
        if (deleted || quit) break;
      }
      if (!deleted && !quiet) out += space + (isLast && !endsWithNewline ? '' : '\n');
      for (const a of after) out += a + '\n';
      if (quit) return { out, quit: true };
    }
    return { out, quit: false };
  };

  if (inPlace) {
    for (const file of operands) {
      const path = resolvePath(proc, file);
      try {
        const r = runOn(readPath(proc.fs, path));
        proc.fs.writeFile(path, r.out);
      } catch (err) {
        complain(proc, bb(proc) ? `${file}: ${errText(err)}` : `can't read ${file}: ${errText(err)}`);
        status = bb(proc) ? 1 : 2;
      }
    }
    return status;
  }
  let input = '';
  for (const file of operands.length === 0 ? ['-'] : operands) {
    if (file === '-') {
      input += proc.stdin.readAll();
      continue;
    }
    try {
      input += readPath(proc.fs, resolvePath(proc, file));
    } catch (err) {
      complain(proc, bb(proc) ? `${file}: ${errText(err)}` : `can't read ${file}: ${errText(err)}`);
      status = bb(proc) ? 1 : 2;
    }
  }
  proc.stdout.write(runOn(input).out);
  return status;
};

// ---- du -------------------------------------------------------------------------

/**
 * du [-s] [-h] [-k] [-a] [-c] [PATH...]: disk usage in 1K blocks, counting
 * 4K for each directory and each started 4K of a file (ext4 under overlayfs).
 */
export const du: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 'shkacxLmbd', long: { '--summarize': 's', '--human-readable': 'h', '--all': 'a', '--total': 'c' } });
  if (typeof parsed === 'number') return parsed;
  const o = parsed.opts;
  const human = (kb: number): string => {
    if (!o.has('h')) return String(kb);
    if (kb === 0) return '0';
    const units = ['K', 'M', 'G', 'T'];
    let value = kb;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    if (bb(proc)) return `${value.toFixed(1)}${units[unit]}`;
    // GNU rounds up, with one decimal below 10.
    return value < 10 ? `${(Math.ceil(value * 10) / 10).toFixed(1)}${units[unit]}` : `${Math.ceil(value)}${units[unit]}`;
  };
  let status = 0;
  let total = 0;
  const line = (kb: number, label: string): void => proc.stdout.write(`${human(kb)}\t${label}\n`);
  const walk = (label: string, path: string, depth: number): number => {
    let stat;
    try {
      stat = proc.fs.lstat(path);
    } catch (err) {
      complain(proc, bb(proc) ? `${label}: ${errText(err)}` : `cannot access ${gnuQuote(label)}: ${errText(err)}`);
      status = 1;
      return 0;
    }
    if (stat.kind !== 'dir') {
      const kb = stat.kind === 'file' ? Math.ceil(stat.size / 4096) * 4 : 0;
      if (depth === 0 || (o.has('a') && !o.has('s'))) line(kb, label);
      return kb;
    }
    let kb = 4;
    let names: string[] = [];
    try {
      names = proc.fs.readdir(path);
    } catch {
      names = [];
    }
    for (const name of names) kb += walk(label.endsWith('/') ? label + name : `${label}/${name}`, path === '/' ? `/${name}` : `${path}/${name}`, depth + 1);
    if (depth === 0 || !o.has('s')) line(kb, label);
    return kb;
  };
  for (const operand of parsed.operands.length === 0 ? ['.'] : parsed.operands) total += walk(operand, resolvePath(proc, operand), 0);
  if (o.has('c')) line(total, 'total');
  return status;
};

// ---- date -----------------------------------------------------------------------

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** strftime for the conversions people use; every clock in the lab is UTC. */
export function formatDate(ms: number, format: string): string {
  const d = new Date(ms);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return format.replace(/%([a-zA-Z%])/g, (all, c: string) => {
    switch (c) {
      case 'Y':
        return String(d.getUTCFullYear());
      case 'y':
        return pad(d.getUTCFullYear() % 100);
      case 'm':
        return pad(d.getUTCMonth() + 1);
      case 'd':
        return pad(d.getUTCDate());
      case 'e':
        return String(d.getUTCDate()).padStart(2, ' ');
      case 'H':
        return pad(d.getUTCHours());
      case 'M':
        return pad(d.getUTCMinutes());
      case 'S':
        return pad(d.getUTCSeconds());
      case 's':
        return String(Math.floor(ms / 1000));
      case 'F':
        return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      case 'T':
        return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
      case 'a':
        return DAYS[d.getUTCDay()];
      case 'b':
      case 'h':
        return MONTHS[d.getUTCMonth()];
      case 'j':
        return pad(Math.floor((ms - start) / 86400000) + 1, 3);
      case 'Z':
        return 'UTC';
      case 'z':
        return '+0000';
      case 'N':
        return pad((ms % 1000) * 1000000, 9);
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case '%':
        return '%';
      default:
        return all;
    }
  });
}

/** date [-u] [+FORMAT]: the lab's virtual clock (`ShellContext.now`), in UTC. */
export const date: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 'uR', values: 'dD', long: { '--utc': 'u', '--rfc-email': 'R', '--date': 'd' } });
  if (typeof parsed === 'number') return parsed;
  if (parsed.opts.has('d')) {
    const raw = parsed.opts.get('d')!;
    complain(proc, bb(proc) ? `invalid date '${raw}'` : `invalid date ${localeQuote(raw)}`);
    return 1;
  }
  const format = parsed.operands.find((a) => a.startsWith('+'));
  const extra = parsed.operands.find((a) => !a.startsWith('+'));
  if (extra !== undefined) {
    complain(proc, bb(proc) ? `can't set date: Operation not permitted` : `cannot set date: Operation not permitted`);
    return 1;
  }
  const spec = format?.slice(1) ?? (parsed.opts.has('R') ? '%a, %d %b %Y %T %z' : '%a %b %e %T %Z %Y');
  proc.stdout.write(formatDate(proc.now(), spec) + '\n');
  return 0;
};
