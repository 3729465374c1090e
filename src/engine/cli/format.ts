/**
 * How the docker CLI turns data into text: go-units sizes and durations, `…`
 * truncation, the lab's clock as Docker's time formats, Go's `json.Indent`,
 * and Docker's list formatter (`formatter.Context.Write`: `table` formats,
 * `{{json .}}`, the header row, tabwriter columns) on top of the Go template engine.
 */
import { executeTree, ExecFailure, type MissingKey } from './goTemplate/exec.ts';
import { quoteString } from './goTemplate/fmt.ts';
import { dockerFunctions, dockerHeaderFunctions, type FunctionMap } from './goTemplate/funcs.ts';
import { parse, ParseFailure, type ParsedTemplate } from './goTemplate/parser.ts';
import { tabwrite } from './goTemplate/tabwriter.ts';

// ---- sizes ------------------------------------------------------------------------------

const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

/** Go's `%.{precision}g`: shortest form, exponent when it is below -4 or at least the precision. */
export function formatG(value: number, precision: number): string {
  if (value === 0) return '0';
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : value < 0 ? '-Inf' : 'NaN';
  const p = Math.max(precision, 1);
  const [mantissa, exponentText] = value.toExponential(p - 1).split('e');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= p) {
    const digits = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
    const sign = exponent < 0 ? '-' : '+';
    return `${digits}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  const fixed = value.toFixed(Math.max(0, p - 1 - exponent));
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/** go-units `HumanSizeWithPrecision`: decimal units (`kB`, `MB`), `precision` significant digits. */
export function humanSizeWithPrecision(bytes: number, precision: number): string {
  let size = bytes;
  let unit = 0;
  while (size >= 1000 && unit < DECIMAL_UNITS.length - 1) {
    size /= 1000;
    unit++;
  }
  return `${formatG(size, precision)}${DECIMAL_UNITS[unit]}`;
}

/**
 * go-units `HumanSize` (4 significant digits): what `Total reclaimed space`
 * and `VirtualSize` print. Tables use {@link tableSize} (3 digits).
 */
export function humanSize(bytes: number): string {
  return humanSizeWithPrecision(bytes, 4);
}

/** The sizes `docker ps -s`, `docker images` and `docker history` print: 3 significant digits (`1.98MB`). */
export function tableSize(bytes: number): string {
  return humanSizeWithPrecision(bytes, 3);
}

// ---- durations and times ----------------------------------------------------------------

/** go-units `HumanDuration` for a number of seconds: `Less than a second`, `3 minutes`, `About an hour`. */
export function humanDuration(seconds: number): string {
  const s = Math.floor(seconds);
  if (s < 1) return 'Less than a second';
  if (s === 1) return '1 second';
  if (s < 60) return `${s} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor(seconds / 3600 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(seconds / 3600 / 24 / 365)} years`;
}

/** `3 minutes ago`, as Docker's CREATED columns say it. */
export function timeAgo(clock: number, then: number): string {
  return `${humanDuration(clock - then)} ago`;
}

/** The lab's clock starts at this moment; clock values are seconds after it. */
const EPOCH_MS = Date.UTC(2026, 0, 1);

/** Go's zero `time.Time` in RFC 3339, which Docker prints for "never" (`FinishedAt` of a running container). */
export const ZERO_TIME = '0001-01-01T00:00:00Z';

/** A clock value in RFC 3339 (`2026-01-01T00:00:05Z`), as inspect and `history -H=false` print times. */
export function rfc3339(clock: number): string {
  return new Date(EPOCH_MS + Math.round(clock * 1000)).toISOString().replace(/\.\d+Z$/, 'Z');
}

/** RFC 3339, or Go's zero time when the clock value is 0 (the event never happened). */
export function rfc3339OrZero(clock: number): string {
  return clock > 0 ? rfc3339(clock) : ZERO_TIME;
}

/** Go's `time.Time.String()` in UTC: `2026-01-01 00:00:05 +0000 UTC` (the `CreatedAt` of ps and images). */
export function goTimeString(clock: number): string {
  return `${rfc3339(clock).replace('T', ' ').replace('Z', '')} +0000 UTC`;
}

// ---- strings ----------------------------------------------------------------------------

/** Docker's `Ellipsis`: at most `max` characters, the last one `…` when cut. */
export function ellipsis(text: string, max: number): string {
  if (max <= 0) return '';
  const runes = [...text];
  if (max === 1) return runes[0] ?? '';
  if (runes.length <= max) return text;
  return runes.slice(0, max - 1).join('') + '…';
}

/** `stringid.TruncateID`: drops a `sha256:` prefix and keeps 12 digits. */
export function truncateId(id: string): string {
  const colon = id.indexOf(':');
  return (colon >= 0 ? id.slice(colon + 1) : id).slice(0, 12);
}

/** Go's `strconv.Quote`, as `docker ps` quotes COMMAND. */
export function goQuote(text: string): string {
  return quoteString(text);
}

/** Go's `sortorder.NaturalLess` (digit runs compare as numbers): how `docker volume ls` sorts names. */
export function naturalLess(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
  while (i < a.length && j < b.length) {
    const ca = a[i];
    const cb = b[j];
    if (isDigit(ca) && isDigit(cb)) {
      let ia = i;
      while (ia < a.length && a[ia] === '0') ia++;
      let ib = j;
      while (ib < b.length && b[ib] === '0') ib++;
      let ea = ia;
      while (isDigit(a[ea])) ea++;
      let eb = ib;
      while (isDigit(b[eb])) eb++;
      const na = a.slice(ia, ea);
      const nb = b.slice(ib, eb);
      if (na.length !== nb.length) return na.length < nb.length;
      if (na !== nb) return na < nb;
      // Equal numbers: the one with fewer leading zeros first.
      if (ia - i !== ib - j) return ia - i < ib - j;
      i = ea;
      j = eb;
      continue;
    }
    if (ca !== cb) return ca < cb;
    i++;
    j++;
  }
  return a.length - i < b.length - j;
}

/** Go's `path.Match` (the `reference=` filter's glob): `*`, `?`, `[...]` never cross `/`. Bad patterns match nothing. */
export function pathMatch(pattern: string, name: string): boolean {
  let source = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '\\') {
      i++;
      if (i >= pattern.length) return false;
      source += escapeRegExp(pattern[i]);
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) return false;
      let body = pattern.slice(i + 1, end);
      const negated = body.startsWith('^');
      if (negated) body = body.slice(1);
      source += `[${negated ? '^/' : ''}${body.replace(/[\]\\]/g, '\\$&')}]`;
      i = end;
    } else source += escapeRegExp(c);
  }
  try {
    return new RegExp(source + '$', 'u').test(name);
  } catch {
    return false;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A daemon filter's regular-expression match (`filters.Args.Match`): an exact value, or a Go regexp that matches somewhere. */
export function filterMatch(pattern: string, value: string): boolean {
  if (pattern === value) return true;
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return false;
  }
}

// ---- JSON -------------------------------------------------------------------------------

/** Go's `json.Indent(dst, src, "", indent)`: one element per line, `{}` and `[]` kept compact. */
export function indentJson(compact: string, indent = '    '): string {
  let out = '';
  let depth = 0;
  let inString = false;
  let escaped = false;
  const newline = (): string => '\n' + indent.repeat(depth);
  for (let i = 0; i < compact.length; i++) {
    const c = compact[i];
    if (inString) {
      out += c;
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    switch (c) {
      case ' ':
      case '\t':
      case '\n':
      case '\r':
        break;
      case '"':
        inString = true;
        out += c;
        break;
      case '{':
      case '[': {
        let next = i + 1;
        while (next < compact.length && /\s/.test(compact[next])) next++;
        const close = c === '{' ? '}' : ']';
        if (compact[next] === close) {
          out += c + close;
          i = next;
        } else {
          depth++;
          out += c + newline();
        }
        break;
      }
      case '}':
      case ']':
        depth--;
        out += newline() + c;
        break;
      case ',':
        out += c + newline();
        break;
      case ':':
        out += ': ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

// ---- templates --------------------------------------------------------------------------

/** A template error with the exact text Docker prints (`template parsing error: ...`). */
export class TemplateError extends Error {}

/** Parses Go template text with Docker's functions; throws the Go parse error text (`template: :1: unclosed action`). */
export function parseTemplate(text: string): ParsedTemplate {
  try {
    return parse(text, '', (name) => Object.hasOwn(dockerFunctions, name));
  } catch (e) {
    if (e instanceof ParseFailure) throw new TemplateError(e.message);
    throw e;
  }
}

export interface RunOptions {
  functions?: FunctionMap;
  missingKey?: MissingKey;
  /** Go type of the data, for `can't evaluate field X in type T`. */
  rootTypeName?: string;
}

/** Result of running a template: its output, or Go's execution error with whatever was written before it. */
export type RunResult = { ok: true; text: string } | { ok: false; error: string; partial: string };

/** Executes a parsed template on one value. */
export function runTemplate(template: ParsedTemplate, data: unknown, options: RunOptions = {}): RunResult {
  const out: string[] = [];
  try {
    executeTree(template, data, {
      functions: options.functions ?? dockerFunctions,
      missingKey: options.missingKey ?? 'default',
      rootTypeName: options.rootTypeName,
    }, out);
    return { ok: true, text: out.join('') };
  } catch (e) {
    if (e instanceof ExecFailure) return { ok: false, error: e.message, partial: out.join('') };
    throw e;
  }
}

/**
 * Docker's `formatter.Context.Write`: a `table` prefix becomes aligned columns under a
 * header row (the same template run on the column titles with the header functions),
 * `json` means `{{json .}}`, and `\t`/`\n` typed as two characters become tab and newline.
 * Nothing is printed when any row fails.
 */
export function writeList(
  format: string,
  rows: readonly unknown[],
  headers: ReadonlyMap<string, string>,
  rootTypeName: string,
): { ok: true; text: string } | { ok: false; error: string } {
  const table = format.startsWith('table');
  let text = table ? format.slice('table'.length) : format === 'json' ? '{{json .}}' : format;
  text = text.replace(/^ +| +$/g, '').replace(/\\t|\\n/g, (m) => (m === '\\t' ? '\t' : '\n'));
  let template: ParsedTemplate;
  try {
    template = parseTemplate(text);
  } catch (e) {
    if (e instanceof TemplateError) return { ok: false, error: `template parsing error: ${e.message}` };
    throw e;
  }
  let body = '';
  for (const row of rows) {
    const result = runTemplate(template, row, { rootTypeName });
    if (!result.ok) return { ok: false, error: `template parsing error: ${result.error}` };
    body += result.text + '\n';
  }
  if (!table) return { ok: true, text: body };
  // Errors in the header row are ignored; what it wrote before failing stays (formatter.go postFormat).
  const header = runTemplate(template, new Map(headers), { functions: dockerHeaderFunctions });
  const headerText = header.ok ? header.text : header.partial;
  return { ok: true, text: tabwrite(headerText + '\n' + body) };
}
