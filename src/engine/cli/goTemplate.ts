/**
 * Go's text/template as the docker CLI uses it for `--format` / `-f`, with Docker's functions
 * (`json`, `join`, `split`, `lower`, `upper`, `title`, `pad`, `truncate`) and `table` output.
 *
 * The engine is generic; the caller supplies the data (plain objects are Go structs, `Map`s are
 * Go maps, see `goTemplate/values.ts`) and prints errors with the prefix of its command:
 *
 * | command                               | parse error                                | exit | execution error                        | exit |
 * | ------------------------------------- | ------------------------------------------ | ---- | -------------------------------------- | ---- |
 * | `docker inspect -f`                   | `template parsing error: ` + message       | 64   | `template parsing error: ` + message   | 1    |
 * | `docker ps --format`                  | `failed to parse template: ` + message     | 1    | `failed to execute template: ` + message | 1  |
 * | `docker volume ls`, `docker images`   | `template parsing error: ` + message       | 1    | `template parsing error: ` + message   | 1    |
 *
 * (Recorded from Docker 26.1.5; `docker inspect` also prints an empty line on stdout when no
 * object produced output.)
 */
import { type FunctionMap, dockerFunctions, dockerHeaderFunctions } from './goTemplate/funcs.ts';
import { ExecFailure, type MissingKey, executeTree } from './goTemplate/exec.ts';
import { encodeGoJSON } from './goTemplate/json.ts';
import { type ParsedTemplate, ParseFailure, parse } from './goTemplate/parser.ts';
import { tabwrite } from './goTemplate/tabwriter.ts';
import { GoNumber, withGoType } from './goTemplate/values.ts';

export { dockerFunctions, dockerHeaderFunctions, goBuiltinFunctions } from './goTemplate/funcs.ts';
export type { FunctionMap, GoFunction, ParamType } from './goTemplate/funcs.ts';
export type { MissingKey } from './goTemplate/exec.ts';
export { encodeGoJSON, quoteJSON } from './goTemplate/json.ts';
export { sprint, sprintf } from './goTemplate/fmt.ts';
export { dockerTableSettings, tabwrite } from './goTemplate/tabwriter.ts';
export type { TabwriterSettings } from './goTemplate/tabwriter.ts';
export {
  GoNil,
  GoNumber,
  goMarshalJSON,
  goMethods,
  goNil,
  goNumber,
  goTypeName,
  withGoType,
} from './goTemplate/values.ts';
export type { GoMethod } from './goTemplate/values.ts';

/** A parsed template, ready to execute any number of times. */
export interface Template {
  readonly kind: 'template';
  readonly tree: ParsedTemplate;
}

/**
 * A template failure. `message` is exactly Go's text (e.g.
 * `template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"`); the caller adds
 * its command's prefix (see the module comment). `output` is what an execution wrote before
 * failing (Go writes as it goes).
 */
export class TemplateError {
  readonly kind = 'templateError';
  constructor(
    readonly phase: 'parse' | 'execute',
    readonly message: string,
    readonly output: string = '',
  ) {}
}

/** Options for {@link parseTemplate}. */
export interface ParseOptions {
  /** Functions that exist at parse time (Go rejects unknown names while parsing). Default: Docker's. */
  functions?: FunctionMap;
  /** The template's name (Docker's are all ""). */
  name?: string;
}

/** Options for {@link execute}. */
export interface ExecuteOptions {
  /** Functions used while executing. Default: Docker's; use `dockerHeaderFunctions` for table headers. */
  functions?: FunctionMap;
  /** Go's `missingkey` option; `docker inspect` retries with `error` (see {@link executeInspect}). */
  missingKey?: MissingKey;
  /**
   * Go type name of the root data for error text, e.g. `*formatter.ContainerContext`,
   * `*formatter.volumeContext`, `*formatter.imageContext`. Nested structs name themselves with
   * the `goTypeName` symbol (see `withGoType`).
   */
  typeName?: string;
}

/** Parses template text: `template: :1: unexpected "}" in operand` and friends on failure. */
export function parseTemplate(text: string, options: ParseOptions = {}): Template | TemplateError {
  const functions = options.functions ?? dockerFunctions;
  try {
    return { kind: 'template', tree: parse(text, options.name ?? '', (name) => Object.hasOwn(functions, name)) };
  } catch (error) {
    if (error instanceof ParseFailure) return new TemplateError('parse', error.message);
    throw error;
  }
}

/** Executes a template on data, as Go's `Template.Execute`. */
export function execute(template: Template, data: unknown, options: ExecuteOptions = {}): string | TemplateError {
  const out: string[] = [];
  try {
    executeTree(template.tree, data, {
      functions: options.functions ?? dockerFunctions,
      missingKey: options.missingKey ?? 'default',
      rootTypeName: options.typeName,
    }, out);
    return out.join('');
  } catch (error) {
    if (error instanceof ExecFailure) return new TemplateError('execute', error.message, out.join(''));
    throw error;
  }
}

/** Whether a parse or execute result is an error. */
export function isTemplateError(value: unknown): value is TemplateError {
  return value instanceof TemplateError;
}

/**
 * `docker inspect -f`: execute on the typed object; if that fails, Docker decodes the raw JSON
 * into `map[string]interface{}` (numbers as `json.Number`) and retries with `missingkey=error`,
 * reporting the retry's error. So `{{.Nope}}` says `map has no entry for key "Nope"`.
 */
export function executeInspect(template: Template, typed: unknown, options: ExecuteOptions = {}): string | TemplateError {
  const first = execute(template, typed, options);
  if (!(first instanceof TemplateError)) return first;
  return execute(template, toRawJSONValue(typed), { ...options, missingKey: 'error', typeName: undefined });
}

/** A value as Go sees it after `json.Unmarshal` into `interface{}` with `UseNumber`. */
export function toRawJSONValue(value: unknown): unknown {
  const parsed: unknown = JSON.parse(encodeGoJSON(value, { escapeHTML: false }));
  const convert = (v: unknown): unknown => {
    if (v === null) return null;
    if (typeof v === 'number') return new GoNumber(v, 'json.Number');
    if (Array.isArray(v)) return withGoType(v.map(convert), '[]interface {}');
    if (typeof v === 'object') {
      return withGoType(new Map(Object.entries(v as object).map(([k, item]) => [k, convert(item)])), 'map[string]interface {}');
    }
    return v;
  };
  return convert(parsed);
}

/** A `--format` value after Docker's preprocessing. */
export interface DockerFormat {
  /** Starts with `table`: output goes through the tabwriter with a header row. */
  table: boolean;
  /** The template text to parse. */
  text: string;
}

/**
 * Docker's formatter preprocessing (`ps`, `images`, `volume ls`, ...; not `inspect`):
 * `table` prefix removed, `json` becomes `{{json .}}`, spaces (only spaces) trimmed, and the
 * two-character sequences `\t` and `\n` become a tab and a newline.
 */
export function prepareDockerFormat(format: string): DockerFormat {
  const table = format.startsWith('table');
  let text = table ? format.slice('table'.length) : format === 'json' ? '{{json .}}' : format;
  text = text.replace(/^ +| +$/g, '');
  text = text.replace(/\\[tn]/g, (escape) => (escape === '\\t' ? '\t' : '\n'));
  return { table, text };
}

/** Options for {@link renderDockerFormat}. */
export interface RenderOptions {
  /** Column titles by field name, e.g. `Names` -> `NAMES`; the header row executes on this map. */
  headers: ReadonlyMap<string, string>;
  /** Go type name of each row, e.g. `*formatter.ContainerContext`. */
  typeName?: string;
}

/**
 * Renders rows with a Docker `--format` value: each row's output plus a newline; for `table`
 * formats a header row first (executed on `headers` with Docker's header functions, errors
 * ignored as Docker ignores them) and everything aligned by {@link formatTable}.
 */
export function renderDockerFormat(format: string, rows: readonly unknown[], options: RenderOptions): string | TemplateError {
  const prepared = prepareDockerFormat(format);
  const template = parseTemplate(prepared.text);
  if (template instanceof TemplateError) return template;
  let body = '';
  for (const row of rows) {
    const output = execute(template, row, { typeName: options.typeName });
    if (output instanceof TemplateError) return output;
    body += output + '\n';
  }
  if (!prepared.table) return body;
  const header = execute(template, new Map(options.headers), { functions: dockerHeaderFunctions });
  return formatTable((header instanceof TemplateError ? header.output : header) + '\n' + body);
}

/**
 * Docker's table alignment: Go's tabwriter with minwidth 10, padding 3, padchar ' ', no flags.
 * A column is as wide as its widest cell plus 3 (at least 10); the last cell of a line is not
 * padded, but a line ending in a tab keeps its padding (trailing spaces are not trimmed).
 */
export function formatTable(text: string): string {
  return tabwrite(text);
}
