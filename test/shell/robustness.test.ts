/**
 * The shell never throws and always ends, whatever is typed: malformed
 * scripts get a syntax error, runaway ones are stopped by the lab.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from './fixtures.ts';

const PIECES = [
  'echo', 'cat', 'ls', 'rm -rf', 'mkdir -p', 'x', 'd', 'abc', '"', "'", '`', '$', '${', '}', '{', '(', ')', '$(', '|', '||',
  '&&', ';', ';;', '&', '>', '>>', '<', '2>&1', '<<', 'EOF', '\n', ' ', '\\', '*', '?', '[', ']', '!', '#', 'if', 'then', 'fi',
  'for', 'in', 'do', 'done', 'while', 'case', 'esac', 'f()', '=', 'a=1', '$((', '))', 'exit', 'sh -c', 'tar cf', 'find', 'grep',
];

describe('robustness', () => {
  for (const dialect of ['busybox', 'bash'] as const) {
    it(`${dialect}: any sequence of shell pieces runs without throwing`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (pieces) => {
          const result = run(dialect, pieces.join(' '), { files: { abc: 'a\n', 'd/f': 'x\n' } });
          expect(typeof result.exitCode).toBe('number');
          expect(result.output).not.toMatch(/internal error/);
        }),
        { numRuns: 400 },
      );
    });

    it(`${dialect}: arbitrary text runs without throwing`, () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 40 }), (text) => {
          const result = run(dialect, text);
          expect(result.output).not.toMatch(/internal error/);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('stops an endless loop', () => {
    const result = run('busybox', 'while true; do :; done; echo never');
    expect(result).toMatchObject({ exitCode: 130, output: 'sh: stopped by the lab after more than 100000 commands\n' });
  });

  it('stops endless recursion', () => {
    expect(run('bash', 'f() { f; }; f').output).toBe('bash: stopped by the lab after more than 100 nested shells or function calls\n');
    expect(run('busybox', "echo 'sh ./s' > s; sh ./s").exitCode).toBe(130);
  });
});
