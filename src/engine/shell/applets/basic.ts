/**
 * The small programs: echo, printf, test/[, true, false, sleep, pwd, env,
 * hostname, id. Each is also a builtin of ash and bash (except sleep, env,
 * hostname, id).
 */

import { complain, localeQuote, reportStartError, resolvePath, type Applet, type Proc } from '../process.ts';
import type { EnvVar } from '../types.ts';
import { missingOperand, parseOptions, showUsage } from './options.ts';

export const trueApplet: Applet = () => 0;
export const falseApplet: Applet = () => 1;

/** Backslash escapes of `echo -e` and printf's `%b`; returns the text and whether `\c` stopped output. */
function unescape(text: string, printfFormat: boolean): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '\\' || i + 1 >= text.length) {
      out += ch;
      continue;
    }
    const next = text[++i];
    switch (next) {
      case 'a':
        out += '\x07';
        break;
      case 'b':
        out += '\b';
        break;
      case 'c':
        return { text: out, stop: true };
      case 'e':
        out += '\x1b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'v':
        out += '\v';
        break;
      case '\\':
        out += '\\';
        break;
      case 'x': {
        const m = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 1));
        if (m === null) out += '\\x';
        else {
          out += String.fromCharCode(parseInt(m[0], 16));
          i += m[0].length;
        }
        break;
      }
      default: {
        // echo: \0NNN; printf's format: \NNN.
        const m = printfFormat ? /^[0-7]{1,3}/.exec(text.slice(i)) : next === '0' ? /^[0-7]{0,3}/.exec(text.slice(i + 1)) : null;
        if (m !== null) {
          out += String.fromCharCode(parseInt(m[0] || '0', 8) & 0xff);
          i += printfFormat ? m[0].length - 1 : m[0].length;
        } else {
          out += '\\' + next;
        }
      }
    }
  }
  return { text: out, stop: false };
}

export const echo: Applet = (proc) => {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < proc.args.length; i++) {
    const a = proc.args[i];
    if (!/^-[neE]+$/.test(a)) break;
    for (const ch of a.slice(1)) {
      if (ch === 'n') newline = false;
      else if (ch === 'e') escapes = true;
      else escapes = false;
    }
  }
  let text = proc.args.slice(i).join(' ');
  if (escapes) {
    const r = unescape(text, false);
    text = r.text;
    if (r.stop) {
      proc.stdout.write(text);
      return 0;
    }
  }
  proc.stdout.write(newline ? text + '\n' : text);
  return 0;
};

export const printf: Applet = (proc) => {
  let args = proc.args;
  if (args[0] === '--') args = args.slice(1);
  const format = args[0];
  if (format === undefined) {
    if (proc.dialect === 'busybox') {
      // As a builtin ash prints a one-line usage; as an applet, the full text.
      if (proc.prefix === 'sh') proc.stderr.write('sh: usage: printf FORMAT [ARGUMENT...]\n');
      else showUsage(proc);
    } else {
      proc.stderr.write('printf: usage: printf [-v var] format [arguments]\n');
    }
    return 2;
  }
  const values = args.slice(1);
  let status = 0;
  let used = 0;
  const nextArg = (): string | undefined => (used < values.length ? values[used++] : undefined);
  const number = (raw: string | undefined, float: boolean): number => {
    if (raw === undefined) {
      if (proc.dialect === 'busybox' && !float) {
        complain(proc, `invalid number ''`);
        status = 1;
      }
      return 0;
    }
    const quoted = /^['"](.)/.exec(raw);
    if (quoted !== null) return quoted[1].codePointAt(0)!;
    const trimmed = raw.trim();
    const n = float ? Number(trimmed) : /^[-+]?(0x[0-9a-f]+|\d+)$/i.test(trimmed) ? Number.parseInt(trimmed, trimmed.toLowerCase().includes('0x') ? 16 : 10) : NaN;
    if (Number.isNaN(n) || trimmed === '') {
      if (proc.dialect === 'busybox') complain(proc, `invalid number '${raw}'`);
      else complain(proc, `${raw}: invalid number`);
      status = 1;
      const lead = /^[-+]?\d+/.exec(trimmed);
      return lead === null ? 0 : Number.parseInt(lead[0], 10);
    }
    return n;
  };
  let out = '';
  for (;;) {
    const startUsed = used;
    let stop = false;
    for (let i = 0; i < format.length && !stop; i++) {
      const ch = format[i];
      if (ch === '\\') {
        const m = /^\\([0-7]{1,3}|x[0-9a-fA-F]{1,2}|.)/.exec(format.slice(i));
        if (m !== null) {
          const r = unescape(m[0], true);
          out += r.text;
          if (r.stop) stop = true;
          i += m[0].length - 1;
        } else {
          out += ch;
        }
        continue;
      }
      if (ch !== '%') {
        out += ch;
        continue;
      }
      const m = /^%([-+ #0]*)(\d*|\*)(?:\.(\d*|\*))?([a-zA-Z%])/.exec(format.slice(i));
      if (m === null) {
        out += ch;
        continue;
      }
      i += m[0].length - 1;
      const [, flags, widthRaw, precisionRaw, conv] = m;
      if (conv === '%') {
        out += '%';
        continue;
      }
      const width = widthRaw === '*' ? number(nextArg(), false) : widthRaw === '' ? 0 : Number(widthRaw);
      const precision = precisionRaw === undefined ? undefined : precisionRaw === '*' ? number(nextArg(), false) : Number(precisionRaw || '0');
      let body: string;
      switch (conv) {
        case 's':
          body = nextArg() ?? '';
          if (precision !== undefined) body = body.slice(0, precision);
          break;
        case 'b': {
          const r = unescape(nextArg() ?? '', false);
          body = r.text;
          if (r.stop) stop = true;
          break;
        }
        case 'c':
          body = (nextArg() ?? '').slice(0, 1);
          break;
        case 'd':
        case 'i':
        case 'u': {
          const n = Math.trunc(number(nextArg(), false));
          body = String(Math.abs(n));
          if (precision !== undefined) body = body.padStart(precision, '0');
          body = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + body;
          break;
        }
        case 'x':
        case 'X':
        case 'o': {
          const n = Math.trunc(number(nextArg(), false));
          body = (n >>> 0).toString(conv === 'o' ? 8 : 16);
          if (conv === 'X') body = body.toUpperCase();
          if (flags.includes('#') && n !== 0) body = (conv === 'o' ? '0' : conv === 'x' ? '0x' : '0X') + body;
          break;
        }
        case 'f':
        case 'F':
        case 'e':
        case 'E':
        case 'g':
        case 'G': {
          const n = number(nextArg(), true);
          const p = precision ?? 6;
          if (conv === 'f' || conv === 'F') body = n.toFixed(p);
          else if (conv === 'e' || conv === 'E') body = n.toExponential(p).replace(/e([+-])(\d)$/, 'e$10$2');
          else body = String(Number(n.toPrecision(p || 1)));
          if (conv === 'E' || conv === 'G') body = body.toUpperCase();
          if (n >= 0 && flags.includes('+')) body = '+' + body;
          break;
        }
        default:
          if (proc.dialect === 'busybox') complain(proc, `%${conv}: invalid format`);
          else complain(proc, `\`${conv}': invalid format character`);
          proc.stdout.write(out);
          return 1;
      }
      if (body.length < width) {
        if (flags.includes('-')) body = body.padEnd(width);
        else if (flags.includes('0') && /[diuxXofFeEgG]/.test(conv)) {
          const sign = /^[-+ ]/.test(body) ? body[0] : '';
          body = sign + body.slice(sign.length).padStart(width - sign.length, '0');
        } else body = body.padStart(width);
      }
      out += body;
    }
    if (stop || used >= values.length || used === startUsed) break;
  }
  proc.stdout.write(out);
  return status;
};

// ---- test / [ -------------------------------------------------------------

class TestError {
  constructor(readonly busybox: string, readonly bash: string) {}
}

const UNARY = new Set(['-e', '-f', '-d', '-s', '-z', '-n', '-r', '-w', '-x', '-L', '-h', '-b', '-c', '-p', '-S', '-t', '-g', '-u', '-k', '-O', '-G']);
const BINARY = new Set(['=', '==', '!=', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '<', '>', '-nt', '-ot', '-ef']);

export const test: Applet = (proc) => {
  let args = proc.args;
  if (proc.name === '[') {
    if (args[args.length - 1] !== ']') {
      const e = new TestError('missing ]', "missing `]'");
      complain(proc, proc.dialect === 'busybox' ? e.busybox : e.bash);
      return 2;
    }
    args = args.slice(0, -1);
  }
  try {
    return evaluate(proc, args) ? 0 : 1;
  } catch (err) {
    if (!(err instanceof TestError)) throw err;
    complain(proc, proc.dialect === 'busybox' ? err.busybox : err.bash);
    return 2;
  }
};

function toInt(text: string): number {
  const t = text.trim();
  if (!/^[-+]?\d+$/.test(t)) throw new TestError(`${text}: bad number`, `${text}: integer expression expected`);
  return Number.parseInt(t, 10);
}

function unary(proc: Proc, op: string, operand: string): boolean {
  const p = resolvePath(proc, operand);
  const stat = (follow: boolean) => {
    try {
      return follow ? proc.fs.stat(p) : proc.fs.lstat(p);
    } catch {
      return undefined;
    }
  };
  switch (op) {
    case '-z':
      return operand === '';
    case '-n':
      return operand !== '';
    case '-e':
      return operand !== '' && stat(true) !== undefined;
    case '-f':
      return operand !== '' && stat(true)?.kind === 'file';
    case '-d':
      return operand !== '' && stat(true)?.kind === 'dir';
    case '-s': {
      const s = stat(true);
      return s !== undefined && (s.kind !== 'file' || s.size > 0);
    }
    case '-L':
    case '-h':
      return operand !== '' && stat(false)?.kind === 'symlink';
    case '-r':
    case '-w':
      return operand !== '' && stat(true) !== undefined;
    case '-x': {
      const s = stat(true);
      return s !== undefined && (parseInt(s.mode, 8) & 0o111) !== 0;
    }
    case '-t':
      return false;
    default:
      return false;
  }
}

function binary(a: string, op: string, b: string): boolean {
  switch (op) {
    case '=':
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '-eq':
      return toInt(a) === toInt(b);
    case '-ne':
      return toInt(a) !== toInt(b);
    case '-lt':
      return toInt(a) < toInt(b);
    case '-le':
      return toInt(a) <= toInt(b);
    case '-gt':
      return toInt(a) > toInt(b);
    case '-ge':
      return toInt(a) >= toInt(b);
    default:
      return false;
  }
}

/** POSIX's rules by argument count, then a general `-a`/`-o` grammar for longer expressions. */
function evaluate(proc: Proc, args: string[]): boolean {
  switch (args.length) {
    case 0:
      return false;
    case 1:
      return args[0] !== '';
    case 2:
      if (args[0] === '!') return args[1] === '';
      if (UNARY.has(args[0])) return unary(proc, args[0], args[1]);
      if (BINARY.has(args[1])) throw new TestError(`${args[1]}: argument expected`, `${args[0]}: unary operator expected`);
      throw new TestError(`${args[0]}: unknown operand`, `${args[0]}: unary operator expected`);
    case 3:
      if (BINARY.has(args[1])) return binary(args[0], args[1], args[2]);
      if (args[1] === '-a') return args[0] !== '' && args[2] !== '';
      if (args[1] === '-o') return args[0] !== '' || args[2] !== '';
      if (args[0] === '!') return !evaluate(proc, args.slice(1));
      if (args[0] === '(' && args[2] === ')') return args[1] !== '';
      throw new TestError(`${args[1]}: unknown operand`, `${args[1]}: binary operator expected`);
    case 4:
      if (args[0] === '!') return !evaluate(proc, args.slice(1));
      if (args[0] === '(' && args[3] === ')') return evaluate(proc, args.slice(1, 3));
  }
  return general(proc, args);
}

function general(proc: Proc, args: string[]): boolean {
  let i = 0;
  const orExpr = (): boolean => {
    let v = andExpr();
    while (args[i] === '-o') {
      i++;
      const r = andExpr();
      v = v || r;
    }
    return v;
  };
  const andExpr = (): boolean => {
    let v = notExpr();
    while (args[i] === '-a') {
      i++;
      const r = notExpr();
      v = v && r;
    }
    return v;
  };
  const notExpr = (): boolean => {
    if (args[i] === '!') {
      i++;
      return !notExpr();
    }
    return primary();
  };
  const primary = (): boolean => {
    const a = args[i];
    if (a === undefined) throw new TestError('argument expected', 'argument expected');
    if (a === '(') {
      i++;
      const v = orExpr();
      if (args[i] !== ')') throw new TestError("missing ')'", "`)' expected");
      i++;
      return v;
    }
    if (UNARY.has(a) && args[i + 1] !== undefined) {
      i += 2;
      return unary(proc, a, args[i - 1]);
    }
    if (args[i + 1] !== undefined && BINARY.has(args[i + 1])) {
      if (args[i + 2] === undefined) throw new TestError(`${args[i + 1]}: argument expected`, `${args[i + 1]}: argument expected`);
      i += 3;
      return binary(a, args[i - 2], args[i - 1]);
    }
    i++;
    return a !== '';
  };
  const v = orExpr();
  if (i < args.length) throw new TestError(`${args[i]}: unknown operand`, 'too many arguments');
  return v;
}

// ---- sleep, pwd, env, hostname, id ------------------------------------------

const SLEEP_UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

export const sleep: Applet = (proc) => {
  if (proc.args.length === 0) return missingOperand(proc);
  let total = 0;
  for (const arg of proc.args) {
    if (/^inf(inity)?$/i.test(arg)) {
      total = Infinity;
      continue;
    }
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
    if (m === null) {
      if (proc.dialect === 'busybox') {
        complain(proc, `invalid number '${arg}'`);
      } else {
        complain(proc, `invalid time interval ${localeQuote(arg)}`);
        proc.stderr.write(`Try 'sleep --help' for more information.\n`);
      }
      return 1;
    }
    total += Number(m[1]) * SLEEP_UNITS[m[2]];
  }
  proc.sleep(total);
  return 0;
};

export const pwd: Applet = (proc) => {
  proc.stdout.write(proc.cwd + '\n');
  return 0;
};

export const env: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 'i0', values: 'u', long: { '--ignore-environment': 'i', '--unset': 'u' }, stopAtOperand: true });
  if (typeof parsed === 'number') return parsed === 1 && proc.dialect === 'bash' ? 125 : parsed;
  let vars: EnvVar[] = parsed.opts.has('i') ? [] : [...proc.env];
  const unset = new Set(parsed.all.get('u') ?? []);
  vars = vars.filter((v) => !unset.has(v.name));
  let i = 0;
  const operands = parsed.operands;
  if (operands[0] === '-') {
    vars = [];
    i++;
  }
  for (; i < operands.length; i++) {
    const eq = operands[i].indexOf('=');
    if (eq <= 0) break;
    const name = operands[i].slice(0, eq);
    const value = operands[i].slice(eq + 1);
    const existing = vars.findIndex((v) => v.name === name);
    if (existing !== -1) vars[existing] = { name, value };
    else vars.push({ name, value });
  }
  const command = operands.slice(i);
  if (command.length === 0) {
    for (const v of vars) proc.stdout.write(`${v.name}=${v.value}\n`);
    return 0;
  }
  const result = proc.exec(command, vars);
  return typeof result === 'number' ? result : reportStartError(proc, command[0], result);
};

export const hostname: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 'sidf', values: 'F' });
  if (typeof parsed === 'number') return parsed;
  if (parsed.operands.length > 0 || parsed.opts.has('F')) {
    complain(proc, proc.dialect === 'busybox' ? 'sethostname: Operation not permitted' : 'you must be root to change the host name');
    return 1;
  }
  if (parsed.opts.has('i')) {
    proc.stdout.write('172.17.0.2\n');
    return 0;
  }
  if (parsed.opts.has('d')) {
    proc.stdout.write('\n');
    return 0;
  }
  proc.stdout.write((parsed.opts.has('s') ? proc.hostname.split('.')[0] : proc.hostname) + '\n');
  return 0;
};

/** The name of a uid or gid in the process's /etc/passwd or /etc/group (root is root even without them). */
export function accountName(proc: Proc, file: '/etc/passwd' | '/etc/group', id: number): string | undefined {
  let text = '';
  try {
    text = proc.fs.readFile(file);
  } catch {
    text = '';
  }
  for (const line of text.split('\n')) {
    const fields = line.split(':');
    if (fields.length > 2 && fields[2] === String(id)) return fields[0];
  }
  return id === 0 ? 'root' : undefined;
}

function lookupUser(proc: Proc, name: string): { uid: number; gid: number } | undefined {
  let text = '';
  try {
    text = proc.fs.readFile('/etc/passwd');
  } catch {
    text = name === 'root' ? 'root:x:0:0::/root:/bin/sh' : '';
  }
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f.length > 3 && (f[0] === name || f[2] === name)) return { uid: Number(f[2]), gid: Number(f[3]) };
  }
  return undefined;
}

/** id [-u|-g|-G] [-n] [USER]: the process's user, with names from /etc/passwd and /etc/group. */
export const id: Applet = (proc) => {
  const parsed = parseOptions(proc, { flags: 'ugGnr', long: { '--user': 'u', '--group': 'g', '--groups': 'G', '--name': 'n', '--real': 'r' } });
  if (typeof parsed === 'number') return parsed;
  let who = proc.user;
  const operand = parsed.operands[0];
  if (operand !== undefined) {
    const found = lookupUser(proc, operand);
    if (found === undefined) {
      if (proc.dialect === 'busybox') complain(proc, `unknown user ${operand}`);
      else complain(proc, `${localeQuote(operand)}: no such user`);
      return 1;
    }
    who = found;
  }
  const userName = accountName(proc, '/etc/passwd', who.uid);
  const groupName = accountName(proc, '/etc/group', who.gid);
  const named = (n: number, name: string | undefined): string => (name === undefined ? String(n) : `${n}(${name})`);
  if (parsed.opts.has('u') || parsed.opts.has('g') || parsed.opts.has('G')) {
    const isUser = parsed.opts.has('u');
    const n = isUser ? who.uid : who.gid;
    const name = isUser ? userName : groupName;
    if (parsed.opts.has('n') && name === undefined) {
      complain(proc, proc.dialect === 'busybox' ? `unknown ${isUser ? 'uid' : 'gid'} ${n}` : `cannot find name for ${isUser ? 'user' : 'group'} ID ${n}`);
      proc.stdout.write(`${n}\n`);
      return 1;
    }
    proc.stdout.write((parsed.opts.has('n') ? name : String(n)) + '\n');
    return 0;
  }
  proc.stdout.write(`uid=${named(who.uid, userName)} gid=${named(who.gid, groupName)} groups=${named(who.gid, groupName)}\n`);
  return 0;
};
