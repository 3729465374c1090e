/**
 * find PATH... EXPRESSION: -name -iname -path -type -maxdepth -mindepth -empty
 * -newer-free subset, `!`/-not, -a/-o, parentheses, -print, -exec CMD {} ;|+.
 */

import type { Stat } from '../../fs/vfs.ts';
import { globMatch } from '../glob.ts';
import { complain, errText, localeQuote, own, reportStartError, resolvePath, type Applet, type Proc } from '../process.ts';
import { showUsage } from './options.ts';

type Expr =
  | { kind: 'test'; test: (e: Entry) => boolean }
  | { kind: 'print' }
  | { kind: 'exec'; argv: string[]; plus: boolean }
  | { kind: 'not'; expr: Expr }
  | { kind: 'and' | 'or'; left: Expr; right: Expr }
  | { kind: 'true' };

interface Entry {
  /** As printed: the operand joined with the relative path. */
  label: string;
  path: string;
  name: string;
  stat: Stat;
  depth: number;
}

class FindError {
  constructor(
    readonly busybox: string,
    readonly gnu: string,
    readonly usage = false,
  ) {}
}

const GLOBAL_OPTIONS = new Set(['-maxdepth', '-mindepth', '-depth', '-xdev', '-follow', '-mount']);

export const find: Applet = (proc) => {
  const args = [...proc.args];
  while (args[0] === '-H' || args[0] === '-L' || args[0] === '-P') args.shift();
  const paths: string[] = [];
  while (args.length > 0 && !args[0].startsWith('-') && args[0] !== '!' && args[0] !== '(') paths.push(args.shift()!);
  if (paths.length === 0) paths.push('.');
  let maxDepth = Infinity;
  let minDepth = 0;
  let hasAction = false;
  const execBatches: { argv: string[]; files: string[] }[] = [];
  let status = 0;

  let i = 0;
  const need = (opt: string): string => {
    const v = args[i++];
    if (v === undefined) throw new FindError(`${opt} requires an argument`, `missing argument to \`${opt}'`);
    return v;
  };
  const primary = (): Expr => {
    const a = args[i++];
    switch (a) {
      case '(': {
        const e = orExpr();
        if (args[i] !== ')') throw new FindError("missing ')'", 'invalid expression; I was expecting to find a \')\' somewhere but did not see one.');
        i++;
        return e;
      }
      case '!':
      case '-not':
        return { kind: 'not', expr: primary() };
      case '-name':
      case '-iname': {
        const pattern = need(a);
        const ci = a === '-iname';
        return { kind: 'test', test: (e) => (ci ? globMatch(pattern.toLowerCase(), e.name.toLowerCase()) : globMatch(pattern, e.name)) };
      }
      case '-path':
      case '-wholename':
      case '-ipath': {
        const pattern = need(a);
        const ci = a === '-ipath';
        return { kind: 'test', test: (e) => (ci ? globMatch(pattern.toLowerCase(), e.label.toLowerCase()) : globMatch(pattern, e.label)) };
      }
      case '-type': {
        const t = need(a);
        const kind = own<string>({ f: 'file', d: 'dir', l: 'symlink' }, t);
        if (kind === undefined && !'bcps'.includes(t)) throw new FindError(`invalid argument '${t}' to '-type'`, `Unknown argument to -type: ${t}`);
        return { kind: 'test', test: (e) => e.stat.kind === kind };
      }
      case '-empty':
        return {
          kind: 'test',
          test: (e) => (e.stat.kind === 'dir' ? safeReaddir(proc, e.path).length === 0 : e.stat.kind === 'file' && e.stat.size === 0),
        };
      case '-executable':
        return { kind: 'test', test: (e) => (parseInt(e.stat.mode, 8) & 0o111) !== 0 };
      case '-maxdepth':
        maxDepth = Number(need(a));
        return { kind: 'true' };
      case '-mindepth':
        minDepth = Number(need(a));
        return { kind: 'true' };
      case '-depth':
      case '-xdev':
      case '-mount':
      case '-follow':
        return { kind: 'true' };
      case '-print':
        hasAction = true;
        return { kind: 'print' };
      case '-exec': {
        hasAction = true;
        const argv: string[] = [];
        for (;;) {
          const w = args[i++];
          if (w === undefined) throw new FindError('-exec requires an argument', "missing argument to `-exec'");
          if (w === ';') return { kind: 'exec', argv, plus: false };
          if (w === '+' && argv[argv.length - 1] === '{}') return { kind: 'exec', argv: argv.slice(0, -1), plus: true };
          argv.push(w);
        }
      }
      case undefined:
        throw new FindError('argument expected', 'expected an expression');
      default:
        if (GLOBAL_OPTIONS.has(a)) return { kind: 'true' };
        throw new FindError(`unrecognized: ${a}`, `unknown predicate \`${a}'`, true);
    }
  };
  const andExpr = (): Expr => {
    let left = primary();
    for (;;) {
      const a = args[i];
      if (a === undefined || a === '-o' || a === '-or' || a === ')') return left;
      if (a === '-a' || a === '-and') i++;
      left = { kind: 'and', left, right: primary() };
    }
  };
  const orExpr = (): Expr => {
    let left = andExpr();
    while (args[i] === '-o' || args[i] === '-or') {
      i++;
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  };

  let expr: Expr = { kind: 'true' };
  try {
    if (args.length > 0) expr = orExpr();
    if (i < args.length) throw new FindError(`unrecognized: ${args[i]}`, `paths must precede expression: \`${args[i]}'`, true);
  } catch (err) {
    if (!(err instanceof FindError)) throw err;
    complain(proc, proc.dialect === 'busybox' ? err.busybox : err.gnu);
    if (err.usage && proc.dialect === 'busybox') showUsage(proc);
    return 1;
  }
  if (!hasAction) expr = { kind: 'and', left: expr, right: { kind: 'print' } };

  const evaluate = (e: Expr, entry: Entry): boolean => {
    switch (e.kind) {
      case 'true':
        return true;
      case 'test':
        return e.test(entry);
      case 'print':
        proc.stdout.write(entry.label + '\n');
        return true;
      case 'not':
        return !evaluate(e.expr, entry);
      case 'and':
        return evaluate(e.left, entry) && evaluate(e.right, entry);
      case 'or':
        return evaluate(e.left, entry) || evaluate(e.right, entry);
      case 'exec': {
        if (e.plus) {
          let batch = execBatches.find((b) => b.argv === e.argv);
          if (batch === undefined) execBatches.push((batch = { argv: e.argv, files: [] }));
          batch.files.push(entry.label);
          return true;
        }
        const argv = e.argv.map((w) => w.replace(/\{\}/g, entry.label));
        const result = proc.exec(argv, proc.env);
        if (typeof result !== 'number') {
          reportStartError(proc, argv[0], result);
          status = 1;
          return false;
        }
        return result === 0;
      }
    }
  };

  const visit = (entry: Entry): void => {
    if (entry.depth >= minDepth) evaluate(expr, entry);
    if (entry.stat.kind !== 'dir' || entry.depth >= maxDepth) return;
    for (const name of safeReaddir(proc, entry.path)) {
      const path = entry.path === '/' ? `/${name}` : `${entry.path}/${name}`;
      let stat: Stat;
      try {
        stat = proc.fs.lstat(path);
      } catch {
        continue;
      }
      const label = entry.label.endsWith('/') ? entry.label + name : `${entry.label}/${name}`;
      visit({ label, path, name, stat, depth: entry.depth + 1 });
    }
  };

  for (const operand of paths) {
    const path = resolvePath(proc, operand);
    let stat: Stat;
    try {
      stat = proc.fs.stat(path);
    } catch (err) {
      complain(proc, proc.dialect === 'busybox' ? `${operand}: ${errText(err)}` : `${localeQuote(operand)}: ${errText(err)}`);
      status = 1;
      continue;
    }
    const name = operand.replace(/\/+$/, '').split('/').pop() || operand;
    visit({ label: operand, path, name, stat, depth: 0 });
  }
  for (const batch of execBatches) {
    const result = proc.exec([...batch.argv, ...batch.files], proc.env);
    if (typeof result !== 'number') {
      reportStartError(proc, batch.argv[0], result);
      status = 1;
    } else if (result !== 0) status = 1;
  }
  return status;
};

function safeReaddir(proc: Proc, path: string): string[] {
  try {
    return proc.fs.readdir(path);
  } catch {
    return [];
  }
}
