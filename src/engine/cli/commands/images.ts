/**
 * Image commands that change the world: commit, rmi, tag, pull, image prune.
 */
import { createWorld } from '../../docker/catalog.ts';
import { DaemonError, requireContainer } from '../../docker/daemon.ts';
import {
  commitContainer,
  findImage,
  fullReference,
  isBuiltIn,
  missingImageError,
  referenceError,
  removeImage,
  tagImage,
} from '../../docker/images.ts';
import { daemonErrorLine, type CommandHandler } from '../context.ts';
import { flagBool } from '../parseArgs.ts';

export const commit: CommandHandler = (ctx) => {
  const [ref, reference] = ctx.parsed.args;
  if (reference !== undefined) {
    const error = referenceError(reference);
    if (error !== null) {
      ctx.io.stderr(`${error}\n`);
      return 1;
    }
  }
  try {
    const container = requireContainer(ctx.session, ref);
    const image = commitContainer(ctx.session, container, reference ?? null);
    ctx.io.stdout(`sha256:${image.id}\n`);
    return 0;
  } catch (e) {
    daemonErrorLine(ctx, e);
    return 1;
  }
};

export const rmi: CommandHandler = (ctx) => {
  const force = flagBool(ctx.parsed, 'force');
  const errors: string[] = [];
  for (const ref of ctx.parsed.args) {
    try {
      for (const line of removeImage(ctx.session, ref, force)) ctx.io.stdout(`${line}\n`);
    } catch (e) {
      if (!(e instanceof DaemonError)) throw e;
      errors.push(`Error response from daemon: ${e.message}\n`);
    }
  }
  for (const error of errors) ctx.io.stderr(error);
  return errors.length > 0 ? 1 : 0;
};

export const tag: CommandHandler = (ctx) => {
  const [source, target] = ctx.parsed.args;
  const error = referenceError(target);
  if (error !== null) {
    ctx.io.stderr(`Error parsing reference: "${target}" is not a valid repository/tag: ${error}\n`);
    return 1;
  }
  try {
    tagImage(ctx.session, source, target);
    return 0;
  } catch (e) {
    daemonErrorLine(ctx, e);
    return 1;
  }
};

/**
 * `docker pull`: the lab has no network. A built-in image is always at hand
 * (one that was removed comes back from the catalog); anything else fails and
 * says why.
 */
export const pull: CommandHandler = (ctx) => {
  const ref = ctx.parsed.args[0];
  const full = fullReference(ref);
  if (!isBuiltIn(ref)) {
    ctx.io.stderr(`Error response from daemon: ${missingImageError(ref)}\n`);
    return 1;
  }
  const [name, tagName] = full.split(':');
  if (!ref.includes(':')) ctx.io.stdout('Using default tag: latest\n');
  ctx.io.stdout(`${tagName}: Pulling from library/${name}\n`);
  const present = findImage(ctx.session, full);
  if (present === undefined) {
    const original = createWorld().images.find((i) => i.repoTags.includes(full))!;
    const existing = ctx.session.world.images.find((i) => i.id === original.id);
    if (existing !== undefined) ctx.session.putImage({ ...existing, repoTags: [...existing.repoTags, full], deleted: false });
    else ctx.session.putImage(original);
    ctx.session.emit({ type: 'image.created', id: original.id, tags: [full] });
  }
  const image = findImage(ctx.session, full)!;
  ctx.io.stdout(`Digest: sha256:${image.id}\n`);
  ctx.io.stdout(present === undefined ? `Status: Downloaded newer image for ${full}\n` : `Status: Image is up to date for ${full}\n`);
  ctx.io.stdout(`docker.io/library/${full}\n`);
  return 0;
};

