import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/engine/cli/commandTable.ts';
import { catalog } from '../../src/engine/docker/catalog.ts';
import { createWorld, runLine } from '../../src/engine/engine.ts';
import type { TerminalEntry } from '../../src/ui/lab.svelte.ts';
import { emptyHistory, next, previous, remember, type History } from '../../src/ui/terminal/history.ts';
import { commandPath, helpText } from '../../src/ui/terminal/helpText.ts';
import { keyAction, type KeyPress } from '../../src/ui/terminal/keys.ts';
import { execLineCommand, lineAction } from '../../src/ui/terminal/lineAction.ts';
import { shellJoin, shellQuote } from '../../src/ui/terminal/quoting.ts';
import { exitHint, mergeScrollback, type TerminalNote } from '../../src/ui/terminal/scrollback.ts';

function historyOf(...lines: string[]): History {
  return lines.reduce(remember, emptyHistory);
}

describe('history', () => {
  it.each([
    { lines: ['a', 'b'], keep: ['a', 'b'] },
    { lines: ['a', '', '  ', 'b'], keep: ['a', 'b'] },
    { lines: ['a', 'a', 'b', 'a'], keep: ['a', 'b', 'a'] },
  ])('remembers $lines as $keep', ({ lines, keep }) => {
    expect(historyOf(...lines).lines).toEqual(keep);
  });

  it('walks back, then forward to the draft', () => {
    let h = historyOf('one', 'two');
    const steps: string[] = [];
    let line = 'draft';
    for (const move of [previous, previous, previous, next, next, next]) {
      const step = move(h, line);
      h = step.history;
      line = step.line;
      steps.push(line);
    }
    expect(steps).toEqual(['two', 'one', 'one', 'two', 'draft', 'draft']);
  });

  it('does nothing on an empty history', () => {
    expect(previous(emptyHistory, 'x').line).toBe('x');
    expect(next(emptyHistory, 'x').line).toBe('x');
  });
});

describe('keyAction', () => {
  const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  });
  const typing = { empty: false, hasSelection: false };
  it.each([
    { press: press('ArrowUp'), situation: typing, action: 'historyUp' },
    { press: press('ArrowDown'), situation: typing, action: 'historyDown' },
    { press: press('Tab'), situation: typing, action: 'complete' },
    { press: press('Tab'), situation: { empty: true, hasSelection: false }, action: null },
    { press: press('Tab', { shiftKey: true }), situation: typing, action: null },
    { press: press('l', { ctrlKey: true }), situation: typing, action: 'clear' },
    { press: press('L', { ctrlKey: true }), situation: typing, action: 'clear' },
    { press: press('c', { ctrlKey: true }), situation: typing, action: 'interrupt' },
    { press: press('c', { ctrlKey: true }), situation: { empty: false, hasSelection: true }, action: null },
    { press: press('c', { metaKey: true }), situation: typing, action: null },
    { press: press('v', { ctrlKey: true }), situation: typing, action: null },
    { press: press('a'), situation: typing, action: null },
    { press: press('ArrowLeft'), situation: typing, action: null },
  ])('$press.key ctrl=$press.ctrlKey shift=$press.shiftKey → $action', ({ press, situation, action }) => {
    expect(keyAction(press, situation)).toBe(action);
  });
});

describe('lineAction', () => {
  it.each([
    { line: '', shell: null, action: { kind: 'nothing' } },
    { line: '   ', shell: null, action: { kind: 'nothing' } },
    { line: 'help', shell: null, action: { kind: 'help' } },
    { line: ' clear ', shell: null, action: { kind: 'clear' } },
    { line: 'clear', shell: 'db', action: { kind: 'clear' } },
    { line: 'exit', shell: 'db', action: { kind: 'exitShell' } },
    { line: 'exit', shell: null, action: { kind: 'run', command: 'exit' } },
    { line: 'docker ps', shell: null, action: { kind: 'run', command: 'docker ps' } },
    { line: 'ls /', shell: 'db', action: { kind: 'run', command: "docker exec db sh -c 'ls /'" } },
    { line: "echo 'hi'", shell: 'db', action: { kind: 'run', command: `docker exec db sh -c 'echo '\\''hi'\\'''` } },
    { line: 'help', shell: 'db', action: { kind: 'run', command: 'docker exec db sh -c help' } },
  ])('$line in $shell', ({ line, shell, action }) => {
    expect(lineAction(line, shell)).toEqual(action);
  });

  it('runs a container shell line exactly as typed', () => {
    let world = runLine(createWorld(), 'docker run -d --name box busybox sleep 1000').world;
    const line = `echo "it's" $((1+2)) > /tmp/x; cat /tmp/x`;
    const result = runLine(world, execLineCommand('box', line));
    world = result.world;
    expect(result.output).toBe("it's 3\n");
  });
});

describe('shellQuote', () => {
  it.each([
    { text: 'db', quoted: 'db' },
    { text: '/var/lib/mysql', quoted: '/var/lib/mysql' },
    { text: 'dbdata:/var/lib/mysql:ro', quoted: 'dbdata:/var/lib/mysql:ro' },
    { text: 'a b', quoted: "'a b'" },
    { text: '', quoted: "''" },
    { text: "it's", quoted: `'it'\\''s'` },
    { text: '$HOME', quoted: "'$HOME'" },
    { text: '*', quoted: "'*'" },
  ])('$text → $quoted', ({ text, quoted }) => {
    expect(shellQuote(text)).toBe(quoted);
  });

  it('joins words', () => {
    expect(shellJoin(['echo', 'a b', 'c'])).toBe("echo 'a b' c");
  });
});

describe('scrollback', () => {
  const entry = (id: number): TerminalEntry => ({ id, line: `e${id}`, chunks: [], exitCode: 0, source: 'typed' });
  const note = (id: number, afterEntry: number): TerminalNote => ({ id, afterEntry, echo: null, text: `n${id}` });
  it.each([
    { entries: [], notes: [], keys: [] },
    { entries: [1, 2], notes: [], keys: ['e1', 'e2'] },
    { entries: [], notes: [[1, 0]], keys: ['n1'] },
    { entries: [1, 2], notes: [[1, 0], [2, 1], [3, 1], [4, 2]], keys: ['n1', 'e1', 'n2', 'n3', 'e2', 'n4'] },
    // After a clear, entry ids go on from where they were.
    { entries: [5], notes: [[7, 4]], keys: ['n7', 'e5'] },
  ])('$keys', ({ entries, notes, keys }) => {
    const items = mergeScrollback(
      entries.map(entry),
      notes.map(([id, after]) => note(id, after)),
    );
    expect(items.map((i) => i.key)).toEqual(keys);
  });

  it.each([
    { code: 0, hint: '' },
    { code: 1, hint: '[exit 1]' },
    { code: 127, hint: '[exit 127]' },
  ])('exit hint for $code', ({ code, hint }) => {
    expect(exitHint(code)).toBe(hint);
  });
});

describe('help', () => {
  const text = helpText();
  it('lists every docker command with its description', () => {
    for (const spec of COMMANDS) expect(text).toMatch(new RegExp(`${commandPath(spec).replace(/ /g, ' ')} +${spec.short.replace(/[()]/g, '.')}`));
  });
  it('lists the host programs, the container applets and clear', () => {
    for (const word of ['cat', 'mkdir', 'cd', 'grep']) expect(text).toMatch(new RegExp(`\\b${word}\\b`));
    for (const applet of catalog.applets.filter((a) => a !== '[')) expect(text).toContain(applet);
    expect(text).toMatch(/clear +clear the screen/);
  });
  it.each([
    { id: 'container.rm', path: 'docker rm' },
    { id: 'volume.create', path: 'docker volume create' },
    { id: 'image.inspect', path: 'docker image inspect' },
    { id: 'inspect', path: 'docker inspect' },
  ])('calls $id $path', ({ id, path }) => {
    expect(commandPath(COMMANDS.find((c) => c.id === id)!)).toBe(path);
  });
});
