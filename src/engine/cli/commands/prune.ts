/**
 * The prune commands: what Docker deletes in one sweep. None of them ever
 * touches a named volume unless asked with `volume prune --all`.
 */
import { dispatch } from '../../docker/daemon.ts';
import { layerBytes, removeImage } from '../../docker/images.ts';
import type { Session } from '../../docker/session.ts';
import { pruneVolumes } from '../../docker/volumes.ts';
import type { CommandContext, CommandHandler } from '../context.ts';
import { humanSize } from '../format.ts';
import { flagBool } from '../parseArgs.ts';

/** Asks before a prune, as Docker does; empty input means no, and only y or Y means yes (125-cli-prune-answers.t). */
function confirmed(ctx: CommandContext, warning: string): boolean {
  if (flagBool(ctx.parsed, 'force')) return true;
  ctx.io.stdout(`${warning}\nAre you sure you want to continue? [y/N] `);
  const answer = ctx.io.stdin.split('\n')[0]?.trim().toLowerCase() ?? '';
  return answer === 'y';
}

/** Removes every container that is not running; their writable layers go with them. */
function pruneContainers(session: Session): { ids: string[]; bytes: number } {
  const ids: string[] = [];
  let bytes = 0;
  for (const container of [...session.containers()]) {
    if (container.status !== 'exited' && container.status !== 'created' && container.status !== 'dead') continue;
    bytes += layerBytes(container.writableLayer);
    dispatch(session, container.id, { type: 'container.remove', force: false, volumes: false });
    ids.push(container.id);
  }
  return { ids, bytes };
}

/** Removes images no container uses: only unnamed ones, or with `all` every committed one too. */
function pruneImages(session: Session, all: boolean): string[] {
  const lines: string[] = [];
  for (const image of [...session.world.images]) {
    if (image.deleted || (!all && image.repoTags.length > 0)) continue;
    if (session.containers().some((c) => c.imageId === image.id)) continue;
    if (all && image.parent === null) continue;
    lines.push(...removeImage(session, image.id, false).map((l) => l.replace(/^Deleted/, 'deleted').replace(/^Untagged/, 'untagged')));
  }
  return lines;
}

const section = (title: string, lines: readonly string[]) => (lines.length > 0 ? `${title}:\n${lines.map((l) => `${l}\n`).join('')}\n` : '');

export const containerPrune: CommandHandler = (ctx) => {
  if (!confirmed(ctx, 'WARNING! This will remove all stopped containers.')) return 0;
  const { ids, bytes } = pruneContainers(ctx.session);
  ctx.io.stdout(`${section('Deleted Containers', ids)}Total reclaimed space: ${humanSize(bytes)}\n`);
  return 0;
};

export const volumePrune: CommandHandler = (ctx) => {
  const all = flagBool(ctx.parsed, 'all');
  const warning = all
    ? 'WARNING! This will remove all local volumes not used by at least one container.'
    : 'WARNING! This will remove anonymous local volumes not used by at least one container.';
  if (!confirmed(ctx, warning)) return 0;
  const { names, bytes } = pruneVolumes(ctx.session, all);
  ctx.io.stdout(`${section('Deleted Volumes', names)}Total reclaimed space: ${humanSize(bytes)}\n`);
  return 0;
};

export const imagePrune: CommandHandler = (ctx) => {
  const all = flagBool(ctx.parsed, 'all');
  const warning = all
    ? 'WARNING! This will remove all images without at least one container associated to them.'
    : 'WARNING! This will remove all dangling images.';
  if (!confirmed(ctx, warning)) return 0;
  ctx.io.stdout(`${section('Deleted Images', pruneImages(ctx.session, all))}Total reclaimed space: ${humanSize(0)}\n`);
  return 0;
};

/** `docker system prune`: stopped containers, dangling (or all unused) images, and with --volumes unused anonymous volumes. */
export const systemPrune: CommandHandler = (ctx) => {
  const all = flagBool(ctx.parsed, 'all');
  const volumes = flagBool(ctx.parsed, 'volumes');
  const items = [
    '  - all stopped containers',
    '  - all networks not used by at least one container',
    ...(volumes ? ['  - all anonymous volumes not used by at least one container'] : []),
    all ? '  - all images without at least one container associated to them' : '  - all dangling images',
    all ? '  - all build cache' : '  - unused build cache',
  ];
  if (!confirmed(ctx, `WARNING! This will remove:\n${items.join('\n')}\n`)) return 0;
  const containers = pruneContainers(ctx.session);
  const pruned = volumes ? pruneVolumes(ctx.session, false) : { names: [], bytes: 0 };
  const images = pruneImages(ctx.session, all);
  ctx.io.stdout(
    `${section('Deleted Containers', containers.ids)}${section('Deleted Volumes', pruned.names)}${section('Deleted Images', images)}` +
      `Total reclaimed space: ${humanSize(containers.bytes + pruned.bytes)}\n`,
  );
  return 0;
};
