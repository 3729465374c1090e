import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorld, runLine, type World } from '../../src/engine/engine.ts';
import type { LifecycleState } from '../../src/engine/machines/lifecycleMachine.ts';
import { initialScale, initialTheme, otherTheme } from '../../src/ui/controls/appearance.ts';
import { hostWriteCommand, listItems, runCommand, volumeCreateCommand, writeFileCommand, type NewContainer } from '../../src/ui/controls/commands.ts';
import { shellQuote } from '../../src/ui/terminal/quoting.ts';
import { CONTAINER_ACTIONS, EXEC_EVENT, actionCommand, allowed } from '../../src/ui/controls/containerActions.ts';

const blank: NewContainer = { image: 'mysql', name: '', volumes: [], binds: [], tmpfs: [], readOnly: false, detach: true };

describe('runCommand', () => {
  it.each([
    { form: blank, command: 'docker run -d mysql' },
    { form: { ...blank, detach: false }, command: 'docker run mysql' },
    { form: { ...blank, name: ' db ' }, command: 'docker run -d --name db mysql' },
    { form: { ...blank, name: 'db', volumes: ['dbdata:/var/lib/mysql'] }, command: 'docker run -d --name db -v dbdata:/var/lib/mysql mysql' },
    {
      form: { ...blank, image: 'nginx:1.27', binds: ['/home/learner/site:/usr/share/nginx/html:ro'] },
      command: 'docker run -d -v /home/learner/site:/usr/share/nginx/html:ro nginx:1.27',
    },
    { form: { ...blank, image: 'redis', tmpfs: ['/scratch', '/run'] }, command: 'docker run -d --tmpfs /scratch --tmpfs /run redis' },
    { form: { ...blank, readOnly: true }, command: 'docker run -d --read-only mysql' },
    { form: { ...blank, name: 'my db' }, command: "docker run -d --name 'my db' mysql" },
    {
      form: { ...blank, name: 'db', volumes: ['a:/a'], binds: ['/home/learner/b:/b'], tmpfs: ['/t'], readOnly: true },
      command: 'docker run -d --name db -v a:/a -v /home/learner/b:/b --tmpfs /t --read-only mysql',
    },
  ])('$command', ({ form, command }) => {
    expect(runCommand(form)).toBe(command);
  });
});

describe('volumeCreateCommand', () => {
  it.each([
    { name: 'dbdata', command: 'docker volume create dbdata' },
    { name: '  dbdata ', command: 'docker volume create dbdata' },
    { name: '', command: 'docker volume create' },
  ])('$name → $command', ({ name, command }) => {
    expect(volumeCreateCommand(name)).toBe(command);
  });
});

describe('listItems', () => {
  it.each([
    { text: '', items: [] },
    { text: 'a:/a', items: ['a:/a'] },
    { text: 'a:/a, b:/b', items: ['a:/a', 'b:/b'] },
    { text: ' a:/a\nb:/b  c:/c,', items: ['a:/a', 'b:/b', 'c:/c'] },
  ])('$text', ({ text, items }) => {
    expect(listItems(text)).toEqual(items);
  });
});

describe('writeFileCommand', () => {
  it.each([
    { path: '/var/lib/mysql/shop.ibd', text: 'orders', command: "docker exec db sh -c 'echo orders > /var/lib/mysql/shop.ibd'" },
    { path: '/tmp/a b', text: 'x', command: `docker exec db sh -c 'echo x > '\\''/tmp/a b'\\'''` },
    { path: '/tmp/x', text: "it's", command: `docker exec db sh -c 'echo '\\''it'\\''\\'\\'''\\''s'\\'' > /tmp/x'` },
    { path: '/tmp/x', text: '-n', command: `docker exec db sh -c 'printf '\\''%s\\n'\\'' -n > /tmp/x'` },
  ])('$text > $path', ({ path, text, command }) => {
    expect(writeFileCommand('db', path, text)).toBe(command);
  });

  const running = runLine(createWorld(), 'docker run -d --name box busybox sleep 1000').world;
  function roundTrip(world: World, path: string, text: string): string {
    const written = runLine(world, writeFileCommand('box', path, text));
    expect(written.exitCode, written.output).toBe(0);
    return runLine(written.world, `docker exec box cat ${shellQuote(path)}`).output;
  }

  it('writes exactly the text, whatever it holds (property)', () => {
    // Single-line text: the form's field is one line. Backslashes are left out: busybox echo keeps them, but they are not the point here.
    const text = fc.string({ unit: fc.constantFrom(...'ab -\'"$`*?;&|<>(){}[]#~=%!,.:\t'.split('')), maxLength: 20 });
    fc.assert(
      fc.property(text, (t) => {
        expect(roundTrip(running, '/tmp/note', t)).toBe(`${t}\n`);
      }),
      { numRuns: 150 },
    );
  });

  it('writes to a path with spaces', () => {
    expect(roundTrip(running, '/tmp/my note', 'hi')).toBe('hi\n');
  });
});

describe('container actions ask the lifecycle machine', () => {
  const expected: Record<LifecycleState, string[]> = {
    created: ['start', 'restart', 'rm', 'rm-v', 'rm-f'],
    running: ['stop', 'restart', 'pause', 'kill', 'rm-f'],
    paused: ['stop', 'restart', 'unpause', 'kill', 'rm-f'],
    exited: ['start', 'restart', 'rm', 'rm-v', 'rm-f'],
    restarting: ['start', 'stop', 'restart', 'rm-f'],
    removing: [],
    removed: [],
    dead: ['rm', 'rm-v', 'rm-f'],
  };
  it.each(Object.entries(expected))('%s enables %j', (state, ids) => {
    expect(CONTAINER_ACTIONS.filter((a) => allowed(state as LifecycleState, a.event)).map((a) => a.id)).toEqual(ids);
  });

  it.each([
    { state: 'running', exec: true },
    { state: 'paused', exec: false },
    { state: 'exited', exec: false },
    { state: 'created', exec: false },
  ] as const)('exec in $state: $exec', ({ state, exec }) => {
    expect(allowed(state, EXEC_EVENT)).toBe(exec);
  });

  it.each([
    { id: 'start', command: 'docker start db' },
    { id: 'stop', command: 'docker stop db' },
    { id: 'restart', command: 'docker restart db' },
    { id: 'pause', command: 'docker pause db' },
    { id: 'unpause', command: 'docker unpause db' },
    { id: 'kill', command: 'docker kill db' },
    { id: 'rm', command: 'docker rm db' },
    { id: 'rm-v', command: 'docker rm -v db' },
    { id: 'rm-f', command: 'docker rm -f db' },
  ])('$id runs $command', ({ id, command }) => {
    expect(actionCommand(CONTAINER_ACTIONS.find((a) => a.id === id)!, 'db')).toBe(command);
  });

  it('an enabled button succeeds in the engine, a disabled one would fail or do nothing', () => {
    // Drive a container through the states and check each button against what the engine does.
    const setups: Record<string, string[]> = {
      created: ['docker create --name box mysql'],
      running: ['docker run -d --name box mysql'],
      paused: ['docker run -d --name box mysql', 'docker pause box'],
      exited: ['docker run -d --name box mysql', 'docker stop box'],
    };
    for (const [state, lines] of Object.entries(setups)) {
      const world = lines.reduce((w, line) => runLine(w, line).world, createWorld());
      expect(world.containers[0].status).toBe(state);
      for (const action of CONTAINER_ACTIONS) {
        const result = runLine(world, actionCommand(action, 'box'));
        if (allowed(state as LifecycleState, action.event)) expect(result.exitCode, `${state} ${action.id}`).toBe(0);
        else expect({ exitCode: result.exitCode, state: result.world.containers[0]?.status }, `${state} ${action.id}`).not.toEqual({ exitCode: 0, state: expect.not.stringMatching(state) });
      }
    }
  });
});

describe('appearance', () => {
  it.each([
    { saved: null, dark: false, theme: 'light' },
    { saved: null, dark: true, theme: 'dark' },
    { saved: 'light', dark: true, theme: 'light' },
    { saved: 'dark', dark: false, theme: 'dark' },
    { saved: 'purple', dark: false, theme: 'light' },
  ])('saved $saved, system dark $dark → $theme', ({ saved, dark, theme }) => {
    expect(initialTheme(saved, dark)).toBe(theme);
  });
  it('toggles', () => {
    expect(otherTheme('light')).toBe('dark');
    expect(otherTheme('dark')).toBe('light');
  });
  it.each([
    { saved: null, scale: 1 },
    { saved: '1.5', scale: 1.5 },
    { saved: '9', scale: 1 },
    { saved: 'x', scale: 1 },
  ])('text scale $saved → $scale', ({ saved, scale }) => {
    expect(initialScale(saved)).toBe(scale);
  });
});

describe('hostWriteCommand', () => {
  it.each([
    { path: 'site/index.html', text: '<h1>hi</h1>', command: "mkdir -p site && echo '<h1>hi</h1>' > site/index.html" },
    { path: 'note.txt', text: 'x', command: 'echo x > note.txt' },
    { path: '/home/learner/a b/c', text: 'x', command: "mkdir -p '/home/learner/a b' && echo x > '/home/learner/a b/c'" },
  ])('$path', ({ path, text, command }) => {
    expect(hostWriteCommand(path, text)).toBe(command);
  });

  it('writes the host file the container then sees through a bind mount', () => {
    let world = runLine(createWorld(), 'docker run -d --name web -v /home/learner/site:/usr/share/nginx/html nginx').world;
    world = runLine(world, hostWriteCommand('site/index.html', 'Hello from the host')).world;
    expect(runLine(world, 'docker exec web cat /usr/share/nginx/html/index.html').output).toBe('Hello from the host\n');
  });
});
