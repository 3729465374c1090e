/**
 * Every case in cases.ts against what the real shells printed
 * (recorded.json, written by recordCases.ts from busybox sh and bash).
 */

import { describe, expect, it } from 'vitest';
import recorded from './recorded.json' with { type: 'json' };
import { CASES, STANDARD_FILES, caseKey, maskDates } from './cases.ts';
import { run } from './fixtures.ts';
import type { Dialect } from '../../src/engine/shell/types.ts';

const truth = recorded as Record<string, { output: string; exitCode: number }>;

/** Cases whose real answer depends on the machine that recorded it, not on the shell. */
const KNOWN_DIFFERENCES = new Set<string>([]);

for (const dialect of ['busybox', 'bash'] as const satisfies readonly Dialect[]) {
  describe(`${dialect} matches the real shell`, () => {
    for (const c of CASES) {
      if (c.dialect !== 'both' && c.dialect !== dialect) continue;
      const key = caseKey(c, dialect);
      const expected = truth[key];
      if (expected === undefined || KNOWN_DIFFERENCES.has(key)) continue;
      it(c.name, () => {
        const result = run(dialect, c.script, { files: { ...STANDARD_FILES, ...(c.files ?? {}) }, stdin: c.stdin });
        const output = c.dates ? maskDates(result.output) : result.output;
        expect({ output, exitCode: result.exitCode }).toEqual(expected);
      });
    }
  });
}
