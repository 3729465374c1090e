/**
 * Template functions: Go's builtins (text/template/funcs.go) and the Docker CLI's extras
 * (cli/templates/templates.go), each with its Go signature so argument checks fail like Go's.
 */
import { sprint, sprintf, sprintln } from './fmt.ts';
import { encodeGoJSON } from './json.ts';
import {
  GoNil,
  GoNumber,
  elemTypeName,
  isNil,
  keyTypeName,
  kindOf,
  numericValue,
  stringValue,
  truth,
  typeName,
  utf8Bytes,
  utf8String,
  zeroValueOf,
} from './values.ts';

/** Go parameter types the engine distinguishes. `reflect` is `reflect.Value` (anything, even missing). */
export type ParamType = 'reflect' | 'any' | 'string' | 'int' | '[]string';

/** A template function with its Go signature. Throw an Error to produce `error calling NAME: ...`. */
export interface GoFunction {
  params: ParamType[];
  /** Element type of a trailing `...` parameter. */
  variadic?: ParamType;
  call: (args: unknown[]) => unknown;
}

export type FunctionMap = Readonly<Record<string, GoFunction>>;

/** Go's spelling of a parameter type, for error messages. */
export function paramTypeName(type: ParamType): string {
  return type === 'reflect' ? 'reflect.Value' : type === 'any' ? 'interface {}' : type;
}

const fixed = (params: ParamType[], call: (args: unknown[]) => unknown): GoFunction => ({ params, call });
const variadic = (params: ParamType[], rest: ParamType, call: (args: unknown[]) => unknown): GoFunction => ({
  params,
  variadic: rest,
  call,
});

/** Comparisons unwrap nil interfaces to "no value", as Go's indirectInterface does. */
type BasicKind = 'bool' | 'int' | 'uint' | 'float' | 'string' | 'invalid' | 'other';

function basicKind(v: unknown): BasicKind {
  const kind = kindOf(v);
  if (kind === 'bool' || kind === 'int' || kind === 'uint' || kind === 'float' || kind === 'string') return kind;
  if (kind === 'invalid' || kind === 'nil') return 'invalid';
  return 'other';
}

const scalar = (v: unknown): number | string | boolean =>
  typeof v === 'boolean' ? v : kindOf(v) === 'string' ? stringValue(v) : numericValue(v);

function eq(arg1: unknown, others: unknown[]): boolean {
  if (others.length === 0) throw new Error('missing argument for comparison');
  const k1 = basicKind(arg1);
  for (const arg of others) {
    const k2 = basicKind(arg);
    let equal = false;
    if (k1 !== k2) {
      const intLike = (k: BasicKind): boolean => k === 'int' || k === 'uint';
      if (intLike(k1) && intLike(k2)) equal = scalar(arg1) === scalar(arg);
      else if (k1 !== 'invalid' && k2 !== 'invalid') throw new Error('incompatible types for comparison');
    } else if (k1 === 'other') {
      const kind = kindOf(arg1);
      if (isNil(arg1) || isNil(arg)) equal = isNil(arg1) === isNil(arg);
      else if (kind === 'slice' || kind === 'map' || kind === 'func') {
        throw new Error(`non-comparable type ${sprint([arg1])}: ${typeName(arg1)}`);
      } else equal = arg1 === arg;
    } else if (k1 !== 'invalid') {
      equal = scalar(arg1) === scalar(arg);
    }
    if (equal) return true;
  }
  return false;
}

function lt(arg1: unknown, arg2: unknown): boolean {
  const k1 = basicKind(arg1);
  const k2 = basicKind(arg2);
  if (k1 === 'invalid' || k1 === 'other' || k2 === 'invalid' || k2 === 'other') throw new Error('invalid type for comparison');
  if (k1 !== k2) {
    const intLike = (k: BasicKind): boolean => k === 'int' || k === 'uint';
    if (intLike(k1) && intLike(k2)) return (scalar(arg1) as number) < (scalar(arg2) as number);
    throw new Error('incompatible types for comparison');
  }
  if (k1 === 'bool') throw new Error('invalid type for comparison');
  if (k1 === 'string') return compareBytes(stringValue(arg1), stringValue(arg2)) < 0;
  return (scalar(arg1) as number) < (scalar(arg2) as number);
}

function compareBytes(a: string, b: string): number {
  const x = utf8Bytes(a);
  const y = utf8Bytes(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/** Go's `indexArg`: an integer index within `0..cap`. */
function indexArg(index: unknown, cap: number): number {
  const kind = kindOf(index);
  if (kind === 'invalid' || kind === 'nil') throw new Error('cannot index slice/array with nil');
  if (kind !== 'int' && kind !== 'uint') throw new Error(`cannot index slice/array with type ${typeName(index)}`);
  const x = numericValue(index);
  if (x < 0 || x > cap) throw new Error(`index out of range: ${x}`);
  return x;
}

function index(item: unknown, indexes: unknown[]): unknown {
  if (item === undefined || item === null) throw new Error('index of untyped nil');
  for (const i of indexes) {
    if (item instanceof GoNil && item.kind === 'pointer') throw new Error('index of nil pointer');
    const kind = kindOf(item);
    if (kind === 'string') {
      const bytes = utf8Bytes(stringValue(item));
      const x = indexArg(i, bytes.length);
      if (x === bytes.length) throw new Error('reflect: string index out of range');
      item = new GoNumber(bytes[x], 'uint8');
    } else if (kind === 'slice') {
      const array = item instanceof GoNil ? [] : (item as unknown[]);
      const x = indexArg(i, array.length);
      if (x === array.length) throw new Error('reflect: slice index out of range');
      item = array[x] === undefined ? null : array[x];
    } else if (kind === 'map') {
      const mapType = typeName(item);
      const keyType = keyTypeName(mapType);
      if (i === undefined || i === null) throw new Error(`value is nil; should be of type ${keyType}`);
      if (typeName(i) !== keyType && keyType !== 'interface {}') {
        throw new Error(`value has type ${typeName(i)}; should be ${keyType}`);
      }
      const map = item instanceof GoNil ? new Map() : (item as Map<unknown, unknown>);
      item = map.has(i) ? map.get(i) : zeroValueOf(elemTypeName(mapType));
    } else {
      throw new Error(`can't index item of type ${typeName(item)}`);
    }
  }
  return item;
}

function slice(item: unknown, indexes: unknown[]): unknown {
  if (item === undefined || item === null) throw new Error('slice of untyped nil');
  if (indexes.length > 3) throw new Error(`too many slice indexes: ${indexes.length}`);
  const kind = kindOf(item);
  let length: number;
  if (kind === 'string') {
    if (indexes.length === 3) throw new Error('cannot 3-index slice a string');
    length = utf8Bytes(stringValue(item)).length;
  } else if (kind === 'slice') {
    length = item instanceof GoNil ? 0 : (item as unknown[]).length;
  } else {
    throw new Error(`can't slice item of type ${typeName(item)}`);
  }
  const idx = [0, length, length];
  indexes.forEach((i, n) => (idx[n] = indexArg(i, length)));
  if (idx[0] > idx[1]) throw new Error(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (indexes.length === 3 && idx[1] > idx[2]) throw new Error(`invalid slice index: ${idx[1]} > ${idx[2]}`);
  if (kind === 'string') return utf8String(utf8Bytes(stringValue(item)).slice(idx[0], idx[1]));
  if (item instanceof GoNil) return item;
  return (item as unknown[]).slice(idx[0], idx[1]);
}

function length(item: unknown): number {
  if (item === undefined) throw new Error('reflect: call of reflect.Value.Type on zero Value');
  if (item === null || (item instanceof GoNil && item.kind === 'pointer')) throw new Error('len of nil pointer');
  if (item instanceof GoNil) return 0;
  switch (kindOf(item)) {
    case 'string':
      return utf8Bytes(stringValue(item)).length;
    case 'slice':
      return (item as unknown[]).length;
    case 'map':
      return (item as Map<unknown, unknown>).size;
  }
  throw new Error(`len of type ${typeName(item)}`);
}

/** Go's `evalArgs` for html/js/urlquery: one string as is, anything else through Sprint. */
const argsText = (args: unknown[]): string => (args.length === 1 && typeof args[0] === 'string' ? args[0] : sprint(args));

function htmlEscape(s: string): string {
  return s.replace(/[\0"'&<>]/g, (c) => ({ '\0': '\ufffd', '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\\' || ch === "'" || ch === '"') out += '\\' + ch;
    else if ('<>&='.includes(ch)) out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
    else if (cp < 0x20) out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
    else if (cp >= 0x80 && !/^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(ch)) out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
    else out += ch;
  }
  return out;
}

function queryEscape(s: string): string {
  let out = '';
  for (const b of utf8Bytes(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** Go's `strings.Title`: upper-case letters that follow a separator. */
function title(s: string): string {
  let previous = ' ';
  let out = '';
  for (const ch of s) {
    out += isSeparator(previous) ? ch.toUpperCase() : ch;
    previous = ch;
  }
  return out;
}

function isSeparator(ch: string): boolean {
  if (ch.codePointAt(0)! <= 0x7f) return !/[A-Za-z0-9_]/.test(ch);
  if (/[\p{L}\p{Nd}]/u.test(ch)) return false;
  return /\s/u.test(ch);
}

function repeatSpaces(count: number): string {
  if (count < 0) throw new Error('strings: negative Repeat count');
  return ' '.repeat(count);
}

/** Go's text/template builtins. */
export const goBuiltinFunctions: FunctionMap = {
  and: variadic(['reflect'], 'reflect', ([first, ...rest]) => [first, ...rest].find((v) => !truth(v)) ?? rest.at(-1) ?? first),
  or: variadic(['reflect'], 'reflect', ([first, ...rest]) => [first, ...rest].find((v) => truth(v)) ?? rest.at(-1) ?? first),
  not: fixed(['reflect'], ([v]) => !truth(v)),
  len: fixed(['reflect'], ([v]) => length(v)),
  index: variadic(['reflect'], 'reflect', ([item, ...rest]) => index(item, rest)),
  slice: variadic(['reflect'], 'reflect', ([item, ...rest]) => slice(item, rest)),
  print: variadic([], 'any', (args) => sprint(args)),
  printf: variadic(['string'], 'any', ([format, ...args]) => sprintf(format as string, args)),
  println: variadic([], 'any', (args) => sprintln(args)),
  eq: variadic(['reflect'], 'reflect', ([first, ...rest]) => eq(first, rest)),
  ne: fixed(['reflect', 'reflect'], ([a, b]) => !eq(a, [b])),
  lt: fixed(['reflect', 'reflect'], ([a, b]) => lt(a, b)),
  le: fixed(['reflect', 'reflect'], ([a, b]) => lt(a, b) || eq(a, [b])),
  gt: fixed(['reflect', 'reflect'], ([a, b]) => !(lt(a, b) || eq(a, [b]))),
  ge: fixed(['reflect', 'reflect'], ([a, b]) => !lt(a, b)),
  html: variadic([], 'any', (args) => htmlEscape(argsText(args))),
  js: variadic([], 'any', (args) => jsEscape(argsText(args))),
  urlquery: variadic([], 'any', (args) => queryEscape(argsText(args))),
  call: variadic(['reflect'], 'reflect', ([fn, ...args]) => {
    if (typeof fn !== 'function') throw new Error(`non-function of type ${typeName(fn)}`);
    return (fn as (...a: unknown[]) => unknown)(...args);
  }),
};

/** Docker's template functions (github.com/docker/cli/templates). */
export const dockerFunctions: FunctionMap = {
  ...goBuiltinFunctions,
  // Docker's json: an Encoder with SetEscapeHTML(false), trailing newline trimmed.
  json: fixed(['any'], ([v]) => encodeGoJSON(v, { escapeHTML: false })),
  split: fixed(['string', 'string'], ([s, sep]) => ((sep as string) === '' ? [...(s as string)] : (s as string).split(sep as string))),
  join: fixed(['[]string', 'string'], ([elems, sep]) => (elems instanceof GoNil ? [] : (elems as string[])).join(sep as string)),
  title: fixed(['string'], ([s]) => title(s as string)),
  lower: fixed(['string'], ([s]) => (s as string).toLowerCase()),
  upper: fixed(['string'], ([s]) => (s as string).toUpperCase()),
  pad: fixed(['string', 'int', 'int'], ([s, prefix, suffix]) =>
    s === '' ? s : repeatSpaces(prefix as number) + (s as string) + repeatSpaces(suffix as number),
  ),
  truncate: fixed(['string', 'int'], ([s, n]) => {
    const bytes = utf8Bytes(s as string);
    if (bytes.length < (n as number)) return s;
    if ((n as number) < 0) throw new Error(`runtime error: slice bounds out of range [:${n as number}]`);
    return utf8String(bytes.slice(0, n as number));
  }),
};

/**
 * Docker's HeaderFunctions: used when a `table` format is executed on the header row, so
 * `{{.Names | upper}}` and `{{join .Names ","}}` print the column title unchanged.
 * Recorded: `docker volume ls -f name=zzz --format 'table {{upper .Name}}\t{{pad .Name 1 1}}'`.
 */
export const dockerHeaderFunctions: FunctionMap = {
  ...dockerFunctions,
  json: fixed(['string'], ([v]) => v),
  split: fixed(['string', 'string'], ([v]) => v),
  join: fixed(['string', 'string'], ([v]) => v),
  title: fixed(['string'], ([v]) => v),
  lower: fixed(['string'], ([v]) => v),
  upper: fixed(['string'], ([v]) => v),
  truncate: fixed(['string', 'int'], ([v]) => v),
  // No header `pad`: Docker pads the header too (`{{pad .Name 1 1}}` heads its column with " VOLUME NAME ").
};
