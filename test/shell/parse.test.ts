/**
 * The parser on its own: the tree it builds, and that it reads one complete
 * command (one line) at a time, as `sh -c` does.
 */

import { describe, expect, it } from 'vitest';
import { Parser, ShellSyntaxError, parseScript } from '../../src/engine/shell/parse.ts';
import type { Command, SimpleCommand } from '../../src/engine/shell/ast.ts';

const first = (src: string): Command => parseScript(src).items[0].andOr.first.commands[0];
const simple = (src: string): SimpleCommand => first(src) as SimpleCommand;

describe('parse', () => {
  it.each([
    ['echo a b', ['echo', 'a', 'b']],
    ["echo 'a b' \"c d\"", ['echo', 'a b', 'c d']],
    ['echo a\\ b', ['echo', 'a b']],
  ])('splits %s into words', (src, words) => {
    const texts = simple(src).words.map((w) => w.map((p) => (p.kind === 'literal' ? p.text : '?')).join(''));
    expect(texts).toEqual(words);
  });

  it('separates assignments, words and redirections', () => {
    const cmd = simple('A=1 B="x y" env > out 2>&1 < in');
    expect(cmd.assignments.map((a) => a.name)).toEqual(['A', 'B']);
    expect(cmd.words).toHaveLength(1);
    expect(cmd.redirects.map((r) => [r.fd, r.op])).toEqual([
      [1, '>'],
      [2, '>&'],
      [0, '<'],
    ]);
  });

  it('keeps quoting on expansions', () => {
    expect(simple('echo "$x" $y ${z:-d}').words.slice(1)).toEqual([
      [
        { kind: 'literal', text: '', quoted: true },
        { kind: 'param', name: 'x', quoted: true },
      ],
      [{ kind: 'param', name: 'y', quoted: false }],
      [{ kind: 'param', name: 'z', op: ':-', arg: [{ kind: 'literal', text: 'd', quoted: false }], quoted: false }],
    ]);
  });

  it('parses lists, pipelines and compound commands', () => {
    const list = parseScript('a | b && ! c; d &');
    expect(list.items).toHaveLength(2);
    expect(list.items[0].andOr.first.commands).toHaveLength(2);
    expect(list.items[0].andOr.rest[0].op).toBe('&&');
    expect(list.items[0].andOr.rest[0].pipeline.bang).toBe(true);
    expect(list.items[1].background).toBe(true);
    expect(first('if a; then b; elif c; then d; else e; fi').kind).toBe('if');
    expect(first('for x in 1 2; do echo $x; done').kind).toBe('for');
    expect(first('while a; do b; done').kind).toBe('loop');
    expect(first('case x in a|b) c;; esac').kind).toBe('case');
    expect(first('f() { a; }').kind).toBe('function');
    expect(first('( a; b )')).toMatchObject({ kind: 'group', subshell: true });
  });

  it('reads here-documents after the line that opens them', () => {
    const cmd = simple('cat <<EOF\nhello $x\nEOF\n');
    expect(cmd.redirects[0].op).toBe('<<');
    expect(cmd.redirects[0].heredoc).toEqual([
      { kind: 'literal', text: '', quoted: true },
      { kind: 'literal', text: 'hello ', quoted: true },
      { kind: 'param', name: 'x', quoted: true },
      { kind: 'literal', text: '\n', quoted: true },
    ]);
  });

  it('reads one line at a time, so a later syntax error comes after earlier lines', () => {
    const parser = new Parser('echo one\necho "two');
    expect(parser.next()?.items).toHaveLength(1);
    expect(() => parser.next()).toThrow(ShellSyntaxError);
  });

  it.each([
    ['echo "abc', { kind: 'unterminated-quote', quote: '"' }],
    ['echo a && ; b', { kind: 'unexpected-token', token: ';' }],
    ['if true; then echo', { kind: 'unexpected-eof', expecting: 'fi' }],
    ['echo ${x', { kind: 'missing-brace' }],
  ])('reports %s as %o', (src, problem) => {
    try {
      parseScript(src);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ShellSyntaxError);
      expect((err as ShellSyntaxError).problem).toEqual(problem);
    }
  });
});
