/**
 * The part of Go's `fmt` package that templates reach: `print`, `println`, `printf` and the
 * default formatting of `{{.X}}` (which is `fmt.Fprint`).
 */
import {
  GoNil,
  kindOf,
  numericValue,
  sortedEntries,
  stringValue,
  structFields,
  typeName,
  utf8Bytes,
} from './values.ts';

interface Flags {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width: number | undefined;
  precision: number | undefined;
}

const noFlags: Flags = {
  minus: false,
  plus: false,
  sharp: false,
  space: false,
  zero: false,
  width: undefined,
  precision: undefined,
};

/** `fmt.Sprint`: spaces between operands when neither side is a string. */
export function sprint(args: unknown[]): string {
  let out = '';
  args.forEach((arg, i) => {
    if (i > 0 && typeof arg !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatValue(arg, 'v', noFlags, 0);
  });
  return out;
}

/** `fmt.Sprintln`: always spaces, then a newline. */
export function sprintln(args: unknown[]): string {
  return args.map((arg) => formatValue(arg, 'v', noFlags, 0)).join(' ') + '\n';
}

/** `fmt.Sprintf` for the verbs templates use, with Go's `%!verb(type=value)` complaints. */
export function sprintf(format: string, args: unknown[]): string {
  let out = '';
  let argIndex = 0;
  let i = 0;
  while (i < format.length) {
    const percent = format.indexOf('%', i);
    if (percent < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, percent);
    i = percent + 1;
    const flags: Flags = { ...noFlags };
    for (; i < format.length; i++) {
      const c = format[i];
      if (c === '-') flags.minus = true;
      else if (c === '+') flags.plus = true;
      else if (c === '#') flags.sharp = true;
      else if (c === ' ') flags.space = true;
      else if (c === '0') flags.zero = true;
      else break;
    }
    [flags.width, i] = parseNumber(format, i);
    if (format[i] === '.') {
      [flags.precision, i] = parseNumber(format, i + 1);
      flags.precision ??= 0;
    }
    if (i >= format.length) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = String.fromCodePoint(format.codePointAt(i)!);
    i += verb.length;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argIndex >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += formatArg(args[argIndex++], verb, flags);
  }
  if (argIndex < args.length) {
    const extra = args.slice(argIndex).map((arg) => (arg === null ? '<nil>' : `${typeName(arg)}=${formatValue(arg, 'v', noFlags, 0)}`));
    out += `%!(EXTRA ${extra.join(', ')})`;
  }
  return out;
}

function parseNumber(format: string, i: number): [number | undefined, number] {
  let j = i;
  while (j < format.length && format[j] >= '0' && format[j] <= '9') j++;
  return [j > i ? Number(format.slice(i, j)) : undefined, j];
}

function formatArg(arg: unknown, verb: string, flags: Flags): string {
  if (verb === 'T') return pad(arg === null || arg === undefined ? '<nil>' : typeName(arg), flags);
  return formatValue(arg, verb, flags, 0);
}

/** Formats one value with one verb, recursing into slices, maps and structs as Go does. */
export function formatValue(v: unknown, verb: string, flags: Flags, depth: number): string {
  if (v === undefined || v === null) {
    return verb === 'v' ? pad('<nil>', flags) : `%!${verb}(<nil>)`;
  }
  if (v instanceof GoNil) {
    if (v.kind === 'slice') return '[]';
    if (v.kind === 'map') return 'map[]';
    return verb === 'v' || verb === 'p' ? pad('<nil>', flags) : `%!${verb}(${v.goType}=<nil>)`;
  }
  switch (kindOf(v)) {
    case 'bool':
      return verb === 'v' || verb === 't' ? pad(String(v), flags) : badVerb(v, verb);
    case 'int':
    case 'uint':
      return formatInteger(v, verb, flags);
    case 'float':
      return formatFloat(numericValue(v), verb, flags) ?? badVerb(v, verb);
    case 'string':
      return formatString(stringValue(v), verb, flags) ?? badVerb(v, verb);
    case 'slice':
      return '[' + (v as unknown[]).map((item) => formatValue(item, verb, flags, depth + 1)).join(' ') + ']';
    case 'map':
      return (
        'map[' +
        sortedEntries(v as Map<unknown, unknown>)
          .map(([key, item]) => `${formatValue(key, verb, flags, depth + 1)}:${formatValue(item, verb, flags, depth + 1)}`)
          .join(' ') +
        ']'
      );
    case 'func':
      return '0x0';
    default:
      return (
        '{' +
        structFields(v as object)
          .map(([name, field]) => (flags.plus && verb === 'v' ? `${name}:` : '') + formatValue(field, verb, flags, depth + 1))
          .join(' ') +
        '}'
      );
  }
}

function badVerb(v: unknown, verb: string): string {
  return `%!${verb}(${typeName(v)}=${formatValue(v, 'v', noFlags, 0)})`;
}

function pad(s: string, flags: Flags, zeroAllowed = false): string {
  const width = flags.width ?? 0;
  let length = 0;
  for (const _ of s) length++;
  if (length >= width) return s;
  const fill = width - length;
  if (flags.minus) return s + ' '.repeat(fill);
  if (flags.zero && zeroAllowed) {
    const sign = /^[+\- ]/.test(s) ? s[0] : '';
    return sign + '0'.repeat(fill) + s.slice(sign.length);
  }
  return ' '.repeat(fill) + s;
}

function formatInteger(v: unknown, verb: string, flags: Flags): string {
  const n = Math.trunc(numericValue(v));
  const negative = n < 0;
  const magnitude = Math.abs(n);
  let digits: string;
  let prefix = '';
  switch (verb) {
    case 'v':
    case 'd':
      digits = String(magnitude);
      break;
    case 'b':
      digits = magnitude.toString(2);
      break;
    case 'o':
    case 'O':
      digits = magnitude.toString(8);
      if (verb === 'O') prefix = '0o';
      else if (flags.sharp) prefix = '0';
      break;
    case 'x':
      digits = magnitude.toString(16);
      if (flags.sharp) prefix = '0x';
      break;
    case 'X':
      digits = magnitude.toString(16).toUpperCase();
      if (flags.sharp) prefix = '0X';
      break;
    case 'c':
      return pad(String.fromCodePoint(magnitude), flags);
    case 'q':
      return pad(quoteRune(magnitude), flags);
    case 'U':
      return pad('U+' + magnitude.toString(16).toUpperCase().padStart(4, '0'), flags);
    default:
      return badVerb(v, verb);
  }
  if (flags.precision !== undefined) digits = digits.padStart(flags.precision, '0');
  const sign = negative ? '-' : flags.plus ? '+' : flags.space ? ' ' : '';
  return pad(sign + prefix + digits, flags, flags.precision === undefined);
}

function formatString(s: string, verb: string, flags: Flags): string | undefined {
  if (flags.precision !== undefined && (verb === 's' || verb === 'v' || verb === 'q')) {
    s = [...s].slice(0, flags.precision).join('');
  }
  switch (verb) {
    case 'v':
    case 's':
      return pad(s, flags, true);
    case 'q':
      return pad(flags.sharp && !s.includes('`') ? '`' + s + '`' : quoteString(s, flags.plus), flags);
    case 'x':
    case 'X': {
      const hex = [...utf8Bytes(s)].map((b) => b.toString(16).padStart(2, '0'));
      const text = hex.join(flags.space ? ' ' : '');
      return pad(verb === 'X' ? text.toUpperCase() : text, flags);
    }
    default:
      return undefined;
  }
}

/** Go's float verbs; `%v` is `%g` with the shortest digits, so 1e+06 and up get an exponent. */
function formatFloat(x: number, verb: string, flags: Flags): string | undefined {
  let body: string;
  if (!Number.isFinite(x)) {
    body = Number.isNaN(x) ? 'NaN' : x > 0 ? '+Inf' : '-Inf';
    return pad(body, flags);
  }
  const negative = x < 0 || Object.is(x, -0);
  const magnitude = Math.abs(x);
  switch (verb) {
    case 'v':
    case 'g':
    case 'G':
      body = formatG(magnitude, flags.precision ?? -1);
      if (verb === 'G') body = body.toUpperCase();
      break;
    case 'e':
    case 'E':
      body = formatE(magnitude, flags.precision ?? 6);
      if (verb === 'E') body = body.toUpperCase();
      break;
    case 'f':
    case 'F':
      body = magnitude.toFixed(flags.precision ?? 6);
      break;
    default:
      return undefined;
  }
  const sign = negative ? '-' : flags.plus ? '+' : flags.space ? ' ' : '';
  return pad(sign + body, flags, true);
}

/** Decimal digits (no trailing zeros) and decimal-point position, as strconv's `decimal` holds them. */
function decimalDigits(x: number, precision: number): { digits: string; dp: number } {
  if (x === 0) return { digits: '', dp: 0 };
  const [mantissa, exponent] = (precision < 0 ? x.toExponential() : x.toExponential(Math.max(precision - 1, 0))).split('e');
  const digits = mantissa.replace('.', '').replace(/0+$/, '') || '0';
  return { digits, dp: Number(exponent) + 1 };
}

function formatE(x: number, precision: number): string {
  if (x === 0) return (precision > 0 ? '0.' + '0'.repeat(precision) : '0') + 'e+00';
  const [mantissa, exponent] = x.toExponential(precision).split('e');
  const exp = Number(exponent);
  return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

function formatG(x: number, precision: number): string {
  const shortest = precision < 0;
  if (precision === 0) precision = 1;
  const { digits, dp } = decimalDigits(x, precision);
  const nd = digits.length;
  if (shortest) precision = nd;
  let eprec = precision;
  if (eprec > nd && nd >= dp) eprec = nd;
  if (shortest) eprec = 6;
  const exp = nd === 0 ? 0 : dp - 1;
  if (exp < -4 || exp >= eprec) {
    if (precision > nd) precision = nd;
    const first = digits[0] ?? '0';
    const rest = digits.slice(1, Math.max(precision, 1));
    return `${first}${rest ? '.' + rest : ''}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (precision > dp) precision = nd;
  const decimals = Math.max(precision - dp, 0);
  let intPart = dp <= 0 ? '0' : digits.slice(0, dp).padEnd(dp, '0');
  if (intPart === '') intPart = '0';
  let frac = '';
  for (let i = 0; i < decimals; i++) {
    const at = dp + i;
    frac += at >= 0 && at < nd ? digits[at] : '0';
  }
  return frac ? `${intPart}.${frac}` : intPart;
}

const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** `strconv.Quote` (or `QuoteToASCII` when `asciiOnly`). */
export function quoteString(s: string, asciiOnly = false): string {
  let out = '"';
  for (const ch of s) {
    out += escapeRune(ch, '"', asciiOnly);
  }
  return out + '"';
}

function quoteRune(codePoint: number): string {
  return "'" + escapeRune(String.fromCodePoint(codePoint), "'", false) + "'";
}

function escapeRune(ch: string, quote: string, asciiOnly: boolean): string {
  const cp = ch.codePointAt(0)!;
  if (ch === quote || ch === '\\') return '\\' + ch;
  if (cp < 0x80 ? cp >= 0x20 && cp < 0x7f : !asciiOnly && printable.test(ch)) return ch;
  switch (ch) {
    case '\x07':
      return '\\a';
    case '\b':
      return '\\b';
    case '\f':
      return '\\f';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case '\v':
      return '\\v';
  }
  if (cp < 0x20 || cp === 0x7f) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

