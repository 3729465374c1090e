/**
 * Images: finding them by reference, `docker commit`, `docker rmi`, `docker tag`,
 * and what `docker images` and `docker history` list.
 */
import { walk, type DirNode, type FsNode } from '../fs/tree.ts';
import { BUSYBOX, catalog } from './catalog.ts';
import { DaemonError } from './daemon.ts';
import { shortId } from './ids.ts';
import type { Session } from './session.ts';
import type { Container, Image } from './world.ts';

/** The busybox binary's size in the real images, so sizes look like Docker's. */
const BUSYBOX_BYTES = 1_982_536;

/** Bytes in a tree as `docker images` and `history` count them. */
export function layerBytes(tree: DirNode): number {
  let bytes = 0;
  for (const [, node] of walk(tree)) bytes += nodeBytes(node);
  return bytes;
}

function nodeBytes(node: FsNode): number {
  if (node.type === 'file') return node.content === BUSYBOX ? BUSYBOX_BYTES : node.content.length;
  if (node.type === 'symlink') return node.target.length;
  return 0;
}

/** `name` → `name:latest`; a reference with a tag or digest stays as it is. */
export function fullReference(ref: string): string {
  const slash = ref.lastIndexOf('/');
  return ref.slice(slash + 1).includes(':') ? ref : `${ref}:latest`;
}

/** Why a reference is not well-formed, in Docker's words, or null. */
export function referenceError(ref: string): string | null {
  const name = ref.includes(':') ? ref.slice(0, ref.lastIndexOf(':')) : ref;
  if (name !== name.toLowerCase()) return `invalid reference format: repository name (library/${name}) must be lowercase`;
  if (!/^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?$/.test(ref)) {
    return 'invalid reference format';
  }
  return null;
}

/** Finds an image by `name[:tag]`, full or short id, or `sha256:` id. */
export function findImage(session: Session, ref: string): Image | undefined {
  const images = session.world.images.filter((i) => !i.deleted);
  const byTag = images.find((i) => i.repoTags.includes(fullReference(ref)));
  if (byTag !== undefined) return byTag;
  const hex = ref.startsWith('sha256:') ? ref.slice(7) : ref;
  if (!/^[0-9a-f]{4,64}$/.test(hex)) return undefined;
  const matches = images.filter((i) => i.id.startsWith(hex));
  return matches.length === 1 ? matches[0] : undefined;
}

/** The lab has no network: pulling anything that is not built in fails, and says why. */
export function missingImageError(ref: string): string {
  return `pull access denied for ${fullReference(ref).replace(/:[^:]*$/, '')}: the lab has no network; only the built-in images can be used (${catalog.images.map((i) => i.name).join(', ')})`;
}

export function isBuiltIn(ref: string): boolean {
  const full = fullReference(ref);
  return catalog.images.some((image) => image.tags.some((tag) => `${image.name}:${tag}` === full));
}

/** One history entry, oldest first in the image, newest first when shown. */
export interface HistoryRow {
  id: string;
  created: number;
  createdBy: string;
  size: number;
  comment: string;
}

function jsonArgs(args: readonly string[]): string {
  return `[${args.map((a) => JSON.stringify(a)).join(' ')}]`;
}

/**
 * The history of an image, as the legacy builder recorded it for the
 * catalog's images: an ADD per layer, then ENV, VOLUME, WORKDIR, ENTRYPOINT, CMD
 * (test/conformance/55-image-history.t). Ids are derived from the image's.
 */
export function imageHistory(session: Session, image: Image): HistoryRow[] {
  const rows: HistoryRow[] = [];
  const base = session.world.images.find((i) => i.id === image.parent);
  if (base !== undefined) rows.push(...imageHistory(session, base));
  else {
    image.layers.forEach((layerId) => {
      const layer = session.world.layers[layerId];
      rows.push({ id: '', created: image.created, createdBy: `/bin/sh -c #(nop) ADD file:${layer.id} in / `, size: layerBytes(layer.tree), comment: '' });
    });
    const c = image.config;
    for (const env of c.env) rows.push({ id: '', created: image.created, createdBy: `/bin/sh -c #(nop)  ENV ${env}`, size: 0, comment: '' });
    for (const v of c.volumes) rows.push({ id: '', created: image.created, createdBy: `/bin/sh -c #(nop)  VOLUME [${v}]`, size: 0, comment: '' });
    rows.push({ id: '', created: image.created, createdBy: `/bin/sh -c #(nop) WORKDIR ${c.workdir}`, size: 0, comment: '' });
    if (c.entrypoint !== null) rows.push({ id: '', created: image.created, createdBy: `/bin/sh -c #(nop)  ENTRYPOINT ${jsonArgs(c.entrypoint)}`, size: 0, comment: '' });
    if (c.cmd !== null) rows.push({ id: '', created: image.created, createdBy: `/bin/sh -c #(nop)  CMD ${jsonArgs(c.cmd)}`, size: 0, comment: '' });
  }
  if (base !== undefined) {
    const top = session.world.layers[image.layers[image.layers.length - 1]];
    rows.push({ id: '', created: image.created, createdBy: image.createdBy, size: layerBytes(top.tree), comment: image.comment });
  }
  // Each step is an image of its own; the last one is this image.
  return rows.map((row, i) => ({ ...row, id: i === rows.length - 1 ? image.id : derivedId(image.id, i) }));
}

function derivedId(id: string, n: number): string {
  const rotated = id.slice(n * 5 % 64) + id.slice(0, n * 5 % 64);
  return [...rotated].map((ch, i) => ((Number.parseInt(ch, 16) + n + i) % 16).toString(16)).join('');
}

export function imageSize(session: Session, image: Image): number {
  return image.layers.reduce((sum, id) => sum + layerBytes(session.world.layers[id].tree), 0);
}

/** `docker commit`: the writable layer becomes a new layer on top of the image's. Volumes are not included. */
export function commitContainer(session: Session, container: Container, reference: string | null): Image {
  const base = session.world.images.find((i) => i.id === container.imageId);
  if (base === undefined) throw new DaemonError(`No such image: ${container.imageId}`);
  const layerId = session.newId();
  session.world = {
    ...session.world,
    layers: { ...session.world.layers, [layerId]: { id: layerId, createdBy: '', tree: container.writableLayer, created: session.clock } },
  };
  const id = session.newId();
  const tag = reference === null ? null : fullReference(reference);
  if (tag !== null) untagEverywhere(session, tag);
  const image: Image = {
    id,
    repoTags: tag === null ? [] : [tag],
    layers: [...base.layers, layerId],
    config: {
      ...base.config,
      cmd: container.config.cmd,
      entrypoint: container.config.entrypoint,
      env: container.config.env,
      workdir: container.config.workdir,
    },
    service: base.service,
    created: session.clock,
    comment: '',
    deleted: false,
    parent: base.id,
    createdBy: [container.path, ...container.args].join(' '),
  };
  session.putImage(image);
  session.emit({ type: 'image.created', id, tags: image.repoTags });
  return image;
}

/** Takes `tag` off whichever image has it (a new image or `docker tag` moves it). */
function untagEverywhere(session: Session, tag: string): void {
  for (const other of session.world.images) {
    if (other.repoTags.includes(tag)) session.putImage({ ...other, repoTags: other.repoTags.filter((t) => t !== tag) });
  }
}

/** `docker tag SOURCE TARGET`. */
export function tagImage(session: Session, source: string, target: string): void {
  const image = findImage(session, source);
  if (image === undefined) throw new DaemonError(`No such image: ${fullReference(source)}`);
  const tag = fullReference(target);
  untagEverywhere(session, tag);
  const fresh = session.world.images.find((i) => i.id === image.id)!;
  session.putImage({ ...fresh, repoTags: [...fresh.repoTags, tag] });
}

/** `docker rmi [-f] REF`: the lines it prints (Untagged/Deleted). */
export function removeImage(session: Session, ref: string, force: boolean): string[] {
  const image = findImage(session, ref);
  if (image === undefined) throw new DaemonError(`No such image: ${fullReference(ref)}`);
  const byTag = image.repoTags.includes(fullReference(ref));
  const users = session.containers().filter((c) => c.imageId === image.id);
  const lines: string[] = [];
  // A name of an image that has other names is only untagged, used or not (60-image-rmi-shared-tag.t).
  if (byTag && image.repoTags.length > 1) {
    const tag = fullReference(ref);
    session.putImage({ ...image, repoTags: image.repoTags.filter((t) => t !== tag) });
    session.emit({ type: 'image.untagged', id: image.id, tag });
    return [`Untagged: ${tag}`];
  }
  if (users.length > 0 && !force) {
    const what = byTag ? `remove repository reference "${ref}"` : `delete ${shortId(image.id)}`;
    throw new DaemonError(`conflict: unable to ${what} (must force) - container ${shortId(users[0].id)} is using its referenced image ${shortId(image.id)}`);
  }
  for (const tag of image.repoTags) {
    lines.push(`Untagged: ${tag}`);
    session.emit({ type: 'image.untagged', id: image.id, tag });
  }
  if (users.length > 0) {
    // Forced while in use: the name goes, the image stays for its containers.
    session.putImage({ ...image, repoTags: [], deleted: true });
    lines.push(`Deleted: sha256:${image.id}`);
    return lines;
  }
  session.deleteImage(image.id);
  lines.push(`Deleted: sha256:${image.id}`);
  if (image.parent !== null) lines.push(`Deleted: sha256:${image.layers[image.layers.length - 1]}`);
  session.emit({ type: 'image.removed', id: image.id });
  return lines;
}
