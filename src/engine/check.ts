/**
 * Replays a recorded transcript in a fresh world and compares each step with
 * what the real engine printed.
 */
import { createWorld, runLine } from './engine.ts';
import { compareForm, parseTranscript, recordedOutput } from './transcript.ts';

export interface Difference {
  cmd: string;
  /** What Docker printed, normalized. */
  want: string;
  /** What the lab printed, normalized. */
  got: string;
}

export type CheckResult = { ok: true } | { ok: false; differences: Difference[] };

export function checkTranscript(text: string): CheckResult {
  const transcript = parseTranscript(text);
  let world = createWorld();
  const differences: Difference[] = [];
  for (const step of transcript.steps) {
    let got: string;
    try {
      const result = runLine(world, step.cmd);
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
