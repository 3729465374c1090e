/**
 * Replays a recorded transcript in a fresh world and compares each step with
 * what the real engine printed.
 */
import { HOME } from './docker/world.ts';
import { createWorld, runLine, type World } from './engine.ts';
import { compareForm, parseTranscript, recordedOutput } from './transcript.ts';

export interface Difference {
  cmd: string;
  /** What Docker printed, normalized. */
  want: string;
  /** What the lab printed, normalized. */
  got: string;
}

/**
 * The recorder runs each line in a new bash in the learner's home, so a `cd`
 * lasts for its own line only; replaying a transcript does the same.
 */
export function freshShell(world: World): World {
  return { ...world, terminal: { cwd: HOME } };
}

export type CheckResult = { ok: true } | { ok: false; differences: Difference[] };

export function checkTranscript(text: string): CheckResult {
  const transcript = parseTranscript(text);
  let world = createWorld();
  const differences: Difference[] = [];
  for (const step of transcript.steps) {
    let got: string;
    try {
      const result = runLine(freshShell(world), step.cmd);
      world = result.world;
      got = recordedOutput(result.output, result.exitCode);
    } catch (e) {
      got = `lab crashed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`;
    }
    const want = compareForm(step.cmd, step.out.join('\n'));
    const have = compareForm(step.cmd, got);
    if (want !== have) differences.push({ cmd: step.cmd, want, got: have });
  }
  return differences.length === 0 ? { ok: true } : { ok: false, differences };
}
