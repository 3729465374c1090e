/**
 * The `docker` program: parses the command line like the docker CLI and runs
 * the command's handler against the session's world.
 */
import type { Session } from '../docker/session.ts';
import type { CommandId } from './commandTable.ts';
import type { CommandContext, CommandHandler, CommandIo } from './context.ts';
import { parseDockerArgs } from './parseArgs.ts';
import * as lifecycle from './commands/lifecycle.ts';
import * as storage from './commands/storage.ts';
import * as listing from './commands/listing.ts';
import * as images from './commands/images.ts';
import { inspect } from './commands/inspect.ts';
import { copy } from './commands/copy.ts';
import * as prune from './commands/prune.ts';

/** One handler per command id: the whole command line surface in one table. */
const HANDLERS: Record<CommandId, CommandHandler> = {
  'container.run': lifecycle.run,
  'container.create': lifecycle.create,
  'container.start': lifecycle.start,
  'container.stop': lifecycle.stop,
  'container.restart': lifecycle.restart,
  'container.kill': lifecycle.kill,
  'container.pause': lifecycle.pause,
  'container.unpause': lifecycle.unpause,
  'container.rm': lifecycle.rm,
  'container.exec': lifecycle.exec,
  'container.logs': lifecycle.logs,
  'container.wait': lifecycle.wait,
  'container.rename': lifecycle.rename,
  'container.prune': prune.containerPrune,
  'container.ls': listing.ps,
  'container.inspect': inspect,
  'container.diff': storage.diff,
  'container.commit': images.commit,
  'container.cp': copy,
  'image.ls': listing.images,
  'image.rm': images.rmi,
  'image.inspect': inspect,
  'image.history': listing.history,
  'image.pull': images.pull,
  'image.prune': prune.imagePrune,
  'image.tag': images.tag,
  'volume.create': storage.volumeCreate,
  'volume.inspect': inspect,
  'volume.ls': listing.volumes,
  'volume.rm': storage.volumeRm,
  'volume.prune': prune.volumePrune,
  'system.prune': prune.systemPrune,
  inspect,
};

/** Runs `docker ARGS...`; returns the exit code. */
export function runDocker(session: Session, args: readonly string[], io: CommandIo): number {
  const parsed = parseDockerArgs(args);
  if (parsed.kind === 'output') {
    (parsed.stream === 'stdout' ? io.stdout : io.stderr)(parsed.output);
    return parsed.exitCode;
  }
  if (parsed.kind === 'unsupported') {
    io.stderr(`${parsed.path}: this command is not part of the lab; it simulates containers, images and volumes\n`);
    return 1;
  }
  if (parsed.notice !== '') io.stdout(parsed.notice);
  const ctx: CommandContext = { session, parsed, io };
  return HANDLERS[parsed.command.id](ctx);
}
