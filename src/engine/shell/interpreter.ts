/**
 * Runs parsed scripts: expansions, redirections, pipelines, builtins, and the
 * lookup of programs (applets through PATH in a container, coreutils and the
 * `external` hook on the host).
 */

import { FsError, type Vfs } from '../fs/vfs.ts';
import { basename, normalizePath } from '../fs/tree.ts';
import type { AndOr, Command, CommandList, Pipeline, Redirect, SimpleCommand, Word } from './ast.ts';
import { Parser, ShellSyntaxError, type ParserOptions } from './parse.ts';
import { ashCreateText, ashOpenText, bashSyntaxError, busyboxSyntaxText, dashSyntaxText, traceQuote } from './messages.ts';
import { BufferSink, Input, nullSink, type Sink, type Stdio } from './io.ts';
import { BlockSignal, deviceContent, errCode, errText, own, type Applet, type Proc } from './process.ts';
import { VarTable } from './vars.ts';
import type { Dialect, EnvVar, ExternalResult, ProcessUser, ShellContext } from './types.ts';
import { globMatch } from './glob.ts';
import { expandPattern, expandString, expandWords } from './expand.ts';
import { BUILTINS, type Builtin } from './builtins.ts';
import { BUSYBOX_ALL_APPLETS } from './applets/usage.ts';

/** `exit N` unwinds to the shell (or subshell) that runs the script. */
export class ExitSignal {
  constructor(readonly code: number) {}
}

/** `return N` unwinds to the function (or sourced file) that runs. */
export class ReturnSignal {
  constructor(readonly code: number) {}
}

/** `break N` / `continue N`. */
export class LoopSignal {
  constructor(
    readonly kind: 'break' | 'continue',
    public levels: number,
  ) {}
}

/** The programs of a dialect: busybox applets in a container, coreutils on the host. */
export type AppletTable = Readonly<Record<string, Applet>>;

/** Everything a shell needs from its surroundings; shared by a shell and its subshells. */
export interface ShellHost {
  dialect: Dialect;
  fs: Vfs;
  hostname: string;
  applets: AppletTable;
  external?: ShellContext['external'];
  sleep?: ShellContext['sleep'];
  now?: ShellContext['now'];
  /** Who the processes run as. */
  user: ProcessUser;
  /** Commands run so far by this script and everything it started (see STEP_LIMIT). */
  steps: { count: number; depth: number };
}

/**
 * The most commands one script may run, and how deeply shells and functions
 * may nest. Real shells loop forever; the lab must answer, so it stops there
 * (see LimitSignal).
 */
export const STEP_LIMIT = 100000;
export const DEPTH_LIMIT = 100;

/** Thrown when a script exceeds STEP_LIMIT or DEPTH_LIMIT; the whole run stops. */
export class LimitSignal {
  constructor(readonly reason: 'steps' | 'depth') {}
}

export interface ShellOptions {
  /** `$0`, and the prefix of the shell's own messages (`sh`, `bash`, or a script's path). */
  name: string;
  /** True when running a script file (lines count from 1 in busybox's messages, from 0 under `-c`). */
  scriptFile: boolean;
  /** Whose words the shell's own messages use (default: the dialect's shell); the host's `sh` is dash. */
  flavor?: ShellFlavor;
  /**
   * ash's `commandname`: the script's name, or the name after `sh -c 'script'`;
   * when set, busybox's messages say `line N:`.
   */
  commandName?: string;
  positional: string[];
  cwd: string;
  vars: VarTable;
}

const DEFAULT_PATH = '/sbin:/usr/sbin:/bin:/usr/bin';

/** The shell whose messages are imitated: busybox ash, bash, or dash (the host's `sh` on Debian). */
export type ShellFlavor = 'ash' | 'bash' | 'dash';

export class Shell {
  cwd: string;
  vars: VarTable;
  status = 0;
  positional: string[];
  readonly name: string;
  readonly scriptFile: boolean;
  readonly commandName: string | undefined;
  readonly flavor: ShellFlavor;
  /** The source line of the command running now, for messages. */
  line = 1;
  /** Status of the last `$(...)` (set by expand.ts), which becomes the status of a bare assignment. */
  substStatus: number | undefined;
  private loopDepth = 0;
  /** Inside an `if`/`while` condition or the left of `&&`/`||`: `set -e` does not apply. */
  private conditionDepth = 0;
  /** `set -e`. */
  errexit = false;
  /** `set -x`: each command is shown on stderr before it runs. */
  xtrace = false;
  /** Shell functions by name; a subshell gets a copy. */
  functions = new Map<string, Command>();
  /** The `trap ... EXIT` command, run when the shell ends. */
  exitTrap: string | undefined;
  /** Depth of function calls, for `return`. */
  functionDepth = 0;
  /** Depth of `.` files being run, for `return`. */
  sourcing = 0;

  constructor(
    readonly host: ShellHost,
    options: ShellOptions,
  ) {
    this.cwd = options.cwd;
    this.vars = options.vars;
    this.positional = options.positional;
    this.name = options.name;
    this.scriptFile = options.scriptFile;
    this.commandName = options.commandName;
    this.flavor = options.flavor ?? (host.dialect === 'bash' ? 'bash' : 'ash');
  }

  /** What the shell's grammar allows beyond POSIX sh. */
  get parserOptions(): ParserOptions {
    return { hereStrings: this.flavor === 'bash' };
  }

  get dialect(): Dialect {
    return this.host.dialect;
  }

  /** A copy for `( )`, `$(...)` and pipeline stages: changes stay inside. */
  subshell(): Shell {
    const sub = new Shell(this.host, {
      name: this.name,
      scriptFile: this.scriptFile,
      commandName: this.commandName,
      flavor: this.flavor,
      positional: [...this.positional],
      cwd: this.cwd,
      vars: this.vars.clone(),
    });
    sub.status = this.status;
    sub.line = this.line;
    sub.errexit = this.errexit;
    sub.xtrace = this.xtrace;
    sub.functions = new Map(this.functions);
    sub.functionDepth = this.functionDepth;
    return sub;
  }

  // ---- messages -----------------------------------------------------------

  /** An error of the shell itself (`sh: foo: not found`, `bash: line 1: foo: command not found`). */
  shellError(io: Stdio, message: string): void {
    io.stderr.write(this.messagePrefix(this.commandName) + message + '\n');
  }

  /** An error of a builtin: busybox says `sh: cd: line 0: ...` (lines count from 0 under -c). */
  builtinError(io: Stdio, builtin: string, message: string): void {
    if (this.flavor === 'bash') io.stderr.write(`${this.messagePrefix(undefined)}${builtin}: ${message}\n`);
    else io.stderr.write(this.messagePrefix(builtin) + message + '\n');
  }

  /**
   * bash: `NAME: line N: `. busybox (`ash_vmsg`): `$0: `, then, when a
   * command name is set (a builtin, or the script), that name unless it is
   * `$0`, and `line N: `.
   */
  private messagePrefix(commandName: string | undefined, line = this.line): string {
    if (this.flavor === 'bash') return `${this.name}: line ${line}: `;
    if (this.flavor === 'dash') return `${this.name}: ${line}: ${commandName === undefined || commandName === this.name ? '' : `${commandName}: `}`;
    if (commandName === undefined) return `${this.name}: `;
    const shown = this.scriptFile ? line : line - 1;
    return `${this.name}: ${commandName === this.name ? '' : `${commandName}: `}line ${shown}: `;
  }

  syntaxErrorText(err: ShellSyntaxError, context: 'script' | 'substitution'): string {
    if (this.flavor === 'ash') return this.messagePrefix(this.commandName, err.line) + busyboxSyntaxText(err.problem) + '\n';
    if (this.flavor === 'dash') return this.messagePrefix(undefined, err.line) + dashSyntaxText(err.problem) + '\n';
    return bashSyntaxError(this.name, err, context, this.scriptFile);
  }

  // ---- running scripts ----------------------------------------------------

  /**
   * Parses and runs `src` one complete command at a time. A syntax error
   * prints the dialect's message and ends the script with status 2.
   * ExitSignal and BlockSignal propagate to the caller.
   */
  runScript(src: string, io: Stdio): number {
    const parser = new Parser(src, this.parserOptions);
    for (;;) {
      let list: CommandList | undefined;
      try {
        list = parser.next();
      } catch (err) {
        if (err instanceof ShellSyntaxError) {
          io.stderr.write(this.syntaxErrorText(err, 'script'));
          this.status = 2;
          throw new ExitSignal(2);
        }
        throw err;
      }
      if (list === undefined) return this.status;
      this.execList(list, io);
    }
  }

  execList(list: CommandList, io: Stdio): number {
    for (const item of list.items) {
      if (item.background) {
        this.runInBackground(item.andOr, io);
        continue;
      }
      this.execAndOr(item.andOr, io);
    }
    return this.status;
  }

  /**
   * `cmd &`: there is no job control, so the job runs now, in a subshell; if
   * it would block (a long sleep) it simply stays "running" and the shell goes on.
   */
  private runInBackground(andOr: AndOr, io: Stdio): void {
    const sub = this.subshell();
    try {
      sub.runIsolated(() => sub.execAndOr(andOr, io));
    } catch (err) {
      if (!(err instanceof BlockSignal)) throw err;
    }
    this.status = 0;
  }

  private execAndOr(andOr: AndOr, io: Stdio): number {
    const last = andOr.rest.length;
    let ranLast = last === 0;
    let bang = andOr.first.bang;
    this.runCondition(last > 0, () => this.execPipeline(andOr.first, io));
    andOr.rest.forEach(({ op, pipeline }, i) => {
      if ((op === '&&') !== (this.status === 0)) return;
      ranLast = i === last - 1;
      bang = pipeline.bang;
      this.runCondition(!ranLast, () => this.execPipeline(pipeline, io));
    });
    // `set -e` ends the shell when a command fails that was not being tested.
    if (this.errexit && this.status !== 0 && this.conditionDepth === 0 && ranLast && !bang) throw new ExitSignal(this.status);
    return this.status;
  }

  /** Runs `body` where a failure is a tested condition, not an error for `set -e`. */
  private runCondition<T>(isCondition: boolean, body: () => T): T {
    if (!isCondition) return body();
    this.conditionDepth++;
    try {
      return body();
    } finally {
      this.conditionDepth--;
    }
  }

  private execPipeline(pipeline: Pipeline, io: Stdio): number {
    let status: number;
    if (pipeline.commands.length === 1) {
      status = this.execCommand(pipeline.commands[0], io);
    } else {
      // Each stage runs to completion in a subshell; its output feeds the next.
      let input = io.stdin;
      status = 0;
      pipeline.commands.forEach((command, i) => {
        const last = i === pipeline.commands.length - 1;
        const pipe = new BufferSink();
        const sub = this.subshell();
        status = sub.runIsolated(() => sub.execCommand(command, { stdin: input, stdout: last ? io.stdout : pipe, stderr: io.stderr }));
        input = new Input(pipe.text);
      });
    }
    if (pipeline.bang) status = status === 0 ? 1 : 0;
    this.status = status;
    return status;
  }

  /**
   * Runs a whole script as a shell process does: `exit` ends it, and a
   * `trap ... EXIT` runs last. BlockSignal still propagates.
   */
  runAsProcess(src: string, io: Stdio): number {
    let code = this.runIsolated(() => this.runScript(src, io));
    const trap = this.exitTrap;
    if (trap !== undefined) {
      this.exitTrap = undefined;
      this.status = code;
      const trapCode = this.runIsolated(() => {
        this.runScript(trap, io);
        return code;
      });
      code = trapCode;
    }
    return code;
  }

  /** Runs `body` as a subshell does: `exit` ends only it. */
  runIsolated(body: () => number): number {
    try {
      return body();
    } catch (err) {
      if (err instanceof ExitSignal || err instanceof ReturnSignal) return err.code;
      if (err instanceof LoopSignal) return this.status;
      throw err;
    }
  }

  private execCommand(command: Command, io: Stdio): number {
    if (command.kind === 'simple') return this.execSimple(command, io);
    if (command.kind === 'function') {
      this.functions.set(command.name, command.body);
      return (this.status = 0);
    }
    const redirected = this.applyRedirects(command.redirects, io);
    if (redirected === undefined) return (this.status = 1);
    switch (command.kind) {
      case 'group': {
        if (!command.subshell) return this.execList(command.body, redirected);
        const sub = this.subshell();
        return (this.status = sub.runIsolated(() => sub.execList(command.body, redirected)));
      }
      case 'case': {
        const value = this.expandString(command.word, redirected);
        for (const item of command.items) {
          if (item.patterns.some((p) => globMatch(expandPattern(this, p, redirected), value))) {
            if (item.body.items.length === 0) return (this.status = 0);
            return this.execList(item.body, redirected);
          }
        }
        return (this.status = 0);
      }
      case 'if': {
        for (const branch of command.branches) {
          this.runCondition(true, () => this.execList(branch.condition, redirected));
          if (this.status === 0) return this.execList(branch.body, redirected);
        }
        if (command.elseBody !== undefined) return this.execList(command.elseBody, redirected);
        return (this.status = 0);
      }
      case 'loop': {
        let status = 0;
        this.loopDepth++;
        try {
          for (;;) {
            this.runCondition(true, () => this.execList(command.condition, redirected));
            if ((this.status === 0) === command.until) break;
            const signal = this.loopBody(command.body, redirected);
            status = this.status;
            if (signal === 'break') break;
          }
        } finally {
          this.loopDepth--;
        }
        return (this.status = status);
      }
      case 'for': {
        const items = command.items === undefined ? [...this.positional] : this.expandWords(command.items, redirected);
        let status = 0;
        this.loopDepth++;
        try {
          for (const item of items) {
            this.vars.set(command.name, item);
            const signal = this.loopBody(command.body, redirected);
            status = this.status;
            if (signal === 'break') break;
          }
        } finally {
          this.loopDepth--;
        }
        return (this.status = status);
      }
    }
  }

  private loopBody(body: CommandList, io: Stdio): 'break' | 'continue' | undefined {
    try {
      this.execList(body, io);
      return undefined;
    } catch (err) {
      if (!(err instanceof LoopSignal)) throw err;
      if (err.levels > 1) {
        err.levels--;
        throw err;
      }
      return err.kind;
    }
  }

  /** Used by the `break` and `continue` builtins. */
  get insideLoop(): boolean {
    return this.loopDepth > 0;
  }

  private execSimple(cmd: SimpleCommand, io: Stdio): number {
    if (++this.host.steps.count > STEP_LIMIT) throw new LimitSignal('steps');
    this.line = cmd.line;
    this.substStatus = undefined;
    const argv = this.expandWords(cmd.words, io);
    if (argv.length === 0) {
      const values = cmd.assignments.map((a) => ({ name: a.name, value: expandString(this, a.value, io) }));
      if (this.xtrace && values.length > 0) io.stderr.write(`+ ${values.map((v) => `${v.name}=${traceQuote(v.value)}`).join(' ')}\n`);
      for (const v of values) this.vars.set(v.name, v.value);
      const redirected = this.applyRedirects(cmd.redirects, io);
      if (redirected === undefined) return (this.status = 1);
      return (this.status = this.substStatus ?? 0);
    }
    const assigns: EnvVar[] = cmd.assignments.map((a) => ({ name: a.name, value: expandString(this, a.value, io) }));
    if (this.xtrace) {
      const shown = assigns.map((v) => `${v.name}=${traceQuote(v.value)}`);
      // bash traces `VAR=x cmd` as two lines; ash as one.
      if (this.flavor === 'bash' && shown.length > 0) io.stderr.write(`+ ${shown.join(' ')}\n`);
      const line = this.flavor === 'bash' ? argv.map(traceQuote) : [...shown, ...argv.map(traceQuote)];
      io.stderr.write(`+ ${line.join(' ')}\n`);
    }
    const redirected = this.applyRedirects(cmd.redirects, io);
    if (redirected === undefined) return (this.status = this.flavor === 'dash' ? 2 : 1);
    return (this.status = this.run(argv, assigns, redirected));
  }

  /** Runs a command by name: builtin, applet or external program. */
  run(argv: string[], assigns: readonly EnvVar[], io: Stdio): number {
    const fn = this.functions.get(argv[0]);
    const builtin: Builtin | undefined = own(BUILTINS, argv[0]);
    if (fn !== undefined && !(builtin?.special ?? false)) return this.callFunction(fn, argv, assigns, io);
    if (builtin !== undefined && (builtin.dialects === undefined || builtin.dialects.includes(this.dialect))) {
      if (builtin.special) {
        for (const a of assigns) this.vars.set(a.name, a.value);
        return builtin.run(this, argv, io);
      }
      if (assigns.length === 0) return builtin.run(this, argv, io);
      const saved = this.vars;
      this.vars = saved.clone();
      for (const a of assigns) this.vars.set(a.name, a.value, true);
      try {
        return builtin.run(this, argv, io);
      } finally {
        this.vars = saved;
      }
    }
    let env = this.vars.environment(assigns);
    const path = assigns.find((a) => a.name === 'PATH')?.value ?? this.vars.get('PATH');
    // bash hands each program `_`, the path it ran, last in the environment.
    if (this.flavor === 'bash') env = [...env.filter((v) => v.name !== '_'), { name: '_', value: argv[0].includes('/') ? argv[0] : `/usr/bin/${argv[0]}` }];
    return this.runProgram(argv, env, io, path);
  }

  private callFunction(body: Command, argv: string[], assigns: readonly EnvVar[], io: Stdio): number {
    const savedPositional = this.positional;
    for (const a of assigns) this.vars.set(a.name, a.value);
    this.positional = argv.slice(1);
    this.functionDepth++;
    if (++this.host.steps.depth > DEPTH_LIMIT) throw new LimitSignal('depth');
    try {
      return this.execCommand(body, io);
    } catch (err) {
      if (err instanceof ReturnSignal) return (this.status = err.code);
      throw err;
    } finally {
      this.host.steps.depth--;
      this.functionDepth--;
      this.positional = savedPositional;
    }
  }

  /**
   * Starts a program (not a builtin) and returns its exit status; a missing
   * program gets the shell's message and 127.
   */
  runProgram(argv: string[], env: readonly EnvVar[], io: Stdio, path: string | undefined, cwd = this.cwd, standalone = true): number {
    const found = this.resolveProgram(argv[0], path, cwd, standalone);
    switch (found.kind) {
      case 'unsimulated':
        this.shellError(io, `${argv[0]}: applet not simulated in the lab`);
        return 127;
      case 'applet':
        return this.startApplet(found.applet, found.name, argv, env, io, cwd);
      case 'external':
        return this.startExternal(argv, env, io, found.path, cwd) ?? this.notFound(argv[0], io);
      case 'script':
        return this.startScript(found.path, argv, env, io, cwd);
      case 'error':
        if (found.error === 'not-found') return this.notFound(argv[0], io);
        this.shellError(io, `${argv[0]}: ${found.error === 'is-a-directory' && this.dialect === 'bash' ? 'Is a directory' : 'Permission denied'}`);
        return 126;
    }
  }

  private notFound(name: string, io: Stdio): number {
    if (this.flavor === 'bash') {
      this.shellError(io, name.includes('/') ? `${name}: No such file or directory` : `${name}: command not found`);
    } else {
      this.shellError(io, `${name}: not found`);
    }
    return 127;
  }

  /**
   * Finds what a command name runs. In a container, busybox's `sh` (and
   * anything busybox execs) runs its applets by name without looking at PATH
   * (FEATURE_SH_STANDALONE: a recorded `rm /bin/cat; cat /etc/group` still
   * works); otherwise (`standalone` false: Docker starting a process) PATH is
   * searched in the container's file system and a file runs an applet only
   * when it is (a symlink to) the busybox binary. On the host, GNU coreutils
   * are always there and anything else goes to the `external` hook.
   */
  resolveProgram(name: string, path: string | undefined, cwd: string, standalone = true): ProgramLookup {
    const fs = this.host.fs;
    if (this.flavor === 'bash') {
      if (name.includes('/')) return this.lookupFile(normalizePath(name, cwd), name);
      const applet = own(this.host.applets, name);
      if (applet !== undefined) return { kind: 'applet', applet, name };
      return { kind: 'external' };
    }
    if (name.includes('/')) return this.lookupFile(normalizePath(name, cwd), name);
    if (standalone && BUSYBOX_ALL_APPLETS.has(name)) {
      const applet = own(this.host.applets, name);
      return applet === undefined ? { kind: 'unsimulated' } : { kind: 'applet', applet, name };
    }
    for (const dir of (path ?? DEFAULT_PATH).split(':')) {
      const candidate = normalizePath(`${dir === '' ? '.' : dir}/${name}`, cwd);
      let kind: string;
      try {
        kind = fs.stat(candidate).kind;
      } catch {
        continue;
      }
      if (kind !== 'file') continue;
      return this.lookupFile(candidate, name);
    }
    return { kind: 'error', error: 'not-found' };
  }

  private lookupFile(path: string, name: string): ProgramLookup {
    const fs = this.host.fs;
    let stat;
    try {
      stat = fs.stat(path);
    } catch {
      return { kind: 'error', error: 'not-found' };
    }
    if (stat.kind === 'dir') return { kind: 'error', error: this.dialect === 'bash' ? 'is-a-directory' : 'permission-denied' };
    let content = '';
    try {
      content = fs.readFile(path);
    } catch {
      return { kind: 'error', error: 'permission-denied' };
    }
    if (!isExecutable(stat.mode)) return { kind: 'error', error: 'permission-denied' };
    if (content === '@busybox') {
      const applet = basename(name);
      const impl = own(this.host.applets, applet);
      if (impl === undefined && BUSYBOX_ALL_APPLETS.has(applet)) return { kind: 'unsimulated' };
      return { kind: 'applet', applet: impl ?? busyboxMissingApplet, name: applet };
    }
    if (content === '@entrypoint') return { kind: 'external', path };
    return { kind: 'script', path };
  }

  startApplet(applet: Applet, name: string, argv: string[], env: readonly EnvVar[], io: Stdio, cwd: string, prefix = name): number {
    const proc: Proc = {
      name,
      prefix,
      args: argv.slice(1),
      dialect: this.dialect,
      fs: this.host.fs,
      cwd,
      env,
      hostname: this.host.hostname,
      user: this.host.user,
      now: () => this.host.now?.() ?? 0,
      stdin: io.stdin,
      stdout: io.stdout,
      stderr: io.stderr,
      sleep: (seconds) => {
        if ((this.host.sleep?.(seconds) ?? 'continue') === 'block') throw new BlockSignal();
      },
      exec: (childArgv, childEnv, childCwd) => {
        const pathVar = childEnv.find((v) => v.name === 'PATH')?.value;
        const found = this.resolveProgram(childArgv[0], pathVar, childCwd ?? cwd);
        if (found.kind === 'error') return found.error;
        if (found.kind === 'unsimulated') return 'not-found';
        if (found.kind === 'external' && this.host.external === undefined) return 'not-found';
        return this.runProgram(childArgv, childEnv, io, pathVar, childCwd ?? cwd);
      },
    };
    if (name === 'sh' || name === 'busybox') return this.startShellApplet(name, proc);
    return applet(proc);
  }

  private startExternal(argv: string[], env: readonly EnvVar[], io: Stdio, path: string | undefined, cwd: string): number | undefined {
    if (this.host.external === undefined) return undefined;
    const stdinText = io.stdin.readAll();
    const result: ExternalResult = this.host.external(argv, {
      stdin: stdinText,
      writeStdout: (text) => io.stdout.write(text),
      writeStderr: (text) => io.stderr.write(text),
      cwd,
      env,
      path,
    });
    if (result === 'block') throw new BlockSignal();
    return result;
  }

  /** A file without `#!`: the shell runs it as a script, in a new shell. */
  private startScript(path: string, argv: string[], env: readonly EnvVar[], io: Stdio, cwd: string): number {
    const src = this.host.fs.readFile(path);
    return runChildShell(this.host, { name: argv[0], commandName: argv[0], scriptFile: true, positional: argv.slice(1), cwd, env, flavor: this.flavor }, src, io);
  }

  /** `sh` (and `busybox sh`, `busybox APPLET`). */
  private startShellApplet(name: string, proc: Proc): number {
    const io: Stdio = { stdin: proc.stdin, stdout: proc.stdout, stderr: proc.stderr };
    if (name === 'busybox') {
      const [applet, ...rest] = proc.args;
      if (applet === undefined) {
        proc.stdout.write('BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n');
        return 0;
      }
      const impl = own(this.host.applets, applet);
      if (impl === undefined) {
        proc.stderr.write(BUSYBOX_ALL_APPLETS.has(applet) ? `${applet}: applet not simulated in the lab\n` : `${applet}: applet not found\n`);
        return 127;
      }
      return this.startApplet(impl, applet, [applet, ...rest], proc.env, io, proc.cwd);
    }
    const args = proc.args;
    let i = 0;
    let command: string | undefined;
    while (i < args.length && args[i].startsWith('-') && args[i] !== '-') {
      const flag = args[i];
      i++;
      if (flag === '--') break;
      if (flag.includes('c')) {
        command = args[i];
        i++;
        if (command === undefined) {
          proc.stderr.write(`sh: -c requires an argument\n`);
          return 2;
        }
        break;
      }
    }
    if (command !== undefined) {
      const positional = args.slice(i);
      const name0 = positional.shift();
      return runChildShell(
        this.host,
        { name: name0 ?? 'sh', commandName: name0, scriptFile: false, positional, cwd: proc.cwd, env: proc.env },
        command,
        io,
      );
    }
    const file = args[i];
    if (file === undefined) {
      const src = proc.stdin.readAll();
      return runChildShell(this.host, { name: 'sh', scriptFile: false, positional: [], cwd: proc.cwd, env: proc.env }, src, io);
    }
    let src: string;
    try {
      src = this.host.fs.readFile(normalizePath(file, proc.cwd));
    } catch (err) {
      proc.stderr.write(`sh: can't open '${file}': ${errText(err)}\n`);
      return 2;
    }
    return runChildShell(this.host, { name: file, commandName: file, scriptFile: true, positional: args.slice(i + 1), cwd: proc.cwd, env: proc.env }, src, io);
  }

  // ---- expansion (expand.ts) -----------------------------------------------

  expandWords(words: readonly Word[], io: Stdio): string[] {
    return expandWords(this, words, io);
  }

  expandString(word: Word, io: Stdio): string {
    return expandString(this, word, io);
  }

  // ---- redirections -------------------------------------------------------

  /** The streams after `redirects`, or undefined (after printing why) when one failed. */
  applyRedirects(redirects: readonly Redirect[], io: Stdio): Stdio | undefined {
    if (redirects.length === 0) return io;
    const fds: (Sink | Input | undefined)[] = [io.stdin, io.stdout, io.stderr];
    for (const r of redirects) {
      const target = r.heredoc !== undefined ? '' : this.expandString(r.target, io);
      if (r.op === '>&' || r.op === '<&') {
        if (target === '-') {
          fds[r.fd] = undefined;
          continue;
        }
        if (!/^\d+$/.test(target)) {
          if (r.op === '>&' && r.fd === 1) {
            // `>&file` is bash's and ash's spelling of `>file 2>&1`.
            const sink = this.openForWrite(target, false, io);
            if (sink === undefined) return undefined;
            fds[1] = sink;
            fds[2] = sink;
            continue;
          }
          this.shellError(io, `${target}: ambiguous redirect`);
          return undefined;
        }
        const source = fds[Number(target)];
        if (source === undefined) {
          if (this.flavor === 'bash') this.shellError(io, `${target}: Bad file descriptor`);
          else this.shellError(io, `${target}: bad file descriptor`);
          return undefined;
        }
        fds[r.fd] = source;
        continue;
      }
      if (r.op === '<<<') {
        fds[r.fd] = new Input(this.expandString(r.target, io) + '\n');
        continue;
      }
      if (r.op === '<<' || r.op === '<<-') {
        fds[r.fd] = new Input(r.heredoc === undefined ? '' : this.expandString(r.heredoc, io));
        continue;
      }
      if (r.op === '<' || r.op === '<>') {
        const input = this.openForRead(target, io);
        if (input === undefined) return undefined;
        fds[r.fd] = input;
        continue;
      }
      const sink = this.openForWrite(target, r.op === '>>', io);
      if (sink === undefined) return undefined;
      fds[r.fd] = sink;
    }
    const asInput = (fd: Sink | Input | undefined): Input => (fd instanceof Input ? fd : new Input(''));
    const asSink = (fd: Sink | Input | undefined): Sink => (fd === undefined || fd instanceof Input ? nullSink : fd);
    return { stdin: asInput(fds[0]), stdout: asSink(fds[1]), stderr: asSink(fds[2]) };
  }

  private openForRead(target: string, io: Stdio): Input | undefined {
    const path = normalizePath(target, this.cwd);
    const device = deviceContent(path);
    if (device !== undefined) return new Input(device);
    if (path === '/dev/stdin') return io.stdin;
    try {
      const stat = this.host.fs.stat(path);
      if (stat.kind === 'dir') return new Input('\0EISDIR');
      return new Input(this.host.fs.readFile(path));
    } catch (err) {
      if (this.flavor === 'bash') this.shellError(io, `${target}: ${errText(err)}`);
      else if (this.flavor === 'dash') this.shellError(io, `cannot open ${target}: ${errCode(err) === 'ENOENT' ? 'No such file' : errText(err)}`);
      else this.shellError(io, `can't open ${target}: ${ashOpenText(err)}`);
      return undefined;
    }
  }

  private openForWrite(target: string, append: boolean, io: Stdio): Sink | undefined {
    const path = normalizePath(target, this.cwd);
    if (path === '/dev/null') return nullSink;
    if (path === '/dev/stdout') return io.stdout;
    if (path === '/dev/stderr') return io.stderr;
    const fs = this.host.fs;
    try {
      if (target === '') throw new FsError('ENOENT', target);
      // Opening truncates (or, for >>, opens for append: overlayfs copies the file up either way).
      fs.writeFile(path, '', { append });
    } catch (err) {
      if (this.flavor === 'bash') this.shellError(io, `${target}: ${errText(err)}`);
      else if (this.flavor === 'dash') this.shellError(io, `cannot create ${target}: ${errCode(err) === 'ENOENT' ? 'Directory nonexistent' : errText(err)}`);
      else this.shellError(io, `can't create ${target}: ${ashCreateText(err)}`);
      return undefined;
    }
    return {
      write: (text: string) => {
        if (text === '') return;
        try {
          fs.writeFile(path, text, { append: true });
        } catch {
          // The file vanished while open: a real write would go to the unlinked inode.
        }
      },
    };
  }

}

export type ProgramLookup =
  | { kind: 'applet'; applet: Applet; name: string }
  | { kind: 'external'; path?: string }
  | { kind: 'script'; path: string }
  /** A real busybox applet the lab does not implement. */
  | { kind: 'unsimulated' }
  | { kind: 'error'; error: 'not-found' | 'permission-denied' | 'is-a-directory' };

function isExecutable(mode: string): boolean {
  const bits = parseInt(mode, 8);
  return Number.isNaN(bits) || (bits & 0o111) !== 0;
}

/** A symlink to busybox under a name busybox has no applet for. */
const busyboxMissingApplet: Applet = (proc) => {
  proc.stderr.write(`${proc.name}: applet not found\n`);
  return 127;
};

export interface ChildShellOptions {
  name: string;
  scriptFile: boolean;
  positional: string[];
  cwd: string;
  env: readonly EnvVar[];
  /** ash's `commandname` (see ShellOptions). */
  commandName?: string;
  /** Default: dash on the host (its `sh`), ash in a container. */
  flavor?: ShellFlavor;
}

/**
 * Starts a new shell process (`sh -c`, `sh file`, a script): its variables come
 * from `env`; busybox ash then sets SHLVL, PPID, HOSTNAME and PWD at startup.
 */
export function runChildShell(host: ShellHost, options: ChildShellOptions, src: string, io: Stdio): number {
  if (++host.steps.depth > DEPTH_LIMIT) throw new LimitSignal('depth');
  try {
    return runChildShellUnlimited(host, options, src, io);
  } finally {
    host.steps.depth--;
  }
}

function runChildShellUnlimited(host: ShellHost, options: ChildShellOptions, src: string, io: Stdio): number {
  const vars = startupVars(host, options.env, options.cwd);
  const shell = new Shell(host, {
    name: options.name,
    scriptFile: options.scriptFile,
    commandName: options.commandName,
    // On the host, `sh` is dash (Debian), not bash.
    flavor: options.flavor ?? (host.dialect === 'bash' ? 'dash' : 'ash'),
    positional: options.positional,
    cwd: options.cwd,
    vars,
  });
  return shell.runAsProcess(src, io);
}

/** The variables a freshly started shell has. */
export function startupVars(host: ShellHost, env: readonly EnvVar[], cwd: string): VarTable {
  const vars = new VarTable(host.dialect);
  for (const { name, value } of env) vars.set(name, value, true);
  if (host.dialect === 'busybox') {
    vars.set('PPID', '0');
    const level = Number.parseInt(vars.get('SHLVL') ?? '0', 10);
    vars.set('SHLVL', String((Number.isNaN(level) ? 0 : level) + 1), true);
    if (!vars.isSet('HOSTNAME')) vars.set('HOSTNAME', host.hostname);
    vars.set('PWD', cwd, true);
  }
  return vars;
}
