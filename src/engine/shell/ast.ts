/**
 * The syntax tree of the tiny shell: what `parse.ts` produces and
 * `interpreter.ts` runs. Plain JSON-serializable data.
 */

/** A run of commands separated by `;`, `&` or newlines. */
export interface CommandList {
  items: ListItem[];
}

export interface ListItem {
  andOr: AndOr;
  /** Ended by `&`: the lab runs it in the foreground anyway (there is no job control). */
  background: boolean;
}

/** Pipelines joined by `&&` / `||`, evaluated left to right. */
export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export interface Pipeline {
  /** `! cmd`: the exit status is inverted. */
  bang: boolean;
  commands: Command[];
}

export type Command = SimpleCommand | GroupCommand | IfCommand | LoopCommand | ForCommand | CaseCommand | FunctionDefinition;

export interface SimpleCommand {
  kind: 'simple';
  /** 1-based source line, for `line N:` in messages. */
  line: number;
  assignments: Assignment[];
  words: Word[];
  redirects: Redirect[];
}

/** `{ list; }` runs in the current shell, `( list )` in a copy of it. */
export interface GroupCommand {
  kind: 'group';
  subshell: boolean;
  body: CommandList;
  redirects: Redirect[];
}

export interface IfCommand {
  kind: 'if';
  /** `if`/`elif` conditions with their bodies, in order. */
  branches: { condition: CommandList; body: CommandList }[];
  elseBody?: CommandList;
  redirects: Redirect[];
}

export interface LoopCommand {
  kind: 'loop';
  until: boolean;
  condition: CommandList;
  body: CommandList;
  redirects: Redirect[];
}

export interface ForCommand {
  kind: 'for';
  name: string;
  /** Undefined when `in ...` is omitted (loops over `"$@"`). */
  items?: Word[];
  body: CommandList;
  redirects: Redirect[];
}

export interface CaseCommand {
  kind: 'case';
  word: Word;
  items: { patterns: Word[]; body: CommandList }[];
  redirects: Redirect[];
}

/** `name() compound-command`. */
export interface FunctionDefinition {
  kind: 'function';
  name: string;
  body: Command;
}

export interface Assignment {
  name: string;
  value: Word;
}

export type RedirectOp = '>' | '>>' | '>|' | '<' | '<>' | '>&' | '<&' | '<<' | '<<-' | '<<<';

export interface Redirect {
  /** The file descriptor being redirected (`2>` gives 2); defaults to 1 for output, 0 for input. */
  fd: number;
  op: RedirectOp;
  /** The file (or fd number); for a here-document, its delimiter. */
  target: Word;
  /** A here-document's body (`<<`, `<<-`): quoted parts only when the delimiter was quoted. */
  heredoc?: Word;
}

/** A word is a sequence of parts; quoting decides which parts are field-split and globbed. */
export type Word = WordPart[];

export type WordPart =
  | { kind: 'literal'; text: string; quoted: boolean }
  | { kind: 'param'; name: string; op?: ParamOp; arg?: Word; quoted: boolean }
  | { kind: 'length'; name: string; quoted: boolean }
  | { kind: 'command'; body: CommandList; quoted: boolean }
  | { kind: 'arith'; expr: Word; quoted: boolean };

/** The operators of `${name<op>word}`. */
export type ParamOp = '-' | ':-' | '=' | ':=' | '+' | ':+' | '?' | ':?' | '#' | '##' | '%' | '%%';
