/**
 * Commands about where data lives: `docker diff` and the volume commands.
 */
import { requireContainer } from '../../docker/daemon.ts';
import { containerChanges } from '../../docker/diff.ts';
import { createVolume, removeVolume } from '../../docker/volumes.ts';
import { daemonErrorLine, forEachTarget, type CommandHandler } from '../context.ts';
import { flagBool, flagList, flagString } from '../parseArgs.ts';

export const diff: CommandHandler = (ctx) => {
  try {
    const container = requireContainer(ctx.session, ctx.parsed.args[0]);
    for (const change of containerChanges(ctx.session, container.id)) ctx.io.stdout(`${change.kind} ${change.path}\n`);
    return 0;
  } catch (e) {
    daemonErrorLine(ctx, e);
    return 1;
  }
};

export const volumeCreate: CommandHandler = (ctx) => {
  const named = ctx.parsed.args[0] ?? (flagString(ctx.parsed, 'name') || null);
  try {
    const labels = Object.fromEntries(flagList(ctx.parsed, 'label').map((l) => [l.split('=')[0], l.includes('=') ? l.slice(l.indexOf('=') + 1) : '']));
    ctx.io.stdout(`${createVolume(ctx.session, named, labels)}\n`);
    return 0;
  } catch (e) {
    daemonErrorLine(ctx, e);
    return 1;
  }
};

export const volumeRm: CommandHandler = (ctx) => {
  const force = flagBool(ctx.parsed, 'force');
  return forEachTarget(ctx, ctx.parsed.args, (name) => removeVolume(ctx.session, name, force));
};

