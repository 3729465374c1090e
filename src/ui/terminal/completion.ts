/**
 * Tab completion for the lab's terminal: command names, docker subcommands
 * and their aliases, the flags of the command being typed (all read from the
 * command table, never listed twice), and the names of containers, volumes
 * and images in the world. Pure: a line and a world in, a line out.
 */
import {
  COMMANDS,
  GLOBAL_FLAGS,
  groupCommand,
  topLevelCommand,
  type CommandGroup,
  type CommandSpec,
  type FlagSpec,
} from '../../engine/cli/commandTable.ts';
import { catalog } from '../../engine/docker/catalog.ts';
import type { World } from '../../engine/docker/world.ts';
import { HOST_PROGRAMS } from '../../engine/shell/applets/index.ts';

/** Where the line will run: the learner's host shell, or a shell opened in a container. */
export type CompletionMode = 'host' | 'container';

export interface Completion {
  /** The text before the cursor, completed as far as it is unambiguous. */
  line: string;
  /** Every match for the word being completed (several when it is ambiguous). */
  candidates: string[];
}

const GROUPS: readonly CommandGroup[] = ['container', 'image', 'volume'];

/** The words the terminal itself understands, on top of the host's programs. */
export const TERMINAL_WORDS = ['help', 'clear'] as const;

/** Host shell words worth completing: the programs, the builtins a learner uses, docker. */
export function hostCommandNames(): string[] {
  return sorted(['docker', ...TERMINAL_WORDS, 'cd', 'export', ...Object.keys(HOST_PROGRAMS).filter((n) => n !== '[')]);
}

interface Words {
  /** Words of the current simple command before the one being typed (quotes removed). */
  done: string[];
  /** The word under the cursor, or '' after a space. */
  current: string;
  /** The current word opens a quote: nothing is completed inside quotes. */
  quoted: boolean;
}

/** Splits the end of a line into the words of its last simple command (after `;`, `&&`, `|`). */
export function splitWords(text: string): Words {
  let done: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  let quoted = false;
  for (const ch of text) {
    if (quote !== null) {
      if (ch === quote) quote = null;
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
      quoted = true;
    } else if (ch === ' ' || ch === '\t') {
      if (inWord) done.push(word);
      word = '';
      inWord = false;
      quoted = false;
    } else if (ch === ';' || ch === '&' || ch === '|') {
      done = [];
      word = '';
      inWord = false;
      quoted = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  return { done, current: inWord ? word : '', quoted };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function sorted(values: string[]): string[] {
  return unique(values).sort();
}

/** `docker` followed by these words reaches a command (`rm`, `ps`, `images`, `inspect`). */
function topLevelNames(): string[] {
  return sorted([...GROUPS, ...COMMANDS.flatMap((c) => (c.topLevel === null ? [] : [c.topLevel]))]);
}

function groupNames(group: CommandGroup): string[] {
  return sorted(COMMANDS.filter((c) => c.group === group).flatMap((c) => [c.name, ...c.aliases]));
}

function flagWords(flags: readonly FlagSpec[], current: string): string[] {
  const long = flags.map((f) => `--${f.name}`);
  const short = current.startsWith('--') ? [] : flags.flatMap((f) => (f.shorthand === '' ? [] : [`-${f.shorthand}`]));
  return sorted([...long, ...short, '--help']);
}

/** The flag a word names (`--volume`, `--volume=x`, `-v`, or the last letter of `-dv`). */
function flagOf(word: string, flags: readonly FlagSpec[]): { flag: FlagSpec | undefined; inlineValue: boolean } {
  if (word.startsWith('--')) {
    const [name, ...rest] = word.slice(2).split('=');
    return { flag: flags.find((f) => f.name === name), inlineValue: rest.length > 0 };
  }
  const letters = word.slice(1);
  const last = letters[letters.length - 1];
  return { flag: flags.find((f) => f.shorthand === last), inlineValue: false };
}

export function containerNames(world: World): string[] {
  return world.containers.map((c) => c.name);
}

export function volumeNames(world: World): string[] {
  return world.volumes.map((v) => v.name);
}

/** Images by repository (`nginx`) and by every tag (`nginx:1.27`). */
export function imageNames(world: World): string[] {
  return sorted(
    world.images.filter((i) => !i.deleted).flatMap((i) => i.repoTags.flatMap((tag) => [tag.split(':')[0], tag])),
  );
}

/** What a flag's value can be completed from (only the flags whose values name things). */
function flagValueCandidates(flag: FlagSpec, world: World): string[] {
  if (flag.name === 'volume') return volumeNames(world).map((name) => `${name}:`);
  if (flag.name === 'volumes-from') return containerNames(world);
  return [];
}

/** What the command's positional argument number `position` (0-based) names. */
function positionalCandidates(spec: CommandSpec, position: number, world: World): string[] {
  switch (spec.id) {
    case 'container.run':
    case 'container.create':
      return position === 0 ? imageNames(world) : position === 1 ? [...catalog.applets] : [];
    case 'container.exec':
      return position === 0 ? containerNames(world) : position === 1 ? [...catalog.applets] : [];
    case 'container.cp':
      return containerNames(world).map((name) => `${name}:`);
    case 'container.commit':
    case 'container.rename':
      return position === 0 ? containerNames(world) : [];
    case 'image.tag':
      return position === 0 ? imageNames(world) : [];
    case 'inspect':
      return sorted([...containerNames(world), ...volumeNames(world), ...imageNames(world)]);
    default:
      break;
  }
  if (spec.args.kind === 'none') return [];
  if (spec.group === 'container') return containerNames(world);
  if (spec.group === 'image') return imageNames(world);
  return volumeNames(world);
}

/** The candidates for the word being typed after `docker`. */
function dockerCandidates(args: string[], current: string, world: World): string[] {
  let i = 0;
  // Global flags come before the command name (`docker -D ps`).
  while (i < args.length && args[i].startsWith('-')) {
    const { flag, inlineValue } = flagOf(args[i], GLOBAL_FLAGS);
    i += flag !== undefined && flag.type !== 'bool' && !inlineValue ? 2 : 1;
  }
  if (i >= args.length) return current.startsWith('-') ? flagWords(GLOBAL_FLAGS, current) : topLevelNames();
  let spec: CommandSpec | undefined;
  const first = args[i++];
  if ((GROUPS as readonly string[]).includes(first)) {
    if (i >= args.length) return groupNames(first as CommandGroup);
    spec = groupCommand(first as CommandGroup, args[i++]);
  } else {
    spec = topLevelCommand(first);
  }
  if (spec === undefined) return [];
  return argumentCandidates(spec, args.slice(i), current, world);
}

function argumentCandidates(spec: CommandSpec, args: string[], current: string, world: World): string[] {
  let position = 0;
  let flagsEnded = false;
  let awaiting: FlagSpec | undefined;
  for (const word of args) {
    if (awaiting !== undefined) {
      awaiting = undefined;
    } else if (!flagsEnded && word === '--') {
      flagsEnded = true;
    } else if (!flagsEnded && word.startsWith('-') && word !== '-') {
      const { flag, inlineValue } = flagOf(word, spec.flags);
      if (flag !== undefined && flag.type !== 'bool' && !inlineValue) awaiting = flag;
    } else {
      position++;
      // run, create and exec stop reading flags at the first positional: the rest is the command.
      if (!spec.interspersed) flagsEnded = true;
    }
  }
  if (awaiting !== undefined) return flagValueCandidates(awaiting, world);
  if (!flagsEnded && current.startsWith('-')) return flagWords(spec.flags, current);
  return positionalCandidates(spec, position, world);
}

function commonPrefix(words: string[]): string {
  let prefix = words[0] ?? '';
  for (const word of words) {
    while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}

/**
 * Completes the word before the cursor. One match is completed with a space
 * after it (none after a `name:` that still wants a path); several are
 * completed to their common prefix and returned for the terminal to list.
 */
export function complete(before: string, world: World, mode: CompletionMode = 'host'): Completion {
  const { done, current, quoted } = splitWords(before);
  if (quoted) return { line: before, candidates: [] };
  let pool: string[];
  if (done.length === 0) pool = mode === 'host' ? hostCommandNames() : unique(['exit', 'clear', ...catalog.applets]);
  else if (done[0] === 'docker') pool = dockerCandidates(done.slice(1), current, world);
  else pool = [];
  const candidates = pool.filter((c) => c.startsWith(current));
  if (candidates.length === 0) return { line: before, candidates };
  const stem = before.slice(0, before.length - current.length);
  if (candidates.length === 1) {
    const [only] = candidates;
    return { line: stem + only + (only.endsWith(':') ? '' : ' '), candidates };
  }
  return { line: stem + commonPrefix(candidates), candidates };
}
