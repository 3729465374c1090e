/**
 * Go's `encoding/json` encoder for modelled values: compact output, struct fields in order,
 * map keys sorted, `nil` slices and maps as `null`.
 */
import { GoNil, GoNumber, goMarshalJSON, kindOf, numericValue, sortedEntries, stringValue, structFields } from './values.ts';

/** Options of Go's `json.Encoder`. */
export interface JsonOptions {
  /**
   * Escape `<`, `>`, `&` as `\u003c`, `\u003e`, `\u0026` (Go's default, `json.Marshal`).
   * Docker's template `json` function turns it off (`SetEscapeHTML(false)`).
   */
  escapeHTML: boolean;
}

/** Encodes a value the way Go's `encoding/json` does. */
export function encodeGoJSON(value: unknown, options: JsonOptions): string {
  return encode(value, options);
}

function encode(v: unknown, options: JsonOptions): string {
  if (v === undefined || v === null || v instanceof GoNil) return 'null';
  const marshal = typeof v === 'object' ? (v as { [goMarshalJSON]?: () => string })[goMarshalJSON] : undefined;
  if (marshal) return marshal.call(v);
  switch (kindOf(v)) {
    case 'bool':
      return String(v);
    case 'int':
    case 'uint':
      return String(numericValue(v));
    case 'float':
      // Go switches to exponent form below 1e-6 and from 1e21 on, as JavaScript does.
      return String(numericValue(v));
    case 'string':
      return v instanceof GoNumber ? String(v.value) : quoteJSON(stringValue(v), options.escapeHTML);
    case 'slice':
      return '[' + (v as unknown[]).map((item) => encode(item, options)).join(',') + ']';
    case 'map':
      return (
        '{' +
        sortedEntries(v as Map<unknown, unknown>)
          .map(([key, item]) => `${quoteJSON(String(key instanceof GoNumber ? key.value : key), options.escapeHTML)}:${encode(item, options)}`)
          .join(',') +
        '}'
      );
    case 'func':
      return 'null';
    default:
      return (
        '{' +
        structFields(v as object)
          .map(([name, field]) => `${quoteJSON(name, options.escapeHTML)}:${encode(field, options)}`)
          .join(',') +
        '}'
      );
  }
}

/** Go's JSON string quoting: control characters, U+2028/U+2029 and (optionally) HTML characters escaped. */
export function quoteJSON(s: string, escapeHTML: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x2028 || c === 0x2029 || (escapeHTML && (ch === '<' || ch === '>' || ch === '&'))) {
      out += '\\u' + c.toString(16).padStart(4, '0');
    } else if (c >= 0xd800 && c <= 0xdfff) {
      // A lone surrogate is invalid UTF-8 to Go, which writes the replacement character.
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += ch + s[i + 1];
        i++;
      } else {
        out += '\\ufffd';
      }
    } else out += ch;
  }
  return out + '"';
}
