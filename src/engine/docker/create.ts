/**
 * `docker create` (and the first half of `docker run`): checks the request as
 * the CLI and daemon do, creates the volumes it names, makes the mount points
 * and fills empty volumes from the image.
 */
import { LayeredVfs, type MountView } from '../fs/layeredVfs.ts';
import { FsError } from '../fs/vfs.ts';
import { emptyDir, isEmptyDir, normalizePath, splitPath, countFiles } from '../fs/tree.ts';
import { plainTreeVfs } from '../fs/layeredVfs.ts';
import { containerRoot, dockerFiles, hostStore, mountView } from './containerFs.ts';
import { DaemonError, findContainer } from './daemon.ts';
import { shortId } from './ids.ts';
import { parseMountSpec } from '../cli/parseArgs.ts';
import { mountRequest, parseTmpfsFlag, parseVolumeFlag, type MountRequest, type MountSpecError } from './mountSpecs.ts';
import type { Session } from './session.ts';
import { findImage, missingImageError } from './images.ts';
import type { Container, Mount, RestartPolicyName } from './world.ts';

export interface CreateRequest {
  name: string | null;
  image: string;
  /** The command after the image; empty for the image's default. */
  command: string[];
  entrypoint: string | null;
  env: string[];
  workdir: string | null;
  hostname: string | null;
  /** `-u NAME|UID[:GROUP]`; null for the image's user (root). */
  user: string | null;
  volumes: string[];
  mounts: string[];
  tmpfs: string[];
  volumesFrom: string[];
  readOnly: boolean;
  restart: string;
  autoRemove: boolean;
  tty: boolean;
  interactive: boolean;
  network: string | null;
  /** The learner's working directory, for `-v ./dir:/p`. */
  cwd: string;
}

/** Where a create error comes from decides how `run` and `create` print it. */
export interface CreateError {
  source: MountSpecError['source'] | 'image';
  message: string;
}

export type CreateResult = { ok: true; id: string } | { ok: false; error: CreateError };

/** `-v /path`: an anonymous volume that gives way to any other mount at the same path. */
const isAnonymousV = (m: MountRequest): boolean => m.type === 'volume' && m.name === null && !m.viaMountFlag;

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

const fail = (source: CreateError['source'], message: string): CreateResult => ({ ok: false, error: { source, message } });

/** `--restart` as the CLI parses it (format errors) and the daemon checks it. */
export function parseRestartPolicy(text: string): { ok: true; name: RestartPolicyName; max: number } | { ok: false; error: CreateError } {
  const colon = text.indexOf(':');
  const name = colon === -1 ? text : text.slice(0, colon);
  const countText = colon === -1 ? null : text.slice(colon + 1);
  let max = 0;
  if (countText !== null) {
    if (!/^-?\d+$/.test(countText)) return { ok: false, error: { source: 'cli', message: 'invalid restart policy format: maximum retry count must be an integer' } };
    max = Number.parseInt(countText, 10);
  }
  if (!['no', 'always', 'unless-stopped', 'on-failure', ''].includes(name)) {
    return {
      ok: false,
      error: { source: 'daemon', message: `invalid restart policy: unknown policy '${name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'` },
    };
  }
  if (countText !== null && name !== 'on-failure') {
    return { ok: false, error: { source: 'daemon', message: "invalid restart policy: maximum retry count can only be used with 'on-failure'" } };
  }
  return { ok: true, name: (name === '' ? 'no' : name) as RestartPolicyName, max };
}

/** The mount requests of -v, --mount and --tmpfs, first error first (flag errors before the rest). */
function parseMountRequests(request: CreateRequest): { ok: true; value: MountRequest[] } | { ok: false; error: CreateError } {
  const parsed = [
    ...request.mounts.map((m) => {
      const spec = parseMountSpec(m);
      if ('error' in spec) return { ok: false as const, error: { source: 'flag' as const, message: `invalid argument "${m}" for "--mount" flag: ${spec.error}` } };
      return mountRequest(spec);
    }),
    ...request.volumes.map((v) => parseVolumeFlag(v, request.cwd)),
    ...request.tmpfs.map(parseTmpfsFlag),
  ];
  for (const source of ['flag', 'cli', 'daemon'] as const) {
    for (const p of parsed) if (!p.ok && p.error.source === source) return { ok: false, error: p.error };
  }
  return { ok: true, value: parsed.flatMap((p) => (p.ok ? [p.value] : [])) };
}

/** Mounts asked for with `--volumes-from NAME[:ro|:rw]`. */
function volumesFrom(session: Session, specs: readonly string[]): { ok: true; value: Mount[] } | { ok: false; error: CreateError } {
  const mounts: Mount[] = [];
  for (const spec of specs) {
    const colon = spec.indexOf(':');
    const ref = colon === -1 ? spec : spec.slice(0, colon);
    const mode = colon === -1 ? '' : spec.slice(colon + 1);
    if (mode !== '' && mode !== 'ro' && mode !== 'rw') return { ok: false, error: { source: 'daemon', message: `invalid mode: ${mode}` } };
    const source = findContainer(session, ref);
    if (source === undefined) return { ok: false, error: { source: 'daemon', message: `No such container: ${ref}` } };
    for (const mount of source.mounts) {
      if (mount.type === 'tmpfs') continue;
      const readOnly = mode === 'ro' ? true : mode === 'rw' ? false : mount.readOnly;
      mounts.push({ ...mount, readOnly, mode: mode === '' ? mount.mode : '', viaMountFlag: false });
    }
  }
  return { ok: true, value: mounts };
}

export function createContainer(session: Session, request: CreateRequest): CreateResult {
  const restart = parseRestartPolicy(request.restart);
  if (!restart.ok && restart.error.source === 'cli') return { ok: false, error: restart.error };
  const requests = parseMountRequests(request);
  if (!requests.ok && requests.error.source !== 'daemon') return requests;
  if (request.autoRemove && restart.ok && restart.name !== 'no') return fail('cli', 'Conflicting options: --restart and --rm');
  const image = findImage(session, request.image);
  if (image === undefined) return fail('image', missingImageError(request.image));
  if (request.name !== null) {
    if (!NAME.test(request.name)) {
      return fail('daemon', `Invalid container name (${request.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
    }
    const holder = findContainer(session, request.name);
    if (holder !== undefined && holder.name === request.name) {
      return fail(
        'daemon',
        `Conflict. The container name "/${request.name}" is already in use by container "${holder.id}". You have to remove (or rename) that container to be able to reuse that name.`,
      );
    }
  }
  if (!restart.ok) return { ok: false, error: restart.error };
  if (!requests.ok) return requests;
  const from = volumesFrom(session, request.volumesFrom);
  if (!from.ok) return from;

  // Duplicate targets are refused, except that `-v /path` gives way to any other mount there.
  const asked = requests.value;
  const targets = new Set<string>();
  for (const m of asked) {
    if (isAnonymousV(m)) continue;
    if (targets.has(m.target)) return fail('daemon', `Duplicate mount point: ${m.target}`);
    targets.add(m.target);
  }
  const host = plainTreeVfs(hostStore(session));
  for (const m of asked) {
    if (m.type === 'bind' && !m.createSource && !host.exists(m.source)) {
      return fail('daemon', `invalid mount config for type "bind": bind source path does not exist: ${m.source}`);
    }
  }

  const entrypoint = request.entrypoint !== null ? (request.entrypoint === '' ? null : [request.entrypoint]) : image.config.entrypoint;
  const cmd = request.command.length > 0 ? request.command : request.entrypoint !== null ? null : image.config.cmd;
  const argv = [...(entrypoint ?? []), ...(cmd ?? [])];
  if (argv.length === 0) return fail('daemon', 'no command specified');

  // From here on the request is accepted: make the container and its volumes.
  const id = session.newId();
  const mounts: Mount[] = [];
  const taken = new Set<string>();
  const newVolume = (name: string, anonymous: boolean) => {
    if (session.volume(name) !== undefined) return;
    session.putVolume({ name, anonymous, created: session.clock, labels: {}, tree: emptyDir() });
    session.emit({ type: 'volume.created', name, anonymous });
  };
  for (const m of asked) {
    if (isAnonymousV(m) && (taken.has(m.target) || asked.some((o) => o.target === m.target && !isAnonymousV(o)))) continue;
    taken.add(m.target);
    if (m.type === 'volume') {
      const name = m.name ?? session.newId();
      newVolume(name, m.name === null);
      mounts.push({ type: 'volume', name, anonymous: m.name === null, target: m.target, readOnly: m.readOnly, mode: m.mode, viaMountFlag: m.viaMountFlag, noCopy: m.noCopy });
    } else if (m.type === 'bind') {
      mounts.push({ type: 'bind', source: m.source, target: m.target, readOnly: m.readOnly, mode: m.mode, viaMountFlag: m.viaMountFlag, createSource: m.createSource });
    } else {
      mounts.push({ type: 'tmpfs', target: m.target, options: m.options, viaMountFlag: m.viaMountFlag, sizeBytes: m.sizeBytes });
    }
  }
  for (const m of from.value) {
    if (taken.has(m.target)) continue;
    taken.add(m.target);
    mounts.push(m);
  }
  for (const path of image.config.volumes) {
    const target = normalizePath(path);
    if (taken.has(target)) continue;
    taken.add(target);
    const name = session.newId();
    newVolume(name, true);
    mounts.push({ type: 'volume', name, anonymous: true, target, readOnly: false, mode: '', viaMountFlag: false, noCopy: false });
  }

  const hostname = request.hostname ?? shortId(id);
  const tmpfsFlags: Record<string, string> = {};
  for (const m of mounts) if (m.type === 'tmpfs' && !m.viaMountFlag) tmpfsFlags[m.target] = m.options;
  const container: Container = {
    id,
    name: request.name ?? generatedName(session, id),
    imageId: image.id,
    imageRef: request.image,
    created: session.clock,
    path: argv[0] ?? '',
    args: argv.slice(1),
    config: {
      cmd,
      entrypoint,
      env: configEnv(request.env, image.config.env),
      workdir: request.workdir ?? image.config.workdir,
      tty: request.tty,
      openStdin: request.interactive,
      hostname,
      user: request.user ?? '',
    },
    hostConfig: {
      autoRemove: request.autoRemove,
      restartPolicy: { name: restart.name, maximumRetryCount: restart.max },
      readOnlyRootfs: request.readOnly,
      binds: request.volumes.filter((v) => v.includes(':')),
      tmpfs: tmpfsFlags,
      volumesFrom: [...request.volumesFrom],
      networkMode: request.network === 'none' ? 'none' : 'default',
    },
    mounts,
    status: 'created',
    state: { exitCode: 0, startedAt: 0, finishedAt: 0, restartCount: 0, stoppedByUser: false },
    process: 'none',
    writableLayer: emptyDir(),
    dockerFiles: dockerFiles(hostname, null),
    ipAddress: null,
    tmpfs: Object.fromEntries(mounts.filter((m) => m.type === 'tmpfs').map((m) => [m.target, emptyDir('1777')])),
    logs: [],
  };
  session.addContainer(container);
  ensureBindSources(session, id);
  prepareMountPoints(session, id);
  session.emit({ type: 'container.created', id, name: container.name, image: request.image });
  return { ok: true, id };
}

/**
 * Makes each mount point in the layer beneath it (the writable layer, or an
 * outer volume for a nested mount) and fills empty volumes from what lies
 * there in the image (test/conformance/41-mount-nested.t, 43-mount-fill-rules.t).
 */
function prepareMountPoints(session: Session, id: string): void {
  const container = session.container(id);
  const views = container.mounts.map((m) => ({ mount: m, view: mountView(session, container, m), depth: splitPath(m.target).length }));
  const ordered = [...views].sort((a, b) => a.depth - b.depth);
  // Docker makes the mount points before a --read-only root is made read-only.
  const root = { ...containerRoot(session, id), readOnly: false };
  for (const { mount, view, depth } of ordered) {
    // The file system as it is beneath this mount: the root and every shallower mount.
    const beneath: MountView[] = ordered.filter((o) => o.depth < depth).map((o) => ({ ...o.view, readOnly: false }));
    const fs = new LayeredVfs(root, beneath);
    const singleFile = mount.type === 'bind' && isHostFile(session, mount.source);
    try {
      if (singleFile) {
        if (!fs.exists(mount.target)) {
          mkdirs(fs, splitPath(mount.target).slice(0, -1));
          fs.writeFile(mount.target, '');
        }
      } else {
        mkdirs(fs, splitPath(mount.target));
      }
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
    }
    if (mount.type === 'volume' && !mount.noCopy) {
      const volume = session.volume(mount.name);
      if (volume !== undefined && isEmptyDir(volume.tree)) {
        // Filled from the image's content at that path, never from another mount (41-mount-nested.t).
        const content = new LayeredVfs(root, []).readTree(mount.target);
        if (content !== undefined && content.type === 'dir' && Object.keys(content.children).length > 0) {
          view.store.set({ ...content, mode: volume.tree.mode });
          session.emit({ type: 'volume.filled', name: mount.name, from: mount.target, files: countFiles(content) });
        }
      }
    }
  }
}

/** A `--mount type=bind` source that is gone stops the container from starting (126-host-bind-source-deleted.t). */
export function checkBindSources(session: Session, id: string): void {
  const host = plainTreeVfs(hostStore(session));
  for (const mount of session.container(id).mounts) {
    if (mount.type === 'bind' && !mount.createSource && !host.exists(mount.source)) {
      throw new DaemonError(`invalid mount config for type "bind": bind source path does not exist: ${mount.source}`);
    }
  }
}

/** `-v /host/path:/p` makes a missing host folder (test/conformance/07-bind-missing-source.t). */
export function ensureBindSources(session: Session, id: string): void {
  const host = plainTreeVfs(hostStore(session));
  for (const mount of session.container(id).mounts) {
    if (mount.type !== 'bind' || !mount.createSource || host.exists(mount.source)) continue;
    const parts = splitPath(mount.source);
    for (let i = 1; i <= parts.length; i++) {
      const path = '/' + parts.slice(0, i).join('/');
      if (!host.exists(path)) {
        host.mkdir(path);
        session.emit({ type: 'host.dirCreated', path });
      }
    }
  }
}

/** Config.Env: the `-e` values first, then the image's that they do not replace. */
function configEnv(asked: readonly string[], fromImage: readonly string[]): string[] {
  const nameOf = (entry: string) => entry.split('=')[0];
  const names = new Set(asked.map(nameOf));
  return [...asked, ...fromImage.filter((entry) => !names.has(nameOf(entry)))];
}

function mkdirs(fs: LayeredVfs, parts: readonly string[]): void {
  for (let i = 1; i <= parts.length; i++) {
    const path = '/' + parts.slice(0, i).join('/');
    if (!fs.exists(path)) fs.mkdir(path);
  }
}

function isHostFile(session: Session, path: string): boolean {
  try {
    return plainTreeVfs(hostStore(session)).stat(path).kind === 'file';
  } catch {
    return false;
  }
}

const ADJECTIVES = ['brave', 'calm', 'eager', 'fervent', 'gifted', 'happy', 'jolly', 'keen', 'lucid', 'merry', 'nifty', 'quirky', 'serene', 'tender', 'vibrant', 'wizardly'];
const SCIENTISTS = ['archimedes', 'babbage', 'curie', 'darwin', 'euclid', 'franklin', 'galileo', 'hopper', 'lovelace', 'newton', 'noether', 'pasteur', 'ritchie', 'shannon', 'turing', 'wozniak'];

/** Docker's adjective_scientist names, picked from the id so they are stable. */
function generatedName(session: Session, id: string): string {
  const n = Number.parseInt(id.slice(0, 8), 16);
  for (let k = 0; ; k++) {
    const name = `${ADJECTIVES[(n + k) % ADJECTIVES.length]}_${SCIENTISTS[Math.floor(n / 16 + k) % SCIENTISTS.length]}${k >= 16 ? k : ''}`;
    if (!session.containers().some((c) => c.name === name)) return name;
  }
}
