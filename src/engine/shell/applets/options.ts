/**
 * Option parsing as glibc's getopt does it for both busybox and coreutils:
 * short flags can be grouped (`-rf`), options may follow operands, `--` ends
 * them, a lone `-` is an operand.
 */

import { complain, own, type Proc } from '../process.ts';
import { BUSYBOX_BANNER, BUSYBOX_USAGE } from './usage.ts';

export interface OptionSpec {
  /** Short flags without a value, e.g. `'aAdR1'`. */
  flags: string;
  /** Short options that take a value, e.g. `'nC'`. */
  values?: string;
  /** Long options mapped to the short letter they mean (`'--recursive': 'r'`); `=` form works for value options. */
  long?: Readonly<Record<string, string>>;
  /** Stop at the first operand (as `env` and `sh` do). */
  stopAtOperand?: boolean;
}

export interface ParsedOptions {
  /** Flags seen, with the last value for value options (`'1'` for flags). */
  opts: Map<string, string>;
  /** Every value given to each value option, in order. */
  all: Map<string, string[]>;
  operands: string[];
}

/**
 * Parses `proc.args`; on a bad option prints the dialect's message (busybox:
 * the error, banner and usage; GNU: the error and `Try '... --help'`) and
 * returns the exit code instead.
 */
export function parseOptions(proc: Proc, spec: OptionSpec, args = proc.args, gnuExit = 1): ParsedOptions | number {
  const opts = new Map<string, string>();
  const all = new Map<string, string[]>();
  const operands: string[] = [];
  const set = (key: string, value: string): void => {
    opts.set(key, value);
    const list = all.get(key) ?? [];
    list.push(value);
    all.set(key, list);
  };
  const values = spec.values ?? '';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') && spec.long !== undefined) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg : arg.slice(0, eq);
      const key = own(spec.long, name);
      if (key === undefined) return badOption(proc, `unrecognized option '${arg}'`, gnuExit);
      if (values.includes(key) || key.startsWith('=')) {
        const k = key.replace(/^=/, '');
        if (eq !== -1) set(k, arg.slice(eq + 1));
        else if (i + 1 < args.length) set(k, args[++i]);
        else return badOption(proc, `option '${name}' requires an argument`, gnuExit);
      } else {
        set(key, '1');
      }
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const ch = arg[j];
        if (values.includes(ch)) {
          const rest = arg.slice(j + 1);
          if (rest !== '') set(ch, rest);
          else if (i + 1 < args.length) set(ch, args[++i]);
          else return badOption(proc, `option requires an argument -- '${ch}'`, gnuExit);
          break;
        }
        if (!spec.flags.includes(ch)) return badOption(proc, `invalid option -- '${ch}'`, gnuExit);
        set(ch, '1');
      }
      continue;
    }
    operands.push(arg);
    if (spec.stopAtOperand) {
      operands.push(...args.slice(i + 1));
      break;
    }
  }
  return { opts, all, operands };
}

function badOption(proc: Proc, message: string, gnuExit: number): number {
  complain(proc, message);
  if (proc.dialect === 'busybox') {
    showUsage(proc);
    return 1;
  }
  proc.stderr.write(`Try '${proc.name} --help' for more information.\n`);
  return gnuExit;
}

/** busybox's banner and usage text for the applet, on standard error. */
export function showUsage(proc: Proc): void {
  proc.stderr.write(`${BUSYBOX_BANNER}\n${own(BUSYBOX_USAGE, proc.name) ?? ''}`);
}

/** The "missing operand" error: busybox shows usage, GNU says so and points to --help. */
export function missingOperand(proc: Proc, gnuText = 'missing operand'): number {
  if (proc.dialect === 'busybox') {
    showUsage(proc);
    return 1;
  }
  complain(proc, gnuText);
  proc.stderr.write(`Try '${proc.name} --help' for more information.\n`);
  return 1;
}
