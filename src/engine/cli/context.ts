/**
 * What a docker command gets to work with: the session holding the world, its
 * parsed arguments, and the terminal's streams.
 */
import type { Session } from '../docker/session.ts';
import { DaemonError } from '../docker/daemon.ts';
import type { ParsedCommand } from './parseArgs.ts';

export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** What the command reads on standard input. */
  readonly stdin: string;
  /** The learner's working directory on the host. */
  readonly cwd: string;
  /** The host shell's environment (`-e NAME` and `--env-file` lines without a value read it). */
  readonly env: readonly { name: string; value: string }[];
}

export interface CommandContext {
  session: Session;
  parsed: ParsedCommand;
  io: CommandIo;
}

/** A command implementation: does its work, prints, returns the exit code. */
export type CommandHandler = (ctx: CommandContext) => number;

/** Prints `Error response from daemon: ...` for a daemon error; other errors are bugs and go on up. */
export function daemonErrorLine(ctx: CommandContext, error: unknown): void {
  if (error instanceof DaemonError) ctx.io.stderr(`Error response from daemon: ${error.message}\n`);
  else throw error;
}

/**
 * Runs `each` for every argument as Docker's multi-target commands do
 * (`docker stop a b`, `docker volume rm a b`): prints the argument for each
 * success as it goes, and the errors all together at the end
 * (test/conformance/51-volume-rm.t, 61-life-start-stop-states.t).
 */
export function forEachTarget(
  ctx: CommandContext,
  targets: readonly string[],
  each: (target: string) => void,
  options: { printTarget?: boolean } = {},
): number {
  const errors: string[] = [];
  for (const target of targets) {
    try {
      each(target);
      if (options.printTarget !== false) ctx.io.stdout(`${target}\n`);
    } catch (e) {
      if (!(e instanceof DaemonError)) throw e;
      errors.push(`Error response from daemon: ${e.message}\n`);
    }
  }
  for (const error of errors) ctx.io.stderr(error);
  return errors.length === 0 ? 0 : 1;
}

/** Whether a flag was given on the command line (Docker's `flags.Changed`). */
export const changed = (ctx: CommandContext, name: string): boolean => ctx.parsed.changed.includes(name);
