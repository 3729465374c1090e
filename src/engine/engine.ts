/**
 * The engine's one entry point: a line typed at the learner's terminal, run
 * against a world, gives a new world, what was printed, the exit code and
 * the events that say what happened to data. Pure: the same world and line
 * always give the same result.
 */
import { runDocker } from './cli/docker.ts';
import { restartDueContainers } from './docker/daemon.ts';
import { hostStore } from './docker/containerFs.ts';
import { Session } from './docker/session.ts';
import { HOME, type World } from './docker/world.ts';
import type { EngineEvent } from './events.ts';
import { plainTreeVfs } from './fs/layeredVfs.ts';
import { runShell } from './shell/index.ts';
import type { OutputChunk } from './shell/types.ts';

export { createWorld } from './docker/catalog.ts';
export type { World } from './docker/world.ts';
export type { EngineEvent } from './events.ts';

export interface LineResult {
  world: World;
  /** Standard output and standard error as a terminal shows them, in order. */
  output: string;
  chunks: OutputChunk[];
  exitCode: number;
  events: EngineEvent[];
}

/** The host's environment, as the learner's terminal has it. */
const HOST_ENV = [
  { name: 'PATH', value: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
  { name: 'HOME', value: HOME },
  { name: 'USER', value: 'learner' },
];

/** Runs one line typed at the host's terminal. */
export function runLine(world: World, line: string): LineResult {
  const session = new Session(world);
  // Virtual time: each line is a moment later, and the restart manager gets its turn.
  session.tick(1);
  restartDueContainers(session);
  const host = plainTreeVfs(hostStore(session));
  const result = runShell(line, {
    dialect: 'bash',
    fs: host,
    cwd: session.world.terminal.cwd,
    env: HOST_ENV,
    hostname: 'lab',
    stdin: '',
    sleep: (seconds) => {
      session.tick(seconds);
      return 'continue';
    },
    external: (argv, io) => {
      if (argv[0] !== 'docker') return undefined;
      return runDocker(session, argv.slice(1), {
        stdout: (text) => io.writeStdout(text),
        stderr: (text) => io.writeStderr(text),
        stdin: io.stdin,
        cwd: io.cwd,
        env: io.env,
      });
    },
  });
  session.world = { ...session.world, terminal: { cwd: result.cwd } };
  return { world: session.world, output: result.output, chunks: result.chunks, exitCode: result.exitCode, events: session.events };
}
