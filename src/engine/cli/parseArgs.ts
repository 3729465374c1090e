/**
 * The docker command line's parser: argv (already split by the shell) in, a parsed command
 * or the exact text Docker 26.1 prints out. It follows cobra + pflag as the docker CLI uses
 * them (Traverse from the root, flags per command, `--` ends flags, run/create/exec stop
 * at the first positional) and every message was checked against the real engine.
 *
 * Pure: no world, no I/O. The commands' implementations start from `ParsedCommand`.
 */

import {
  COMMANDS,
  GLOBAL_FLAGS,
  UNSUPPORTED_COMMANDS,
  groupCommand,
  topLevelCommand,
  type ArgsRule,
  type CommandGroup,
  type CommandSpec,
  type FlagSpec,
  type FlagValue,
} from './commandTable.ts';
import {
  COMMAND_HELP,
  CONTAINER_GROUP_HELP,
  HELP_HELP,
  IMAGE_GROUP_HELP,
  ROOT_HELP,
  VERSION_LINE,
  VOLUME_GROUP_HELP,
  VOLUME_GROUP_HELP_UNKNOWN,
  SYSTEM_GROUP_HELP,
} from './help/helpTexts.ts';

/** A command line that names a modelled command and parsed cleanly. */
export interface ParsedCommand {
  readonly kind: 'command';
  readonly command: CommandSpec;
  /** The path Docker names the command by in its messages: `docker rm`, `docker container rm` (also for `container remove`). */
  readonly path: string;
  /** Every flag of the command keyed by long name, defaults filled in. */
  readonly flags: Readonly<Record<string, FlagValue>>;
  /** Long names of the flags given on the command line, in the order first given (Docker's `flags.Changed`). */
  readonly changed: readonly string[];
  /** Positionals. For run/create: the image then the container's command; for exec: the container then the command. */
  readonly args: readonly string[];
  /** The root's flags (`docker -D ps`), defaults filled in. */
  readonly globalFlags: Readonly<Record<string, FlagValue>>;
  /** Text Docker prints on stdout before running the command (the `-h` deprecation line, e.g. `docker rm -h=false x`), usually ''. */
  readonly notice: string;
}

/**
 * Text to print and the exit code: `--help` (exit 0), usage errors (exit 1 or 125). `output`
 * is exact and ends with a newline. `stream` is where Docker writes it; a transcript shows
 * both streams together, so only pipes and redirections care.
 */
export interface CliOutput {
  readonly kind: 'output';
  readonly output: string;
  readonly exitCode: number;
  readonly stream: 'stdout' | 'stderr';
}

/** The brief's name for a usage error; the same shape as any other printed result. */
export type CliFailure = CliOutput;

/** A real docker command the simulator does not model (`docker network ls`, `docker build`). */
export interface UnsupportedCommand {
  readonly kind: 'unsupported';
  /** `docker network` or `docker container top`. */
  readonly path: string;
  /** What followed the command name. */
  readonly args: readonly string[];
}

/** What `parseDockerArgs` returns. */
export type CliResult = ParsedCommand | CliOutput | UnsupportedCommand;

/**
 * Parses a docker command line the way the Docker 26.1 CLI does.
 *
 * @param argv the words after `docker`, e.g. `['run', '-d', '--name=web', 'nginx']`.
 * @returns a `ParsedCommand`, or the `CliOutput` Docker prints instead of running anything
 *   (help, usage errors, `docker -v`), or `UnsupportedCommand` for real but unmodelled commands.
 */
export function parseDockerArgs(argv: readonly string[]): CliResult {
  const session: Session = { help: false, notices: '' };
  const rootFlags = flagSet(GLOBAL_FLAGS, false, session);
  const found = traverse(argv, rootFlags, (name) => isRootCommand(name), true);
  if (found.kind === 'stop') {
    return rootExecute(argv, rootFlags, session);
  }
  const flagError = parseFlags(rootFlags, found.flags);
  if (typeof flagError === 'string') return rootFlagError(flagError, session);
  const globalFlags = rootFlags.values;
  const name = argv[found.index];
  const rest = argv.slice(found.index + 1);
  if (name === 'help') return helpCommand(rest, session);
  if (name === 'container' || name === 'image' || name === 'volume' || name === 'system') {
    return groupLevel(name, rest, session, globalFlags);
  }
  const spec = topLevelCommand(name);
  if (spec) return leaf(spec, `docker ${name}`, rest, session, globalFlags);
  return { kind: 'unsupported', path: `docker ${name}`, args: rest };
}

/** `Usage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]`-style help for a command reached by `path`. */
export function commandHelp(spec: CommandSpec, path: string): string {
  return COMMAND_HELP[spec.id].replace('{{path}}', path);
}

/**
 * Docker's form for an error that `docker run`/`create` find after parsing flags
 * (`docker: invalid reference format.` + `See 'docker run --help'.`, exit 125).
 *
 * @param path the command path, e.g. `docker run` (use `ParsedCommand.path`).
 * @param message the message without the `docker: ` prefix, usually ending with a period.
 */
export function runStyleError(path: string, message: string): CliOutput {
  return stderr(`docker: ${message}\nSee '${path} --help'.\n`, 125);
}

/** Reads a bool flag from a parsed command; throws if the command has no such bool flag. */
export function flagBool(parsed: ParsedCommand, name: string): boolean {
  const value = parsed.flags[name];
  if (typeof value !== 'boolean') throw new Error(`${parsed.command.id} has no bool flag --${name}`);
  return value;
}

/** Reads a string flag from a parsed command; throws if the command has no such string flag. */
export function flagString(parsed: ParsedCommand, name: string): string {
  const value = parsed.flags[name];
  if (typeof value !== 'string') throw new Error(`${parsed.command.id} has no string flag --${name}`);
  return value;
}

/** Reads a numeric flag (int, uint16, bytes, duration in ns, decimal); throws if there is none. */
export function flagNumber(parsed: ParsedCommand, name: string): number {
  const value = parsed.flags[name];
  if (typeof value !== 'number') throw new Error(`${parsed.command.id} has no numeric flag --${name}`);
  return value;
}

/** Reads a repeatable flag's values in the order given; throws if there is none. */
export function flagList(parsed: ParsedCommand, name: string): readonly string[] {
  const value = parsed.flags[name];
  if (!Array.isArray(value)) throw new Error(`${parsed.command.id} has no list flag --${name}`);
  return value as readonly string[];
}

// ---------------------------------------------------------------------------
// Levels: root, management group, leaf

interface Session {
  /** cobra's --help is a persistent flag of the root: `docker --help rm` shows rm's help. */
  help: boolean;
  /** Deprecation lines printed so far. */
  notices: string;
}

function isRootCommand(name: string): boolean {
  return (
    name === 'help' ||
    name === 'container' ||
    name === 'image' ||
    name === 'volume' ||
    name === 'system' ||
    topLevelCommand(name) !== undefined ||
    UNSUPPORTED_COMMANDS.root.includes(name)
  );
}

const GROUP_HELP: Record<CommandGroup, string> = {
  container: CONTAINER_GROUP_HELP,
  image: IMAGE_GROUP_HELP,
  volume: VOLUME_GROUP_HELP,
  system: SYSTEM_GROUP_HELP,
};

function rootExecute(argv: readonly string[], rootFlags: FlagSet, session: Session): CliOutput {
  const parsed = parseFlags(rootFlags, argv);
  if (typeof parsed === 'string') return rootFlagError(parsed, session);
  if (session.help) return stdout(session.notices + ROOT_HELP, 0);
  if (parsed.length === 0) {
    if (rootFlags.values.version === true) return stdout(session.notices + VERSION_LINE, 0);
    return { kind: 'output', output: session.notices + ROOT_HELP, exitCode: 0, stream: 'stderr' };
  }
  return stderr(`${session.notices}docker: '${parsed[0]}' is not a docker command.\nSee 'docker --help'\n`, 1);
}

function rootFlagError(message: string, session: Session): CliOutput {
  // The root prints its whole help after the error, then one more blank line.
  return stderr(`${session.notices}${message}\nSee 'docker --help'.\n${ROOT_HELP}\n`, 125);
}

function groupLevel(
  group: CommandGroup,
  argv: readonly string[],
  session: Session,
  globalFlags: Record<string, FlagValue>,
): CliResult {
  const groupFlags = flagSet([], true, session);
  const found = traverse(
    argv,
    groupFlags,
    (name) => groupCommand(group, name) !== undefined || UNSUPPORTED_COMMANDS[group].includes(name),
    false,
  );
  // Like the root, a group prints its help after a flag error, then one more blank line.
  const groupFlagError = (message: string): CliOutput =>
    stderr(`${session.notices}${message}\nSee 'docker ${group} --help'.\n${GROUP_HELP[group]}\n`, 125);
  if (found.kind === 'stop') {
    const positionals = parseFlags(groupFlags, argv);
    if (typeof positionals === 'string') return groupFlagError(positionals);
    if (session.help) return stdout(session.notices + GROUP_HELP[group], 0);
    if (positionals.length === 0) {
      return { kind: 'output', output: session.notices + GROUP_HELP[group], exitCode: 0, stream: 'stderr' };
    }
    // An unknown subcommand prints the help (listing the hidden `update` for volumes), exit 1:
    // test/conformance/53-volume-cli.t.
    const help = group === 'volume' ? VOLUME_GROUP_HELP_UNKNOWN : GROUP_HELP[group];
    return stderr(session.notices + help, 1);
  }
  const flagError = parseFlags(groupFlags, found.flags);
  if (typeof flagError === 'string') return groupFlagError(flagError);
  const name = argv[found.index];
  const rest = argv.slice(found.index + 1);
  const spec = groupCommand(group, name);
  if (!spec) return { kind: 'unsupported', path: `docker ${group} ${name}`, args: rest };
  return leaf(spec, `docker ${group} ${spec.name}`, rest, session, globalFlags);
}

function leaf(
  spec: CommandSpec,
  path: string,
  argv: readonly string[],
  session: Session,
  globalFlags: Record<string, FlagValue>,
): CliResult {
  const flags = flagSet(spec.flags, spec.interspersed, session);
  const positionals = parseFlags(flags, argv);
  if (typeof positionals === 'string') {
    return stderr(`${session.notices}${positionals}\nSee '${path} --help'.\n`, 125);
  }
  if (session.help) return stdout(session.notices + commandHelp(spec, path), 0);
  const argsError = checkArgs(spec, path, positionals.length);
  if (argsError) return stderr(session.notices + argsError, 1);
  return {
    kind: 'command',
    command: spec,
    path,
    flags: flags.values,
    changed: flags.changed,
    args: positionals,
    globalFlags,
    notice: session.notices,
  };
}

/** `docker help [COMMAND...]`. */
function helpCommand(argv: readonly string[], session: Session): CliResult {
  const flags = flagSet([], true, session);
  const topics = parseFlags(flags, argv);
  if (typeof topics === 'string') return stderr(`${session.notices}${topics}\nSee 'docker help --help'.\n`, 125);
  if (session.help) return stdout(session.notices + HELP_HELP, 0);
  const unknown = (topic: string): CliOutput => stderr(`${session.notices}unknown help topic: ${topic}\n`, 1);
  if (topics.length === 0) return stdout(session.notices + ROOT_HELP, 0);
  const [first, second, third] = topics;
  if (first === 'help') return topics.length > 1 ? unknown(second) : stdout(session.notices + HELP_HELP, 0);
  if (first === 'container' || first === 'image' || first === 'volume' || first === 'system') {
    if (topics.length === 1) return stdout(session.notices + GROUP_HELP[first], 0);
    const spec = groupCommand(first, second);
    if (!spec) {
      if (UNSUPPORTED_COMMANDS[first].includes(second)) {
        return { kind: 'unsupported', path: `docker ${first} ${second}`, args: ['--help'] };
      }
      return unknown(second);
    }
    if (topics.length > 2) return unknown(third);
    return stdout(session.notices + commandHelp(spec, `docker ${first} ${spec.name}`), 0);
  }
  const spec = topLevelCommand(first);
  if (!spec) {
    if (UNSUPPORTED_COMMANDS.root.includes(first)) return { kind: 'unsupported', path: `docker ${first}`, args: ['--help'] };
    return unknown(first);
  }
  if (topics.length > 1) return unknown(second);
  return stdout(session.notices + commandHelp(spec, `docker ${first}`), 0);
}

function checkArgs(spec: CommandSpec, path: string, count: number): string | null {
  const problem = argsProblem(spec.args, path, count);
  if (!problem) return null;
  return `${problem}\nSee '${path} --help'.\n\nUsage:  ${path} ${spec.use}\n\n${spec.short}\n`;
}

function argsProblem(rule: ArgsRule, path: string, count: number): string | null {
  const plural = (n: number): string => (n === 1 ? 'argument' : 'arguments');
  switch (rule.kind) {
    case 'none':
      return count === 0 ? null : `"${path}" accepts no arguments.`;
    case 'min':
      return count >= rule.min ? null : `"${path}" requires at least ${rule.min} ${plural(rule.min)}.`;
    case 'max':
      return count <= rule.max ? null : `"${path}" requires at most ${rule.max} ${plural(rule.max)}.`;
    case 'exact':
      return count === rule.count ? null : `"${path}" requires exactly ${rule.count} ${plural(rule.count)}.`;
    case 'range':
      return count >= rule.min && count <= rule.max
        ? null
        : `"${path}" requires at least ${rule.min} and at most ${rule.max} ${plural(rule.max)}.`;
  }
}

// ---------------------------------------------------------------------------
// cobra's Traverse: find the subcommand name among flags meant for this level

type TraverseResult = { kind: 'found'; index: number; flags: readonly string[] } | { kind: 'stop' };

function traverse(
  argv: readonly string[],
  flags: FlagSet,
  isChild: (name: string) => boolean,
  isRoot: boolean,
): TraverseResult {
  const collected: string[] = [];
  let inFlag = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (isRoot && arg === '--' && !inFlag && i + 1 < argv.length && isChild(argv[i + 1])) {
      // `docker -- rm` runs rm (recorded); cobra's heuristic alone would take `rm` as a value.
      return { kind: 'found', index: i + 1, flags: collected };
    }
    if (arg.startsWith('--') && !arg.includes('=')) {
      // cobra guesses: a long flag without `=` takes the next word unless it is a bool.
      inFlag = !isBoolFlag(flags.byName.get(arg.slice(2)));
      collected.push(arg);
      continue;
    }
    if (arg.startsWith('-') && !arg.includes('=') && arg.length === 2 && !isBoolFlag(flags.byShorthand.get(arg[1]))) {
      inFlag = true;
      collected.push(arg);
      continue;
    }
    if (inFlag) {
      inFlag = false;
      collected.push(arg);
      continue;
    }
    if ((arg.length >= 3 && arg.startsWith('--')) || (arg.length >= 2 && arg[0] === '-' && arg[1] !== '-')) {
      collected.push(arg);
      continue;
    }
    if (!isChild(arg)) return { kind: 'stop' };
    return { kind: 'found', index: i, flags: collected };
  }
  return { kind: 'stop' };
}

function isBoolFlag(flag: FlagSpec | undefined): boolean {
  return flag !== undefined && flag.type === 'bool';
}

// ---------------------------------------------------------------------------
// pflag

interface FlagSet {
  readonly byName: Map<string, FlagSpec>;
  readonly byShorthand: Map<string, FlagSpec>;
  readonly interspersed: boolean;
  readonly values: Record<string, FlagValue>;
  readonly changed: string[];
  readonly session: Session;
}

const HELP_FLAG_NAME = 'help';

function flagSet(flags: readonly FlagSpec[], interspersed: boolean, session: Session): FlagSet {
  const byName = new Map<string, FlagSpec>();
  const byShorthand = new Map<string, FlagSpec>();
  const values: Record<string, FlagValue> = {};
  for (const flag of flags) {
    byName.set(flag.name, flag);
    if (flag.shorthand) byShorthand.set(flag.shorthand, flag);
    values[flag.name] = flag.defaultValue;
  }
  // cobra adds --help to every command; Docker deprecates its -h, and run/create use -h for --hostname.
  const help: FlagSpec = byShorthand.has('h')
    ? { name: HELP_FLAG_NAME, shorthand: '', type: 'bool', defaultValue: false }
    : { name: HELP_FLAG_NAME, shorthand: 'h', type: 'bool', defaultValue: false, shorthandDeprecated: 'please use --help' };
  byName.set(HELP_FLAG_NAME, help);
  if (help.shorthand) byShorthand.set(help.shorthand, help);
  return { byName, byShorthand, interspersed, values, changed: [], session };
}

/** pflag's FlagSet.Parse: the positionals, or the error message. */
function parseFlags(set: FlagSet, argv: readonly string[]): string[] | string {
  const positionals: string[] = [];
  let rest = [...argv];
  while (rest.length > 0) {
    const arg = rest[0];
    rest = rest.slice(1);
    if (arg.length < 2 || arg[0] !== '-') {
      positionals.push(arg);
      if (!set.interspersed) {
        positionals.push(...rest);
        return positionals;
      }
      continue;
    }
    if (arg[1] === '-') {
      if (arg.length === 2) {
        positionals.push(...rest);
        return positionals;
      }
      const result = parseLongArg(set, arg, rest);
      if (typeof result === 'string') return result;
      rest = result;
    } else {
      let shorthands = arg.slice(1);
      while (shorthands.length > 0) {
        const result = parseSingleShortArg(set, shorthands, rest);
        if (typeof result === 'string') return result;
        [shorthands, rest] = result;
      }
    }
  }
  return positionals;
}

function parseLongArg(set: FlagSet, arg: string, rest: string[]): string[] | string {
  const body = arg.slice(2);
  if (body.length === 0 || body[0] === '-' || body[0] === '=') return `bad flag syntax: ${arg}`;
  const eq = body.indexOf('=');
  const name = eq < 0 ? body : body.slice(0, eq);
  const flag = set.byName.get(name);
  if (!flag) return `unknown flag: --${name}`;
  let value: string;
  if (eq >= 0) {
    value = body.slice(eq + 1);
  } else if (flag.type === 'bool') {
    value = 'true';
  } else if (rest.length > 0) {
    value = rest[0];
    rest = rest.slice(1);
  } else {
    return `flag needs an argument: ${arg}`;
  }
  const error = setFlag(set, flag, value);
  return error ?? rest;
}

function parseSingleShortArg(set: FlagSet, shorthands: string, rest: string[]): [string, string[]] | string {
  const c = shorthands[0];
  const flag = set.byShorthand.get(c);
  if (!flag) return `unknown shorthand flag: ${quoteRune(c)} in -${shorthands}`;
  let remaining = shorthands.slice(1);
  let value: string;
  if (shorthands.length > 2 && shorthands[1] === '=') {
    value = shorthands.slice(2);
    remaining = '';
  } else if (flag.type === 'bool') {
    value = 'true';
  } else if (shorthands.length > 1) {
    value = shorthands.slice(1);
    remaining = '';
  } else if (rest.length > 0) {
    value = rest[0];
    rest = rest.slice(1);
  } else {
    return `flag needs an argument: ${quoteRune(c)} in -${shorthands}`;
  }
  const error = setFlag(set, flag, value);
  if (error) return error;
  // Recorded: `docker rm -h=false` prints the deprecation, `docker volume create -h=x` does not.
  if (flag.shorthandDeprecated) {
    set.session.notices += `Flag shorthand -${flag.shorthand} has been deprecated, ${flag.shorthandDeprecated}\n`;
  }
  return [remaining, rest];
}

function setFlag(set: FlagSet, flag: FlagSpec, raw: string): string | null {
  const parsed = parseFlagValue(flag, raw);
  if (!parsed.ok) {
    const flagName = flag.shorthand && !flag.shorthandDeprecated ? `-${flag.shorthand}, --${flag.name}` : `--${flag.name}`;
    return `invalid argument ${goQuote(raw)} for ${goQuote(flagName)} flag: ${parsed.error}`;
  }
  if (flag.name === HELP_FLAG_NAME) {
    set.session.help = parsed.value as boolean;
  } else {
    const previous = set.values[flag.name];
    const isList = Array.isArray(flag.defaultValue);
    const changedBefore = set.changed.includes(flag.name);
    set.values[flag.name] = isList
      ? [...(changedBefore ? (previous as readonly string[]) : []), parsed.value as string]
      : parsed.value;
  }
  if (flag.name !== HELP_FLAG_NAME && !set.changed.includes(flag.name)) set.changed.push(flag.name);
  return null;
}

// ---------------------------------------------------------------------------
// Flag values: Go's strconv, time and go-units rules with their error texts

type ValueResult = { ok: true; value: FlagValue } | { ok: false; error: string };

function parseFlagValue(flag: FlagSpec, raw: string): ValueResult {
  const fail = (error: string): ValueResult => ({ ok: false, error });
  switch (flag.type) {
    case 'bool': {
      const value = parseGoBool(raw);
      return value === null ? fail(`strconv.ParseBool: parsing ${goQuote(raw)}: invalid syntax`) : { ok: true, value };
    }
    case 'int': {
      const result = parseGoInt(raw, 64, true);
      return typeof result === 'string' ? fail(`strconv.ParseInt: parsing ${goQuote(raw)}: ${result}`) : { ok: true, value: Number(result) };
    }
    case 'uint16': {
      const result = parseGoInt(raw, 16, false);
      return typeof result === 'string' ? fail(`strconv.ParseUint: parsing ${goQuote(raw)}: ${result}`) : { ok: true, value: Number(result) };
    }
    case 'duration': {
      const result = parseGoDuration(raw);
      return typeof result === 'string' ? fail(result) : { ok: true, value: result };
    }
    case 'bytes': {
      if (flag.check === 'memorySwap' && raw === '-1') return { ok: true, value: -1 };
      const result = parseRamInBytes(raw);
      return typeof result === 'string' ? fail(result) : { ok: true, value: result };
    }
    case 'decimal': {
      const result = parseNanoCpus(raw);
      return typeof result === 'string' ? fail(result) : { ok: true, value: result / 1e9 };
    }
    case 'filter':
      return raw.includes('=') ? { ok: true, value: raw } : fail('bad format of filter (expected name=value)');
    case 'mount': {
      const result = parseMountSpec(raw);
      return 'error' in result ? fail(result.error) : { ok: true, value: raw };
    }
    case 'list': {
      if (flag.check === 'env' && raw.split('=')[0] === '') return fail(`invalid environment variable: ${raw}`);
      if (flag.check === 'label') {
        const key = raw.split('=')[0].trim();
        if (key === '') return fail(`invalid label '${raw}': empty name`);
        if (/\s/.test(key)) return fail(`label '${key}' contains whitespaces`);
      }
      return { ok: true, value: raw };
    }
    default:
      return { ok: true, value: raw };
  }
}

/** Go's `%q` for a string (close enough: Go and JSON agree on printable text and common escapes). */
function goQuote(s: string): string {
  return JSON.stringify(s).replace(/\\u00([0-7][0-9a-f])/g, '\\x$1');
}

/** Go's `%q` for a byte/rune: `'z'`. */
function quoteRune(c: string): string {
  return c === "'" ? "'\\''" : `'${c}'`;
}

function parseGoBool(s: string): boolean | null {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return null;
}

/**
 * strconv.ParseInt / ParseUint with base 0 (pflag's int and uint16): `0x1f`, `0o17`, `017`,
 * `0b101`, `1_000`. Returns the value or `invalid syntax` / `value out of range`.
 */
function parseGoInt(s: string, bits: number, signed: boolean): bigint | string {
  let body = s;
  let negative = false;
  if (signed && (body.startsWith('+') || body.startsWith('-'))) {
    negative = body[0] === '-';
    body = body.slice(1);
  }
  if (body === '') return 'invalid syntax';
  let base = 10;
  let digits = body;
  if (body[0] === '0') {
    const prefix = body[1]?.toLowerCase();
    if (body.length >= 3 && (prefix === 'b' || prefix === 'o' || prefix === 'x')) {
      base = prefix === 'b' ? 2 : prefix === 'o' ? 8 : 16;
      digits = body.slice(2);
    } else {
      base = 8;
      digits = body.slice(1);
    }
  }
  let value = 0n;
  let sawUnderscore = false;
  for (const ch of digits) {
    if (ch === '_') {
      sawUnderscore = true;
      continue;
    }
    const d = parseInt(ch, 36);
    if (Number.isNaN(d) || d >= base || !/[0-9a-zA-Z]/.test(ch)) return 'invalid syntax';
    value = value * BigInt(base) + BigInt(d);
  }
  if (sawUnderscore && !underscoreOK(s)) return 'invalid syntax';
  const limit = signed ? 1n << BigInt(bits - 1) : 1n << BigInt(bits);
  if (signed) {
    if (negative ? value > limit : value >= limit) return 'value out of range';
    return negative ? -value : value;
  }
  return value >= limit ? 'value out of range' : value;
}

/** Go's strconv.underscoreOK: underscores only between digits (or after a base prefix). */
function underscoreOK(input: string): boolean {
  let s = input;
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && ['b', 'o', 'x'].includes(s[1].toLowerCase())) {
    i = 2;
    saw = '0';
    hex = s[1].toLowerCase() === 'x';
  }
  for (; i < s.length; i++) {
    const c = s[i];
    if ((c >= '0' && c <= '9') || (hex && c.toLowerCase() >= 'a' && c.toLowerCase() <= 'f')) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

const DURATION_UNITS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  'µs': 1e3,
  'μs': 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

/** Go's time.ParseDuration, in nanoseconds, or its error text. */
function parseGoDuration(orig: string): number | string {
  const invalid = `time: invalid duration ${goQuote(orig)}`;
  let s = orig;
  let negative = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') return invalid;
  let total = 0;
  while (s !== '') {
    if (!(s[0] === '.' || (s[0] >= '0' && s[0] <= '9'))) return invalid;
    const intPart = /^[0-9]*/.exec(s)![0];
    s = s.slice(intPart.length);
    let fracPart = '';
    let sawDot = false;
    if (s[0] === '.') {
      sawDot = true;
      s = s.slice(1);
      fracPart = /^[0-9]*/.exec(s)![0];
      s = s.slice(fracPart.length);
    }
    if (intPart === '' && fracPart === '') return invalid;
    const unit = /^[^0-9.]*/.exec(s)![0];
    if (unit === '') return `time: missing unit in duration ${goQuote(orig)}`;
    s = s.slice(unit.length);
    const scale = DURATION_UNITS[unit];
    if (scale === undefined) return `time: unknown unit ${goQuote(unit)} in duration ${goQuote(orig)}`;
    total += Number(`${intPart || '0'}${sawDot ? '.' + (fracPart || '0') : ''}`) * scale;
  }
  if (total > 2 ** 63 - 1) return invalid;
  return negative ? -total : total;
}

/** go-units RAMInBytes as vendored by the docker CLI 26 (regex form: `invalid size: '10x'`). */
function parseRamInBytes(s: string): number | string {
  const match = /^(\d+(\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(s);
  if (!match) return `invalid size: '${s}'`;
  if (!/^\d+(\.\d+)?$/.test(match[1])) return `strconv.ParseFloat: parsing ${goQuote(match[1])}: invalid syntax`;
  const multipliers: Record<string, number> = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40, p: 2 ** 50 };
  const unit = match[3]?.toLowerCase();
  return Math.trunc(Number(match[1]) * (unit ? multipliers[unit] : 1));
}

/** opts.ParseCPUs: a big.Rat times 1e9 that must come out whole. */
function parseNanoCpus(s: string): number | string {
  const notRational = `failed to parse ${s} as a rational number`;
  let numerator: bigint;
  let denominator: bigint;
  const fraction = /^([+-]?\d+)\/(\d+)$/.exec(s);
  const decimal = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
  if (fraction) {
    numerator = BigInt(fraction[1]);
    denominator = BigInt(fraction[2]);
    if (denominator === 0n) return notRational;
  } else if (decimal && (decimal[2] !== '' || (decimal[3] ?? '') !== '')) {
    const frac = decimal[3] ?? '';
    const exponent = Number(decimal[4] ?? '0') - frac.length;
    numerator = BigInt(`${decimal[1]}${decimal[2] || '0'}${frac}`);
    denominator = 1n;
    if (exponent >= 0) numerator *= 10n ** BigInt(exponent);
    else denominator = 10n ** BigInt(-exponent);
  } else {
    return notRational;
  }
  const nano = numerator * 1_000_000_000n;
  if (nano % denominator !== 0n) return 'value is too precise';
  return Number(nano / denominator);
}

// ---------------------------------------------------------------------------
// --mount

/** A `--mount` value, checked the way the docker CLI 26 checks it before talking to the daemon. */
export interface MountSpec {
  /** Lower-cased; `volume` unless given. The daemon, not the CLI, rejects unknown types. */
  readonly type: string;
  /** `source`/`src` as given ('' when absent; the CLI makes `./x` absolute, which needs the cwd). */
  readonly source: string;
  /** `target`/`dst`/`destination`. */
  readonly target: string;
  readonly readOnly: boolean;
  readonly volumeNoCopy: boolean;
  readonly volumeSubpath: string;
  readonly volumeDriver: string;
  readonly volumeLabels: Readonly<Record<string, string>>;
  readonly volumeOptions: Readonly<Record<string, string>>;
  readonly bindPropagation: string;
  readonly bindNonRecursive: boolean;
  readonly bindRecursive: string;
  /** Bytes, 0 when not given. */
  readonly tmpfsSize: number;
  /** File mode (octal in the spec), or null when not given. */
  readonly tmpfsMode: number | null;
  readonly consistency: string;
}

/**
 * Parses a `--mount` value (`type=volume,src=data,dst=/data,readonly`) like Docker's
 * `opts.MountOpt.Set`, with its error texts (`target is required`, `unexpected key 'x' in 'x=1'`).
 */
export function parseMountSpec(value: string): MountSpec | { error: string } {
  const fields = readCsvRecord(value);
  if ('error' in fields) return fields;
  const mount = {
    type: 'volume',
    source: '',
    target: '',
    readOnly: false,
    volumeNoCopy: false,
    volumeSubpath: '',
    volumeDriver: '',
    volumeLabels: {} as Record<string, string>,
    volumeOptions: {} as Record<string, string>,
    bindPropagation: '',
    bindNonRecursive: false,
    bindRecursive: '',
    tmpfsSize: 0,
    tmpfsMode: null as number | null,
    consistency: '',
  };
  let usesVolume = false;
  let usesBind = false;
  let usesTmpfs = false;
  const setOnMap = (target: Record<string, string>, entry: string): void => {
    const eq = entry.indexOf('=');
    const key = eq < 0 ? entry : entry.slice(0, eq);
    if (key !== '') target[key] = eq < 0 ? '' : entry.slice(eq + 1);
  };
  for (const field of fields.fields) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const val = eq < 0 ? '' : field.slice(eq + 1);
    if (eq < 0) {
      if (key === 'readonly' || key === 'ro') mount.readOnly = true;
      else if (key === 'volume-nocopy') (mount.volumeNoCopy = true), (usesVolume = true);
      else if (key === 'bind-nonrecursive') (mount.bindNonRecursive = true), (usesBind = true);
      else return { error: `invalid field '${field}' must be a key=value pair` };
      continue;
    }
    const invalidValue = { error: `invalid value for ${key}: ${val}` };
    switch (key) {
      case 'type':
        mount.type = val.toLowerCase();
        break;
      case 'source':
      case 'src':
        mount.source = val;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        mount.target = val;
        break;
      case 'readonly':
      case 'ro': {
        const b = parseGoBool(val);
        if (b === null) return invalidValue;
        mount.readOnly = b;
        break;
      }
      case 'consistency':
        mount.consistency = val.toLowerCase();
        break;
      case 'bind-propagation':
        usesBind = true;
        mount.bindPropagation = val.toLowerCase();
        break;
      case 'bind-nonrecursive': {
        usesBind = true;
        const b = parseGoBool(val);
        if (b === null) return invalidValue;
        mount.bindNonRecursive = b;
        break;
      }
      case 'bind-recursive': {
        usesBind = true;
        const b = parseGoBool(val);
        const mode = b === null ? val : b ? 'enabled' : 'disabled';
        if (!['enabled', 'disabled', 'writable', 'readonly'].includes(mode)) {
          return {
            error: `invalid value for ${key}: ${val} (must be "enabled", "disabled", "writable", or "readonly")`,
          };
        }
        mount.bindRecursive = mode;
        break;
      }
      case 'volume-nocopy': {
        usesVolume = true;
        const b = parseGoBool(val);
        if (b === null) return { error: `invalid value for volume-nocopy: ${val}` };
        mount.volumeNoCopy = b;
        break;
      }
      case 'volume-label':
        usesVolume = true;
        setOnMap(mount.volumeLabels, val);
        break;
      case 'volume-driver':
        usesVolume = true;
        mount.volumeDriver = val;
        break;
      case 'volume-opt':
        usesVolume = true;
        setOnMap(mount.volumeOptions, val);
        break;
      case 'volume-subpath':
        usesVolume = true;
        mount.volumeSubpath = val;
        break;
      case 'tmpfs-size': {
        usesTmpfs = true;
        const size = parseRamInBytes(val);
        if (typeof size === 'string') return invalidValue;
        mount.tmpfsSize = size;
        break;
      }
      case 'tmpfs-mode': {
        usesTmpfs = true;
        if (!/^[0-7]+$/.test(val) || parseInt(val, 8) > 0xffffffff) return invalidValue;
        mount.tmpfsMode = parseInt(val, 8);
        break;
      }
      default:
        return { error: `unexpected key '${key}' in '${field}'` };
    }
  }
  if (mount.type === '') return { error: 'type is required' };
  if (mount.target === '') return { error: 'target is required' };
  if (usesVolume && mount.type !== 'volume') return { error: `cannot mix 'volume-*' options with mount type '${mount.type}'` };
  if (usesBind && mount.type !== 'bind') return { error: `cannot mix 'bind-*' options with mount type '${mount.type}'` };
  if (usesTmpfs && mount.type !== 'tmpfs') return { error: `cannot mix 'tmpfs-*' options with mount type '${mount.type}'` };
  return mount;
}

/** The first record of Go's encoding/csv reader (comma-separated, `"` quoting), with its errors. */
function readCsvRecord(line: string): { fields: string[] } | { error: string } {
  const parseError = (column: number, message: string): { error: string } => ({
    error: `parse error on line 1, column ${column}: ${message}`,
  });
  const text = line.split('\n')[0].replace(/\r$/, '');
  if (line === '') return { error: 'EOF' };
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] !== '"') {
      const end = text.indexOf(',', i);
      const field = end < 0 ? text.slice(i) : text.slice(i, end);
      const quote = field.indexOf('"');
      if (quote >= 0) return parseError(i + quote + 1, 'bare " in non-quoted-field');
      fields.push(field);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    // Quoted field.
    let field = '';
    i++;
    for (;;) {
      const quote = text.indexOf('"', i);
      if (quote < 0) return parseError(text.length + 1, 'extraneous or missing " in quoted-field');
      field += text.slice(i, quote);
      i = quote + 1;
      if (text[i] === '"') {
        field += '"';
        i++;
        continue;
      }
      if (i >= text.length || text[i] === ',') break;
      return parseError(i, 'extraneous or missing " in quoted-field');
    }
    fields.push(field);
    if (i >= text.length) break;
    i++;
  }
  return { fields };
}

// ---------------------------------------------------------------------------

function stdout(output: string, exitCode: number): CliOutput {
  return { kind: 'output', output, exitCode, stream: 'stdout' };
}

function stderr(output: string, exitCode: number): CliOutput {
  return { kind: 'output', output, exitCode, stream: 'stderr' };
}

/** Every command id with every path that reaches it (aliases included: `docker container remove`), for completion and documentation. */
export function commandPaths(): readonly { readonly id: CommandSpec['id']; readonly paths: readonly string[] }[] {
  return COMMANDS.map((spec) => ({
    id: spec.id,
    paths: [
      ...(spec.topLevel ? [`docker ${spec.topLevel}`] : []),
      ...(spec.group ? [spec.name, ...spec.aliases].map((name) => `docker ${spec.group} ${name}`) : []),
    ],
  }));
}
