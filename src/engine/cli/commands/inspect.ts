/**
 * `docker inspect`, `docker container inspect`, `docker image inspect`,
 * `docker volume inspect`: an indented JSON array of Docker-shaped objects, or
 * `-f TEMPLATE` once per object. Follows the CLI's inspect package: a template
 * runs on the typed object first and, when that fails, on the raw JSON as a map
 * with `missingkey=error`; output is printed when all lookups are done, then
 * the errors (test/conformance/50, 59, 85-88).
 */
import { findContainer } from '../../docker/daemon.ts';
import { findImage, fullReference } from '../../docker/images.ts';
import { containerInspect, imageInspect, inspectJson, rawGoValue, volumeInspect } from '../../docker/inspectData.ts';
import { encodeGoJSON } from '../goTemplate/json.ts';
import type { ParsedTemplate } from '../goTemplate/parser.ts';
import type { CommandContext, CommandHandler } from '../context.ts';
import { indentJson, parseTemplate, runTemplate, TemplateError } from '../format.ts';
import { flagString } from '../parseArgs.ts';
import { goTypeName } from '../goTemplate/values.ts';

type ObjectType = 'container' | 'image' | 'volume';

/** One object found: the typed value, and the raw JSON when the API gave it (not for `docker volume inspect`). */
interface Found {
  typed: object;
  raw: string | null;
}

const SWARM_ONLY = 'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.';

/** Every `--type` Docker 26.1 accepts, and what the daemon answers for the types the lab has no objects of. */
const OTHER_TYPES: Record<string, (ref: string) => string> = {
  network: (ref) => `network ${ref} not found`,
  node: () => SWARM_ONLY,
  service: () => SWARM_ONLY,
  task: () => SWARM_ONLY,
  plugin: (ref) => `plugin ${JSON.stringify(ref)} not found`,
  secret: () => SWARM_ONLY,
};
const TYPES = ['container', 'image', 'volume', ...Object.keys(OTHER_TYPES)];

/** Looks an object up; returns Docker's error text when it is missing. */
function lookup(ctx: CommandContext, type: ObjectType, ref: string, withRaw: boolean): Found | string {
  const session = ctx.session;
  const withSize = ctx.parsed.flags.size === true;
  let typed: object | null = null;
  switch (type) {
    case 'container': {
      const container = findContainer(session, ref);
      if (container === undefined) return `Error response from daemon: No such container: ${ref}`;
      typed = containerInspect(session, container, { size: withSize });
      break;
    }
    case 'image': {
      const image = findImage(session, ref);
      if (image === undefined) return `Error response from daemon: No such image: ${fullReference(ref)}`;
      typed = imageInspect(session, image);
      break;
    }
    case 'volume': {
      const volume = session.volume(ref);
      if (volume === undefined) return `Error response from daemon: get ${ref}: no such volume`;
      typed = volumeInspect(volume);
      break;
    }
  }
  return { typed, raw: withRaw ? inspectJson(typed) : null };
}

/** `docker inspect` without `--type`: a container, else an image, else a volume. */
function lookupAny(ctx: CommandContext, ref: string): Found | string {
  for (const type of ['container', 'image', 'volume'] as const) {
    const found = lookup(ctx, type, ref, true);
    if (typeof found !== 'string') return found;
  }
  return `Error: No such object: ${ref}`;
}

/** Runs a template on one object as the CLI's TemplateInspector does; returns the line or the error text. */
function inspectWithTemplate(template: ParsedTemplate, found: Found, typeName: string): { ok: true; text: string } | { ok: false; error: string } {
  const typed = runTemplate(template, found.typed, { rootTypeName: typeName });
  if (typed.ok) return { ok: true, text: typed.text };
  if (found.raw === null) return { ok: false, error: `template parsing error: ${typed.error}` };
  const raw = runTemplate(template, rawGoValue(found.raw), { missingKey: 'error' });
  if (raw.ok) return { ok: true, text: raw.text };
  return { ok: false, error: `template parsing error: ${raw.error}` };
}

/** The command's object type: fixed by `container|image|volume inspect`, or `--type`. */
function commandType(ctx: CommandContext): ObjectType | '' | 'other' {
  switch (ctx.parsed.command.id) {
    case 'container.inspect':
      return 'container';
    case 'image.inspect':
      return 'image';
    case 'volume.inspect':
      return 'volume';
    default: {
      const type = flagString(ctx.parsed, 'type');
      if (type === 'container' || type === 'image' || type === 'volume' || type === '') return type;
      return 'other';
    }
  }
}

/** All the inspect commands. */
export const inspect: CommandHandler = (ctx) => {
  const p = ctx.parsed;
  const requested = p.command.id === 'inspect' ? flagString(p, 'type') : '';
  if (requested !== '' && !TYPES.includes(requested)) {
    ctx.io.stderr(`${JSON.stringify(requested)} is not a valid value for --type\n`);
    return 1;
  }
  const format = flagString(p, 'format');
  let template: ParsedTemplate | null = null;
  if (format !== '') {
    try {
      template = parseTemplate(format);
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      ctx.io.stderr(`template parsing error: ${e.message}\n`);
      return 64;
    }
  }
  const type = commandType(ctx);
  // Only `docker volume inspect` gets no raw JSON from the API, so it has no map fallback (`in type volume.Volume`).
  const withRaw = p.command.id !== 'volume.inspect';
  const errors: string[] = [];
  const elements: Found[] = [];
  let output = '';
  for (const ref of p.args) {
    const found =
      type === '' ? lookupAny(ctx, ref) : type === 'other' ? `Error response from daemon: ${OTHER_TYPES[requested](ref)}` : lookup(ctx, type, ref, withRaw);
    if (typeof found === 'string') {
      errors.push(found);
      continue;
    }
    if (template === null) {
      elements.push(found);
      continue;
    }
    const result = inspectWithTemplate(template, found, typeNameOf(found));
    if (result.ok) output += result.text + '\n';
    else errors.push(result.error);
  }
  if (template === null) {
    if (elements.length === 0) output = '[]\n';
    else if (withRaw) output = indentJson(`[${elements.map((e) => e.raw).join(',')}]`) + '\n';
    // The CLI marshals typed volumes itself, with Go's default HTML escaping.
    else output = indentJson(encodeGoJSON(elements.map((e) => e.typed), { escapeHTML: true })) + '\n';
  } else if (output === '') output = '\n';
  ctx.io.stdout(output);
  if (errors.length === 0) return 0;
  ctx.io.stderr(errors.join('\n') + '\n');
  return 1;
};

function typeNameOf(found: Found): string {
  const named = (found.typed as { [goTypeName]?: string })[goTypeName];
  return typeof named === 'string' ? named : 'interface {}';
}
