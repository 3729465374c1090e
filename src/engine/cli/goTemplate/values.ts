/**
 * How Go values are modelled in JavaScript for the template engine.
 *
 * - `undefined` is Go's invalid `reflect.Value` (a missing map key): printed `<no value>`.
 * - `null` is a nil pointer or nil interface: printed `<nil>`.
 * - `string`, `boolean`: Go `string`, `bool`.
 * - `number`: Go `int` when integral, `float64` otherwise; wrap in {@link GoNumber} for another type.
 * - arrays: Go slices (`[]string` when every element is a string, or name them with {@link goTypeName}).
 * - `Map`: Go maps, printed and ranged in sorted key order.
 * - plain objects: Go structs, fields in property order; function-valued properties are methods.
 * - {@link GoNil}: a typed nil slice, map or pointer (prints `[]`, `map[]`, `<nil>`; JSON `null`).
 */

/** Names the Go type of a struct, slice or map (used in error text and `%T`). */
export const goTypeName: unique symbol = Symbol.for('containerDataLab.goTemplate.typeName');
/** Extra methods callable from a template, e.g. `{{.Label "x"}}`; looked up before fields, as Go does. */
export const goMethods: unique symbol = Symbol.for('containerDataLab.goTemplate.methods');
/** A `MarshalJSON` stand-in: returns the exact JSON text the `json` function emits for this value. */
export const goMarshalJSON: unique symbol = Symbol.for('containerDataLab.goTemplate.marshalJSON');

/** A method callable from a template; throw an Error to report Go's `error calling X: ...`. */
export type GoMethod = (...args: unknown[]) => unknown;

/** A number with an explicit Go type, e.g. `int64` (Docker's `Size`) or `float64` (a `1.0` literal). */
export class GoNumber {
  constructor(
    readonly value: number,
    readonly goType: string = 'int',
  ) {}
}

/** A typed nil: Go prints nil slices as `[]`, nil maps as `map[]`, nil pointers as `<nil>`. */
export class GoNil {
  constructor(
    readonly kind: 'slice' | 'map' | 'pointer',
    readonly goType: string,
  ) {}
}

/** A Go number of the given type. */
export function goNumber(value: number, goType: string): GoNumber {
  return new GoNumber(value, goType);
}

/** A typed nil slice, map or pointer. */
export function goNil(kind: 'slice' | 'map' | 'pointer', goType: string): GoNil {
  return new GoNil(kind, goType);
}

/** Tags a struct, slice or map with its Go type name (returns the same object). */
export function withGoType<T extends object>(value: T, typeName: string): T {
  Object.defineProperty(value, goTypeName, { value: typeName, enumerable: false, configurable: true });
  return value;
}

export type Kind =
  | 'invalid'
  | 'nil'
  | 'bool'
  | 'int'
  | 'uint'
  | 'float'
  | 'string'
  | 'slice'
  | 'map'
  | 'ptr'
  | 'struct'
  | 'func';

/** Go's reflect kind of a modelled value. */
export function kindOf(v: unknown): Kind {
  if (v === undefined) return 'invalid';
  if (v === null) return 'nil';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(v) ? 'int' : 'float';
    case 'function':
      return 'func';
  }
  if (v instanceof GoNumber) return numberKind(v.goType);
  if (v instanceof GoNil) return v.kind === 'pointer' ? 'ptr' : v.kind;
  if (Array.isArray(v)) return 'slice';
  if (v instanceof Map) return 'map';
  return 'struct';
}

function numberKind(goType: string): Kind {
  if (goType.startsWith('float')) return 'float';
  if (goType.startsWith('uint') || goType === 'byte' || goType === 'uintptr') return 'uint';
  if (goType.startsWith('int') || goType === 'rune') return 'int';
  // json.Number and friends are strings underneath.
  return 'string';
}

/** The number inside a numeric value. */
export function numericValue(v: unknown): number {
  return v instanceof GoNumber ? v.value : (v as number);
}

/** The string inside a string-kinded value (including json.Number). */
export function stringValue(v: unknown): string {
  return v instanceof GoNumber ? String(v.value) : (v as string);
}

/** Whether the value is a Go nil (nil interface or typed nil). */
export function isNil(v: unknown): boolean {
  return v === null || v instanceof GoNil;
}

/** Go's type name of a modelled value, as `%T` and error messages print it. */
export function typeName(v: unknown): string {
  if (v === undefined || v === null) return '<nil>';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(v) ? 'int' : 'float64';
    case 'function':
      return 'func(...interface {}) interface {}';
  }
  if (v instanceof GoNumber || v instanceof GoNil) return v.goType;
  const named = (v as { [goTypeName]?: string })[goTypeName];
  if (named !== undefined) return named;
  if (Array.isArray(v)) return `[]${commonTypeName(v)}`;
  if (v instanceof Map) return `map[${mapKeyTypeName(v)}]${commonTypeName([...v.values()])}`;
  const fields = Object.entries(v as object).filter(([, field]) => typeof field !== 'function');
  if (fields.length === 0) return 'struct {}';
  return `struct { ${fields.map(([name, field]) => `${name} ${fieldTypeName(field)}`).join('; ')} }`;
}

function fieldTypeName(v: unknown): string {
  return v === null || v === undefined ? 'interface {}' : typeName(v);
}

/** Element type of a slice or map's values: `string` when all are strings (or none exist). */
function commonTypeName(values: unknown[]): string {
  if (values.length === 0) return 'string';
  const first = fieldTypeName(values[0]);
  return values.every((value) => fieldTypeName(value) === first) ? first : 'interface {}';
}

function mapKeyTypeName(map: Map<unknown, unknown>): string {
  const keys = [...map.keys()];
  return keys.length === 0 ? 'string' : commonTypeName(keys);
}

/** The element type of a slice or map type name (`[]string` -> `string`, `map[string]int` -> `int`). */
export function elemTypeName(containerType: string): string {
  if (containerType.startsWith('[]')) return containerType.slice(2);
  if (containerType.startsWith('map[')) {
    let depth = 0;
    for (let i = 3; i < containerType.length; i++) {
      if (containerType[i] === '[') depth++;
      else if (containerType[i] === ']' && --depth === 0) return containerType.slice(i + 1);
    }
  }
  return 'interface {}';
}

/** The key type of a map type name. */
export function keyTypeName(mapType: string): string {
  let depth = 0;
  for (let i = 3; i < mapType.length; i++) {
    if (mapType[i] === '[') depth++;
    else if (mapType[i] === ']' && --depth === 0) return mapType.slice(4, i);
  }
  return 'string';
}

/** Go's zero value for a type name (what `index` returns for a missing map key). */
export function zeroValueOf(goType: string): unknown {
  if (goType === 'string') return '';
  if (goType === 'bool') return false;
  if (goType === 'int') return 0;
  if (/^(u?int\d*|byte|rune|uintptr|float\d+)$/.test(goType)) return new GoNumber(0, goType);
  if (goType.startsWith('[]')) return new GoNil('slice', goType);
  if (goType.startsWith('map[')) return new GoNil('map', goType);
  if (goType.startsWith('*')) return new GoNil('pointer', goType);
  return null;
}

/** Go's `isTrue`: the truth of a value in `if`, `with`, `and`, `or`, `not`. */
export function truth(v: unknown): boolean {
  switch (kindOf(v)) {
    case 'invalid':
    case 'nil':
      return false;
    case 'bool':
      return v as boolean;
    case 'int':
    case 'uint':
    case 'float':
      return numericValue(v) !== 0;
    case 'string':
      return stringValue(v).length > 0;
    case 'slice':
      return v instanceof GoNil ? false : (v as unknown[]).length > 0;
    case 'map':
      return v instanceof GoNil ? false : (v as Map<unknown, unknown>).size > 0;
    case 'ptr':
      return !(v instanceof GoNil);
    default:
      return true;
  }
}

/** Map entries in Go's fmtsort order (numbers numerically, strings byte-wise, false before true). */
export function sortedEntries(map: Map<unknown, unknown>): [unknown, unknown][] {
  return [...map.entries()].sort(([a], [b]) => compareKeys(a, b));
}

function compareKeys(a: unknown, b: unknown): number {
  const ka = kindOf(a);
  if ((ka === 'int' || ka === 'uint' || ka === 'float') && kindOf(b) === ka) {
    return numericValue(a) - numericValue(b);
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const sa = String(a instanceof GoNumber ? a.value : a);
  const sb = String(b instanceof GoNumber ? b.value : b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** The fields of a struct in declaration (property) order, methods excluded. */
export function structFields(v: object): [string, unknown][] {
  return Object.entries(v).filter(([, field]) => typeof field !== 'function');
}

/** Looks up a method on a struct or map: `goMethods` first, then function-valued properties. */
export function findMethod(receiver: unknown, name: string): GoMethod | undefined {
  if (receiver === null || typeof receiver !== 'object') return undefined;
  const methods = (receiver as { [goMethods]?: Record<string, GoMethod> })[goMethods];
  if (methods && Object.hasOwn(methods, name)) return methods[name];
  if (receiver instanceof Map || Array.isArray(receiver)) return undefined;
  if (receiver instanceof GoNumber || receiver instanceof GoNil) return undefined;
  const property = Object.hasOwn(receiver, name) ? (receiver as Record<string, unknown>)[name] : undefined;
  return typeof property === 'function' ? (property as GoMethod) : undefined;
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: false });

/** Go strings are bytes: these helpers give byte-level `len`, `index` and slicing. */
export function utf8Bytes(s: string): Uint8Array {
  return utf8Encoder.encode(s);
}

export function utf8String(bytes: Uint8Array): string {
  return utf8Decoder.decode(bytes);
}

/** Number of code points (Go's `utf8.RuneCountInString`). */
export function runeCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
