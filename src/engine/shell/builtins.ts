/**
 * Commands the shell runs itself: the ones that change the shell (cd, export,
 * exit...) and the ones ash and bash build in for speed (echo, printf, test,
 * true, false, pwd), which therefore work even without /bin/echo.
 */

import { normalizePath } from '../fs/tree.ts';
import type { Stdio } from './io.ts';
import { ExitSignal, LoopSignal, ReturnSignal, type Shell } from './interpreter.ts';
import { Parser, ShellSyntaxError } from './parse.ts';
import { echo, printf, test, falseApplet, trueApplet } from './applets/basic.ts';
import { own, type Applet } from './process.ts';
import type { Dialect } from './types.ts';

export interface Builtin {
  /** POSIX special builtins: `VAR=x` before them stays set, and their errors end a busybox shell. */
  special?: boolean;
  /** Only in these dialects (default: both). */
  dialects?: Dialect[];
  run(shell: Shell, argv: string[], io: Stdio): number;
}

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A builtin that is the applet of the same name, run inside the shell. */
function fromApplet(applet: Applet): Builtin {
  return {
    run: (shell, argv, io) => {
      // ash's builtins report errors under the shell's name ("sh: a: bad number");
      // bash's as "bash: line 1: [: ...".
      const prefix =
        shell.flavor === 'ash' ? 'sh' : shell.flavor === 'dash' ? `${shell.name}: ${shell.line}: ${argv[0]}` : `${shell.name}: line ${shell.line}: ${argv[0]}`;
      return shell.startApplet(applet, argv[0], argv, shell.vars.environment(), io, shell.cwd, prefix);
    },
  };
}

const cd: Builtin = {
  run(shell, argv, io) {
    const args = argv.slice(1).filter((a, i) => !(i === 0 && (a === '-L' || a === '-P' || a === '--')));
    let target: string | undefined = args[0];
    let print = false;
    if (shell.flavor === 'bash' && args.length > 1) {
      shell.builtinError(io, 'cd', 'too many arguments');
      return 1;
    }
    if (target === undefined) {
      target = shell.vars.get('HOME');
      if (target === undefined || target === '') {
        if (shell.flavor === 'bash') {
          shell.builtinError(io, 'cd', 'HOME not set');
          return 1;
        }
        return 0;
      }
    } else if (target === '-') {
      const old = shell.vars.get('OLDPWD');
      if (old === undefined) {
        if (shell.flavor === 'bash') {
          shell.builtinError(io, 'cd', 'OLDPWD not set');
          return 1;
        }
        target = shell.cwd;
      } else {
        target = old;
      }
      print = true;
    }
    const path = normalizePath(target, shell.cwd);
    let problem: string | undefined;
    try {
      if (shell.host.fs.stat(path).kind !== 'dir') problem = 'Not a directory';
    } catch (err) {
      problem = err instanceof Error && 'text' in err ? String((err as { text: string }).text) : 'No such file or directory';
    }
    if (problem !== undefined) {
      if (shell.flavor === 'bash') {
        shell.builtinError(io, 'cd', `${target}: ${problem}`);
        return 1;
      }
      // dash does not say why.
      shell.builtinError(io, 'cd', shell.flavor === 'dash' ? `can't cd to ${target}` : `can't cd to ${target}: ${problem}`);
      return 2;
    }
    shell.vars.set('OLDPWD', shell.cwd, true);
    shell.cwd = path;
    shell.vars.set('PWD', path, true);
    if (print) io.stdout.write(path + '\n');
    return 0;
  },
};

const pwd: Builtin = {
  run(shell, _argv, io) {
    io.stdout.write(shell.cwd + '\n');
    return 0;
  },
};

const exportBuiltin: Builtin = {
  special: true,
  run(shell, argv, io) {
    const args = argv.slice(1);
    if (args.length === 0 || (args.length === 1 && args[0] === '-p')) {
      for (const { name, value } of shell.vars.exportedNames()) {
        if (shell.flavor === 'bash') io.stdout.write(`declare -x ${name}${value === undefined ? '' : `="${value.replace(/(["\\$`])/g, '\\$1')}"`}\n`);
        else io.stdout.write(`export ${name}${value === undefined ? '' : `=${shQuote(value)}`}\n`);
      }
      return 0;
    }
    let status = 0;
    for (const arg of args) {
      if (arg === '-p' || arg === '--') continue;
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg : arg.slice(0, eq);
      if (!NAME_RE.test(name)) {
        if (shell.flavor === 'bash') {
          shell.builtinError(io, 'export', `\`${arg}': not a valid identifier`);
          status = 1;
          continue;
        }
        shell.builtinError(io, 'export', `${name}: bad variable name`);
        throw new ExitSignal(2);
      }
      if (eq === -1) shell.vars.export(name);
      else shell.vars.set(name, arg.slice(eq + 1), true);
    }
    return status;
  },
};

const unset: Builtin = {
  special: true,
  run(shell, argv) {
    for (const name of argv.slice(1)) if (name !== '-v' && name !== '-f') shell.vars.unset(name);
    return 0;
  },
};

const exit: Builtin = {
  special: true,
  run(shell, argv, io) {
    const arg = argv[1];
    if (arg === undefined) throw new ExitSignal(shell.status);
    if (!/^[-+]?\d+$/.test(arg)) {
      if (shell.flavor === 'bash') shell.builtinError(io, 'exit', `${arg}: numeric argument required`);
      else shell.builtinError(io, 'exit', `Illegal number: ${arg}`);
      throw new ExitSignal(2);
    }
    if (shell.flavor === 'bash' && argv.length > 2) {
      shell.builtinError(io, 'exit', 'too many arguments');
      return 1;
    }
    throw new ExitSignal(((Number.parseInt(arg, 10) % 256) + 256) % 256);
  },
};

const set: Builtin = {
  special: true,
  run(shell, argv, io) {
    const args = argv.slice(1);
    if (args.length === 0) {
      for (const { name, value } of shell.vars.all()) io.stdout.write(`${name}=${shQuote(value)}\n`);
      return 0;
    }
    let i = 0;
    for (; i < args.length; i++) {
      const a = args[i];
      if (a === '--') {
        i++;
        shell.positional = args.slice(i);
        return 0;
      }
      if (!/^[-+]/.test(a)) break;
      // -e and -x are kept; other options (-u, -f...) are accepted and ignored.
      if (a.slice(1).includes('e')) shell.errexit = a.startsWith('-');
      if (a.slice(1).includes('x')) shell.xtrace = a.startsWith('-');
      if (a === '-o' || a === '+o') {
        if (args[i + 1] === 'errexit') shell.errexit = a === '-o';
        if (args[i + 1] === 'xtrace') shell.xtrace = a === '-o';
        i++;
      }
    }
    if (i < args.length) shell.positional = args.slice(i);
    return 0;
  },
};

const shift: Builtin = {
  special: true,
  run(shell, argv, io) {
    const n = argv[1] === undefined ? 1 : Number.parseInt(argv[1], 10);
    if (Number.isNaN(n) || n > shell.positional.length) {
      if (shell.flavor === 'bash') return 1;
      shell.builtinError(io, 'shift', `Illegal number: ${argv[1]}`);
      throw new ExitSignal(2);
    }
    shell.positional = shell.positional.slice(n);
    return 0;
  },
};

const evalBuiltin: Builtin = {
  special: true,
  run(shell, argv, io) {
    const src = argv.slice(1).join(' ');
    const parser = new Parser(src, shell.parserOptions);
    for (;;) {
      try {
        const list = parser.next();
        if (list === undefined) return shell.status;
        shell.execList(list, io);
      } catch (err) {
        if (!(err instanceof ShellSyntaxError)) throw err;
        io.stderr.write(shell.syntaxErrorText(err, 'script'));
        if (shell.flavor !== 'bash') throw new ExitSignal(2);
        return 2;
      }
    }
  },
};

const source: Builtin = {
  special: true,
  run(shell, argv, io) {
    const file = argv[1];
    if (file === undefined) {
      if (shell.flavor === 'bash') {
        shell.builtinError(io, argv[0], 'filename argument required');
        return 2;
      }
      return 0;
    }
    let src: string;
    try {
      src = shell.host.fs.readFile(normalizePath(file, shell.cwd));
    } catch (err) {
      const text = err instanceof Error && 'text' in err ? String((err as { text: string }).text) : 'No such file or directory';
      if (shell.flavor === 'bash') {
        shell.builtinError(io, argv[0], `${file}: ${text}`);
        return 1;
      }
      shell.builtinError(io, argv[0], `can't open '${file}': ${text}`);
      throw new ExitSignal(2);
    }
    shell.sourcing++;
    try {
      return shell.runScript(src, io);
    } catch (err) {
      if (err instanceof ReturnSignal) return (shell.status = err.code);
      throw err;
    } finally {
      shell.sourcing--;
    }
  },
};

const read: Builtin = {
  run(shell, argv, io) {
    const names = argv.slice(1).filter((a) => !a.startsWith('-'));
    const raw = argv.includes('-r');
    let line = io.stdin.readLine();
    if (line === undefined) {
      for (const name of names) shell.vars.set(name, '');
      return 1;
    }
    if (!raw) line = line.replace(/\\(.)/g, '$1');
    const targets = names.length === 0 ? ['REPLY'] : names;
    const fields = line.trim().split(/[ \t]+/);
    targets.forEach((name, i) => {
      const value = i === targets.length - 1 ? fields.slice(i).join(' ') : (fields[i] ?? '');
      shell.vars.set(name, value);
    });
    return 0;
  },
};

function loopControl(kind: 'break' | 'continue'): Builtin {
  return {
    special: true,
    run(shell, argv) {
      if (!shell.insideLoop) return 0;
      const n = argv[1] === undefined ? 1 : Math.max(1, Number.parseInt(argv[1], 10) || 1);
      throw new LoopSignal(kind, n);
    },
  };
}

const type: Builtin = {
  run(shell, argv, io) {
    let status = 0;
    for (const name of argv.slice(1)) {
      const builtin = own(BUILTINS, name);
      if (builtin !== undefined) {
        io.stdout.write(`${name} is a ${builtin.special && shell.flavor !== 'bash' ? 'special ' : ''}shell builtin\n`);
        continue;
      }
      const found = shell.resolveProgram(name, shell.vars.get('PATH'), shell.cwd);
      if ((found.kind === 'applet' || found.kind === 'unsimulated') && shell.dialect === 'busybox') {
        // Applets run by name, whatever PATH says: ash reports them as themselves.
        io.stdout.write(`${name} is ${name}\n`);
      } else if (found.kind === 'applet') {
        io.stdout.write(`${name} is /usr/bin/${name}\n`);
      } else if (found.kind === 'script' || (found.kind === 'external' && found.path !== undefined)) {
        io.stdout.write(`${name} is ${found.path ?? name}\n`);
      } else {
        if (shell.flavor === 'bash') shell.builtinError(io, 'type', `${name}: not found`);
        else io.stdout.write(`${name}: not found\n`);
        status = shell.flavor === 'bash' ? 1 : 127;
      }
    }
    return status;
  },
};

const noop: Builtin = { run: () => 0 };

const returnBuiltin: Builtin = {
  special: true,
  run(shell, argv, io) {
    const code = argv[1] === undefined ? shell.status : Number.parseInt(argv[1], 10);
    if (shell.functionDepth === 0 && shell.flavor === 'bash' && !shell.sourcing) {
      shell.builtinError(io, 'return', "can only `return' from a function or sourced script");
      return 1;
    }
    throw new ReturnSignal(Number.isNaN(code) ? 2 : ((code % 256) + 256) % 256);
  },
};

/** `exec CMD`: the command replaces the shell, so the shell ends with its status. */
const exec: Builtin = {
  special: true,
  run(shell, argv, io) {
    if (argv.length < 2) return 0;
    const code = shell.runProgram(argv.slice(1), shell.vars.environment(), io, shell.vars.get('PATH'));
    throw new ExitSignal(code);
  },
};

/** `trap CMD EXIT` runs CMD when the shell ends; other signals never come in the lab. */
const trap: Builtin = {
  special: true,
  run(shell, argv) {
    const [, action, ...signals] = argv;
    if (action === undefined) return 0;
    if (signals.some((sig) => sig === 'EXIT' || sig === '0')) shell.exitTrap = action === '-' || action === '' ? undefined : action;
    return 0;
  },
};

/** `command -v NAME` says what NAME is; `command NAME ARGS` runs it, skipping functions. */
const command: Builtin = {
  run(shell, argv, io) {
    const args = argv.slice(1);
    if (args[0] === '-v' || args[0] === '-V') {
      let status = 0;
      for (const name of args.slice(1)) {
        if (own(BUILTINS, name) !== undefined || shell.functions.has(name)) {
          io.stdout.write(name + '\n');
          continue;
        }
        const found = shell.resolveProgram(name, shell.vars.get('PATH'), shell.cwd);
        if (found.kind === 'applet' || found.kind === 'unsimulated') io.stdout.write((shell.dialect === 'busybox' ? name : `/usr/bin/${name}`) + '\n');
        else if (found.kind === 'script' || (found.kind === 'external' && found.path !== undefined)) io.stdout.write((found.path ?? name) + '\n');
        else status = shell.flavor === 'bash' ? 1 : 127;
      }
      return status;
    }
    if (args.length === 0) return 0;
    const builtin = own(BUILTINS, args[0]);
    if (builtin !== undefined) return builtin.run(shell, args, io);
    return shell.runProgram(args, shell.vars.environment(), io, shell.vars.get('PATH'));
  },
};

const umask: Builtin = {
  run(_shell, argv, io) {
    if (argv.length < 2) io.stdout.write('0022\n');
    return 0;
  },
};

/** Every builtin by name. */
export const BUILTINS: Readonly<Record<string, Builtin>> = {
  cd,
  pwd,
  export: exportBuiltin,
  unset,
  exit,
  set,
  shift,
  eval: evalBuiltin,
  '.': source,
  source: { ...source, dialects: ['bash'] },
  read,
  break: loopControl('break'),
  continue: loopControl('continue'),
  type,
  wait: noop,
  return: returnBuiltin,
  exec,
  trap,
  command,
  umask,
  kill: noop,
  ':': { special: true, run: () => 0 },
  true: fromApplet(trueApplet),
  false: fromApplet(falseApplet),
  echo: fromApplet(echo),
  printf: fromApplet(printf),
  test: fromApplet(test),
  '[': fromApplet(test),
};

/** Single-quotes a value as `set` and `export -p` print it in ash. */
export function shQuote(value: string): string {
  return `'${value.replace(/'/g, `'"'"'`)}'`;
}
