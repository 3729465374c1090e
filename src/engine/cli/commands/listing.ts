/**
 * The listing commands: `docker ps`, `docker images`, `docker history`,
 * `docker volume ls`. Each builds the row objects Docker's formatter would
 * (`ContainerContext`, `imageContext`, `historyContext`, `volumeContext`),
 * applies the daemon's filters, and prints through Docker's list formatter
 * (test/conformance/49, 54, 55, 82-84, 87, 88).
 */
import { findImage, fullReference, imageHistory, imageSize } from '../../docker/images.ts';
import { containerSizes, containerStateName, mountPoints, volumeLabels } from '../../docker/inspectData.ts';
import type { Session } from '../../docker/session.ts';
import { volumeMountpoint, volumeUsers } from '../../docker/volumes.ts';
import type { Container, Image, Volume } from '../../docker/world.ts';
import { goMarshalJSON, goMethods, withGoType } from '../goTemplate/values.ts';
import { encodeGoJSON } from '../goTemplate/json.ts';
import type { CommandContext, CommandHandler } from '../context.ts';
import {
  ellipsis,
  filterMatch,
  goQuote,
  goTimeString,
  humanDuration,
  humanSize,
  naturalLess,
  parseTemplate,
  pathMatch,
  rfc3339,
  runTemplate,
  tableSize,
  TemplateError,
  timeAgo,
  truncateId,
  writeList,
} from '../format.ts';
import { flagBool, flagList, flagNumber, flagString } from '../parseArgs.ts';

// ---- shared -----------------------------------------------------------------------------

/** Filters as the daemon receives them: values per key, in the order given. */
type Filters = Map<string, string[]>;

/** `filters.ParseFlag`: `key=value`, the key lowercased and both trimmed. */
function parseFilters(specs: readonly string[]): Filters {
  const filters: Filters = new Map();
  for (const spec of specs) {
    const at = spec.indexOf('=');
    const key = spec.slice(0, at).trim().toLowerCase();
    const value = spec.slice(at + 1).trim();
    filters.set(key, [...(filters.get(key) ?? []), value]);
  }
  return filters;
}

/** An error the daemon answers a list request with. */
class FilterError extends Error {}

function validateFilters(filters: Filters, accepted: readonly string[]): void {
  for (const key of filters.keys()) if (!accepted.includes(key)) throw new FilterError(`invalid filter '${key}'`);
}

/** The `invalid filter 'key=[v1 v2]'` text Docker gives for a bad value. */
const invalidValue = (key: string, values: readonly string[]): FilterError => new FilterError(`invalid filter '${key}=[${values.join(' ')}]'`);

/** True when any of the key's values matches (`filters.Args.Match`), or the key is absent. */
function matchAny(filters: Filters, key: string, value: string): boolean {
  const values = filters.get(key);
  return values === undefined || values.some((pattern) => filterMatch(pattern, value));
}

/** A row object for the template engine: its fields, Docker's type name, `{{json .}}` with sorted keys and HTML escaping. */
function row<T extends Record<string, string>>(fields: T, goType: string, methods: Record<string, (...args: unknown[]) => unknown> = {}): T {
  const sorted = Object.fromEntries(Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as T;
  withGoType(sorted, goType);
  Object.defineProperty(sorted, goMethods, { value: methods, enumerable: false });
  // Docker's formatter marshals these with json.Marshal, which escapes <, > and & (84-fmt-ps-format-fields.t).
  Object.defineProperty(sorted, goMarshalJSON, { value: () => encodeGoJSON({ ...sorted }, { escapeHTML: true }), enumerable: false });
  return sorted;
}

/** Prints a list through Docker's formatter; a template error is printed and fails the command. */
function printList(ctx: CommandContext, format: string, rows: readonly unknown[], headers: ReadonlyMap<string, string>, goType: string): number {
  const result = writeList(format, rows, headers, goType);
  if (!result.ok) {
    ctx.io.stderr(`${result.error}\n`);
    return 1;
  }
  ctx.io.stdout(result.text);
  return 0;
}

function daemonError(ctx: CommandContext, message: string): number {
  ctx.io.stderr(`Error response from daemon: ${message}\n`);
  return 1;
}

// ---- docker ps --------------------------------------------------------------------------

const CONTAINER_TABLE = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';
const CONTAINER_RAW = 'container_id: {{.ID}}\nimage: {{.Image}}\ncommand: {{.Command}}\ncreated_at: {{.CreatedAt}}\nstate: {{- pad .State 1 0}}\nstatus: {{- pad .Status 1 0}}\nnames: {{.Names}}\nlabels: {{- pad .Labels 1 0}}\nports: {{- pad .Ports 1 0}}\n';

const CONTAINER_HEADERS = new Map([
  ['ID', 'CONTAINER ID'],
  ['Names', 'NAMES'],
  ['Image', 'IMAGE'],
  ['Command', 'COMMAND'],
  ['CreatedAt', 'CREATED AT'],
  ['RunningFor', 'CREATED'],
  ['Ports', 'PORTS'],
  ['State', 'STATE'],
  ['Status', 'STATUS'],
  ['Size', 'SIZE'],
  ['Labels', 'LABELS'],
  ['Mounts', 'MOUNTS'],
  ['LocalVolumes', 'LOCAL VOLUMES'],
  ['Networks', 'NETWORKS'],
]);

const CONTAINER_CONTEXT = '*formatter.ContainerContext';

/** The daemon's status line for a container (container/state.go `String()`). */
export function containerStatus(container: Container, clock: number): string {
  const { startedAt, finishedAt, exitCode } = container.state;
  switch (container.status) {
    case 'running':
      return `Up ${humanDuration(clock - startedAt)}`;
    case 'paused':
      return `Up ${humanDuration(clock - startedAt)} (Paused)`;
    case 'restarting':
      return `Restarting (${exitCode}) ${timeAgo(clock, finishedAt)}`;
    case 'removing':
    case 'removed':
      return 'Removal In Progress';
    case 'dead':
      return 'Dead';
    case 'created':
      return 'Created';
    case 'exited':
      return startedAt === 0 && finishedAt === 0 ? 'Created' : `Exited (${exitCode}) ${timeAgo(clock, finishedAt)}`;
  }
}

/** Running as the daemon's filters mean it: paused and restarting containers are running too. */
const isRunning = (c: Container): boolean => c.status === 'running' || c.status === 'paused' || c.status === 'restarting';

/** What `docker ps` shows as IMAGE: the name it was run with, or the image id once that name means another image (58-image-rmi.t). */
function containerImage(session: Session, container: Container, trunc: boolean): string {
  const current = findImage(session, container.imageRef);
  const image = current !== undefined && current.id === container.imageId ? container.imageRef : `sha256:${container.imageId}`;
  if (!trunc) return image;
  return image.startsWith('sha256:') ? truncateId(image) : image;
}

/** One `ContainerContext`: the fields `docker ps --format` can use. */
function containerRow(session: Session, container: Container, trunc: boolean): Record<string, string> {
  const clock = session.clock;
  // The daemon quotes arguments that contain a space (daemon/list.go transformContainer).
  const args = container.args.map((arg) => (arg.includes(' ') ? `'${arg}'` : arg));
  const command = args.length > 0 ? `${container.path} ${args.join(' ')}` : container.path;
  const sizes = containerSizes(session, container);
  const points = mountPoints(container);
  return row(
    {
      ID: trunc ? truncateId(container.id) : container.id,
      Image: containerImage(session, container, trunc),
      Command: goQuote(trunc ? ellipsis(command, 20) : command),
      CreatedAt: goTimeString(container.created),
      RunningFor: timeAgo(clock, container.created),
      Ports: '',
      State: containerStateName(container),
      Status: containerStatus(container, clock),
      Size: sizes.rootFs > 0 ? `${tableSize(sizes.rw)} (virtual ${tableSize(sizes.rootFs)})` : tableSize(sizes.rw),
      Names: container.name,
      Labels: '',
      Mounts: points.map((m) => (trunc ? ellipsis(m.Name || m.Source, 15) : m.Name || m.Source)).join(','),
      LocalVolumes: String(points.filter((m) => m.Driver === 'local').length),
      Networks: container.hostConfig.networkMode === 'none' ? 'none' : 'bridge',
    },
    CONTAINER_CONTEXT,
    { Label: (_name: unknown) => '' },
  );
}

const PS_FILTERS = ['ancestor', 'before', 'exited', 'id', 'isolation', 'label', 'name', 'status', 'health', 'since', 'volume', 'network', 'is-task', 'publish', 'expose'];
const STATES = ['paused', 'restarting', 'removing', 'running', 'dead', 'created', 'exited'];

/** Finds a container for `before=`/`since=` filters by id, id prefix or name. */
function filterContainer(session: Session, ref: string): Container {
  const containers = session.containers();
  const name = ref.replace(/^\//, '');
  const found = containers.find((c) => c.id === ref || c.name === name) ?? containers.filter((c) => c.id.startsWith(ref)).at(0);
  if (found === undefined) throw new FilterError(`No such container: ${ref}`);
  return found;
}

/** The images an `ancestor=` filter means: the image itself and every image built on it. */
function descendants(session: Session, roots: readonly Image[]): Set<string> {
  const ids = new Set(roots.map((i) => i.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const image of session.world.images) {
      if (image.parent !== null && ids.has(image.parent) && !ids.has(image.id)) {
        ids.add(image.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** The daemon's container list (daemon/list.go): newest first, filtered. */
function listContainers(session: Session, filters: Filters, all: boolean, limit: number): Container[] {
  validateFilters(filters, PS_FILTERS);
  const exited: number[] = [];
  for (const value of filters.get('exited') ?? []) {
    if (!/^[+-]?\d+$/.test(value)) throw new FilterError(`invalid filter 'exited=${value}': strconv.Atoi: parsing ${JSON.stringify(value)}: invalid syntax`);
    exited.push(Number.parseInt(value, 10));
  }
  for (const value of filters.get('status') ?? []) {
    if (!STATES.includes(value)) throw new FilterError(`invalid filter 'status=${value}'`);
    all = true;
  }
  const isTask = filters.get('is-task');
  if (isTask !== undefined && !isTask.every((v) => v === 'true' || v === 'false')) throw invalidValue('is-task', isTask);
  for (const value of filters.get('health') ?? []) {
    if (!['starting', 'healthy', 'unhealthy', 'none'].includes(value)) throw new FilterError(`unrecognized filter value for health: ${value}`);
  }
  const before = (filters.get('before') ?? []).map((ref) => filterContainer(session, ref));
  const since = (filters.get('since') ?? []).map((ref) => filterContainer(session, ref));
  const ancestors = filters.has('ancestor')
    ? descendants(session, (filters.get('ancestor') ?? []).map((ref) => findImage(session, ref)).filter((i): i is Image => i !== undefined))
    : null;

  let candidates = [...session.containers()].reverse();
  const ids = filters.get('id');
  if (ids !== undefined) {
    // The daemon first looks each id up as a unique prefix, then matches names among those.
    const found = new Set(ids.map((id) => candidates.filter((c) => c.id.startsWith(id))).filter((m) => m.length === 1).map((m) => m[0].id));
    candidates = candidates.filter((c) => found.has(c.id));
  }
  let beforeGate = before.at(-1)?.id ?? null;
  const sinceId = since.at(-1)?.id ?? null;
  const listed: Container[] = [];
  for (const c of candidates) {
    if (beforeGate !== null) {
      if (c.id === beforeGate) beforeGate = null;
      continue;
    }
    if (sinceId !== null && c.id === sinceId) break;
    if (!isRunning(c) && !all && limit <= 0) continue;
    if (!matchAny(filters, 'name', `/${c.name}`) && !matchAny(filters, 'name', c.name)) continue;
    if (!matchAny(filters, 'id', c.id)) continue;
    if (isTask !== undefined && isTask.includes('true')) continue;
    if (filters.has('label')) continue;
    if (limit > 0 && listed.length === limit) break;
    if (exited.length > 0 && !exited.some((code) => code === c.state.exitCode && !isRunning(c) && c.state.startedAt > 0)) continue;
    if (!matchAny(filters, 'status', containerStateName(c))) continue;
    const health = filters.get('health');
    if (health !== undefined && !health.includes('none')) continue;
    const volumes = filters.get('volume');
    if (volumes !== undefined) {
      const points = mountPoints(c);
      if (!volumes.some((v) => points.some((m) => m.Destination === v || (m.Name || m.Source) === v))) continue;
    }
    if (ancestors !== null && !ancestors.has(c.imageId)) continue;
    const networks = filters.get('network');
    if (networks !== undefined && !networks.includes(c.hostConfig.networkMode === 'none' ? 'none' : 'bridge')) continue;
    if (filters.has('publish') || filters.has('expose')) continue;
    listed.push(c);
  }
  return listed;
}

/** `docker ps` / `docker container ls`. */
export const ps: CommandHandler = (ctx) => {
  const p = ctx.parsed;
  const quiet = flagBool(p, 'quiet');
  const size = flagBool(p, 'size');
  const trunc = !flagBool(p, 'no-trunc');
  const format = flagString(p, 'format');
  let last = flagNumber(p, 'last');
  if (last === -1 && flagBool(p, 'latest')) last = 1;
  if (format !== '' && quiet) ctx.io.stderr('WARNING: Ignoring custom format, because both --format and --quiet are set.\n');
  if (format !== '') {
    // The CLI runs a custom format once on an empty container first, to see which fields it uses (cli/command/container/list.go).
    let template;
    try {
      template = parseTemplate(format);
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      ctx.io.stderr(`failed to parse template: ${e.message}\n`);
      return 1;
    }
    const probe = runTemplate(template, emptyContainerRow(), { rootTypeName: CONTAINER_CONTEXT });
    if (!probe.ok) {
      ctx.io.stderr(`failed to execute template: ${probe.error}\n`);
      return 1;
    }
  }
  let containers: Container[];
  try {
    containers = listContainers(ctx.session, parseFilters(flagList(p, 'filter')), flagBool(p, 'all'), last);
  } catch (e) {
    if (e instanceof FilterError) return daemonError(ctx, e.message);
    throw e;
  }
  const source = format === '' ? 'table' : format;
  let resolved: string;
  if (source === 'table') resolved = quiet ? '{{.ID}}' : CONTAINER_TABLE + (size ? '\t{{.Size}}' : '');
  else if (source === 'raw') resolved = quiet ? 'container_id: {{.ID}}' : CONTAINER_RAW + (size ? 'size: {{.Size}}\\n' : '');
  else resolved = quiet ? '{{.ID}}' : source;
  const rows = containers.map((c) => containerRow(ctx.session, c, trunc));
  return printList(ctx, resolved, rows, CONTAINER_HEADERS, CONTAINER_CONTEXT);
};

/** The `ContainerContext` the CLI probes a format with: a container with nothing set. */
function emptyContainerRow(): Record<string, string> {
  return row(
    {
      ID: '', Image: '<no image>', Command: '""', CreatedAt: '1970-01-01 00:00:00 +0000 UTC', RunningFor: '', Ports: '', State: '',
      Status: '', Size: '0B', Names: '', Labels: '', Mounts: '', LocalVolumes: '0', Networks: '',
    },
    CONTAINER_CONTEXT,
    { Label: (_name: unknown) => '' },
  );
}

// ---- docker images ----------------------------------------------------------------------

const IMAGE_TABLE = 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';
const IMAGE_TABLE_DIGEST = 'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';

const IMAGE_HEADERS = new Map([
  ['ID', 'IMAGE ID'],
  ['Repository', 'REPOSITORY'],
  ['Tag', 'TAG'],
  ['Digest', 'DIGEST'],
  ['CreatedSince', 'CREATED'],
  ['CreatedAt', 'CREATED AT'],
  ['Size', 'SIZE'],
  ['Containers', 'CONTAINERS'],
  ['VirtualSize', 'SIZE'],
  ['SharedSize', 'SHARED SIZE'],
  ['UniqueSize', 'UNIQUE SIZE'],
]);

/** An image as `docker images` lists it; intermediate build steps appear only with `-a`. */
interface ListedImage {
  id: string;
  repoTags: string[];
  created: number;
  size: number;
}

/** The build steps under the catalog's images, which `docker images -a` shows as `<none>` (the legacy builder kept them). */
function intermediateImages(session: Session): ListedImage[] {
  const listed: ListedImage[] = [];
  const seen = new Set(session.world.images.map((i) => i.id));
  for (const image of session.world.images) {
    if (image.parent !== null || image.deleted) continue;
    let size = 0;
    const rows = imageHistory(session, image);
    rows.slice(0, -1).forEach((step) => {
      size += step.size;
      if (seen.has(step.id)) return;
      seen.add(step.id);
      listed.push({ id: step.id, repoTags: [], created: image.created, size });
    });
  }
  return listed;
}

/** `reference.FamiliarMatch`: the pattern against `name:tag`, then against the name alone. */
function referenceMatches(pattern: string, tag: string): boolean {
  return pathMatch(pattern, tag) || pathMatch(pattern, tag.slice(0, tag.lastIndexOf(':')));
}

/** The daemon's image list, newest first, with the tags each row shows. */
function listImages(session: Session, filters: Filters, all: boolean): ListedImage[] {
  validateFilters(filters, ['dangling', 'label', 'before', 'since', 'reference', 'until']);
  let dangling: boolean | null = null;
  const danglingValues = filters.get('dangling');
  if (danglingValues !== undefined) {
    if (danglingValues.includes('true')) dangling = true;
    else if (danglingValues.includes('false')) dangling = false;
    else throw invalidValue('dangling', danglingValues);
  }
  const references = filters.get('reference');
  // before=/since= name an image; the list keeps what was created strictly before or after it.
  const gate = (key: string): number | null => {
    const refs = filters.get(key);
    if (refs === undefined) return null;
    const times = refs.map((ref) => {
      const image = findImage(session, ref);
      if (image === undefined) throw new FilterError(`No such image: ${fullReference(ref)}`);
      return image.created;
    });
    return key === 'before' ? Math.min(...times) : Math.max(...times);
  };
  const before = gate('before');
  const since = gate('since');
  const images: ListedImage[] = session.world.images
    .map((image, index) => ({ image, index }))
    .filter(({ image }) => !image.deleted)
    .sort((a, b) => b.image.created - a.image.created || b.index - a.index)
    .map(({ image }) => ({ id: image.id, repoTags: image.repoTags, created: image.created, size: imageSize(session, image) }));
  if (all) images.push(...intermediateImages(session));
  const listed: ListedImage[] = [];
  for (const image of images) {
    const isDangling = image.repoTags.length === 0;
    if (dangling === true && !isDangling) continue;
    if (dangling === false && isDangling) continue;
    if (filters.has('label')) continue;
    if (before !== null && image.created >= before) continue;
    if (since !== null && image.created <= since) continue;
    if (references !== undefined) {
      const tags = image.repoTags.filter((tag) => references.some((pattern) => referenceMatches(pattern, tag)));
      if (tags.length === 0) continue;
      listed.push({ ...image, repoTags: tags });
      continue;
    }
    listed.push(image);
  }
  return listed;
}

function imageRows(session: Session, images: readonly ListedImage[], trunc: boolean): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  for (const image of images) {
    const names = image.repoTags.length === 0 ? [['<none>', '<none>']] : image.repoTags.map((t) => [t.slice(0, t.lastIndexOf(':')), t.slice(t.lastIndexOf(':') + 1)]);
    for (const [repository, tag] of names) {
      rows.push(
        row(
          {
            ID: trunc ? truncateId(image.id) : `sha256:${image.id}`,
            Repository: repository,
            Tag: tag,
            Digest: '<none>',
            CreatedSince: timeAgo(session.clock, image.created),
            CreatedAt: goTimeString(image.created),
            Size: tableSize(image.size),
            Containers: 'N/A',
            VirtualSize: humanSize(image.size),
            SharedSize: 'N/A',
            UniqueSize: 'N/A',
          },
          '*formatter.imageContext',
        ),
      );
    }
  }
  return rows;
}

/** `docker images [REPOSITORY[:TAG]]` / `docker image ls`. */
export const images: CommandHandler = (ctx) => {
  const p = ctx.parsed;
  const quiet = flagBool(p, 'quiet');
  const digests = flagBool(p, 'digests');
  const filters = parseFilters(flagList(p, 'filter'));
  if (p.args.length > 0) filters.set('reference', [...(filters.get('reference') ?? []), p.args[0]]);
  let listed: ListedImage[];
  try {
    listed = listImages(ctx.session, filters, flagBool(p, 'all'));
  } catch (e) {
    if (e instanceof FilterError) return daemonError(ctx, e.message);
    throw e;
  }
  const source = flagString(p, 'format') || 'table';
  let format: string;
  if (source === 'table') format = quiet ? '{{.ID}}' : digests ? IMAGE_TABLE_DIGEST : IMAGE_TABLE;
  else if (source === 'raw') format = quiet ? 'image_id: {{.ID}}' : `repository: {{ .Repository }}\ntag: {{.Tag}}\n${digests ? 'digest: {{.Digest}}\n' : ''}image_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n`;
  else format = source.startsWith('table') && digests && !source.includes('{{.Digest}}') ? `${source}\t{{.Digest}}` : source;
  return printList(ctx, format, imageRows(ctx.session, listed, !flagBool(p, 'no-trunc')), IMAGE_HEADERS, '*formatter.imageContext');
};

// ---- docker history ---------------------------------------------------------------------

const HISTORY_TABLE = 'table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
const HISTORY_TABLE_NOT_HUMAN = 'table {{.ID}}\t{{.CreatedAt}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';

const HISTORY_HEADERS = new Map([
  ['ID', 'IMAGE'],
  ['CreatedSince', 'CREATED'],
  ['CreatedAt', 'CREATED AT'],
  ['CreatedBy', 'CREATED BY'],
  ['Size', 'SIZE'],
  ['Comment', 'COMMENT'],
]);

/** `docker history IMAGE`: the build steps, newest first. */
export const history: CommandHandler = (ctx) => {
  const p = ctx.parsed;
  const ref = p.args[0];
  const image = findImage(ctx.session, ref);
  if (image === undefined) return daemonError(ctx, `No such image: ${fullReference(ref)}`);
  const human = flagBool(p, 'human');
  const trunc = !flagBool(p, 'no-trunc');
  const quiet = flagBool(p, 'quiet');
  const rows = imageHistory(ctx.session, image)
    .slice()
    .reverse()
    .map((step) => {
      const createdBy = step.createdBy.replaceAll('\t', ' ');
      const createdAt = rfc3339(step.created);
      return row(
        {
          ID: trunc ? truncateId(step.id) : `sha256:${step.id}`,
          CreatedSince: human ? timeAgo(ctx.session.clock, step.created) : createdAt,
          CreatedAt: createdAt,
          CreatedBy: trunc ? ellipsis(createdBy, 45) : createdBy,
          Size: human ? tableSize(step.size) : String(step.size),
          Comment: step.comment,
        },
        '*image.historyContext',
      );
    });
  const source = flagString(p, 'format') || 'table';
  const format = source === 'table' ? (quiet ? '{{.ID}}' : human ? HISTORY_TABLE : HISTORY_TABLE_NOT_HUMAN) : source;
  return printList(ctx, format, rows, HISTORY_HEADERS, '*image.historyContext');
};

// ---- docker volume ls -------------------------------------------------------------------

const VOLUME_TABLE = 'table {{.Driver}}\t{{.Name}}';

const VOLUME_HEADERS = new Map([
  ['ID', 'ID'],
  ['Name', 'VOLUME NAME'],
  ['Group', 'GROUP'],
  ['Driver', 'DRIVER'],
  ['Scope', 'SCOPE'],
  ['Availability', 'AVAILABILITY'],
  ['Mountpoint', 'MOUNTPOINT'],
  ['Labels', 'LABELS'],
  ['Links', 'LINKS'],
  ['Size', 'SIZE'],
  ['Status', 'STATUS'],
]);

/** Whether a volume's labels satisfy a `label=key` or `label=key=value` filter. */
function labelMatches(labels: Map<string, string> | null, spec: string): boolean {
  const at = spec.indexOf('=');
  const key = at < 0 ? spec : spec.slice(0, at);
  if (labels === null || !labels.has(key)) return false;
  return at < 0 || labels.get(key) === spec.slice(at + 1);
}

/** The daemon's volume list with its filters (`dangling`, `name`, `driver`, `label`). */
function listVolumes(session: Session, filters: Filters): Volume[] {
  validateFilters(filters, ['dangling', 'name', 'driver', 'label']);
  let dangling: boolean | null = null;
  const danglingValues = filters.get('dangling');
  if (danglingValues !== undefined) {
    if (danglingValues.some((v) => v.toLowerCase() === 'true' || v === '1')) dangling = true;
    else if (danglingValues.some((v) => v.toLowerCase() === 'false' || v === '0')) dangling = false;
    else throw invalidValue('dangling', danglingValues);
  }
  return session.volumes().filter((volume) => {
    if (dangling !== null && (volumeUsers(session, volume.name).length === 0) !== dangling) return false;
    if (!matchAny(filters, 'name', volume.name)) return false;
    if (!matchAny(filters, 'driver', 'local')) return false;
    const labels = filters.get('label');
    if (labels !== undefined && !labels.every((spec) => labelMatches(volumeLabels(volume), spec))) return false;
    return true;
  });
}

/** `docker volume ls`: sorted by name as the CLI sorts it (natural order). */
export const volumes: CommandHandler = (ctx) => {
  const p = ctx.parsed;
  let listed: Volume[];
  try {
    listed = listVolumes(ctx.session, parseFilters(flagList(p, 'filter')));
  } catch (e) {
    if (e instanceof FilterError) return daemonError(ctx, e.message);
    throw e;
  }
  listed.sort((a, b) => (naturalLess(a.name, b.name) ? -1 : naturalLess(b.name, a.name) ? 1 : 0));
  const rows = listed.map((volume) => {
    const labels = volumeLabels(volume);
    return row(
      {
        Name: volume.name,
        Driver: 'local',
        Scope: 'local',
        Mountpoint: volumeMountpoint(volume.name),
        Labels: labels === null ? '' : [...labels].map(([k, v]) => `${k}=${v}`).join(','),
        Links: 'N/A',
        Size: 'N/A',
        Group: 'N/A',
        Availability: 'N/A',
        Status: 'N/A',
      },
      '*formatter.volumeContext',
      { Label: (name: unknown) => labels?.get(String(name)) ?? '' },
    );
  });
  const quiet = flagBool(p, 'quiet');
  const source = flagString(p, 'format') || 'table';
  const format = source === 'table' ? (quiet ? '{{.Name}}' : VOLUME_TABLE) : source === 'raw' ? (quiet ? 'name: {{.Name}}' : 'name: {{.Name}}\\ndriver: {{.Driver}}\\n') : source;
  return printList(ctx, format, rows, VOLUME_HEADERS, '*formatter.volumeContext');
};
