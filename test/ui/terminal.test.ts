// @vitest-environment jsdom
import { runLine } from '../../src/engine/engine.ts';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { Lab } from '../../src/ui/lab.svelte.ts';
import Terminal from '../../src/ui/Terminal.svelte';
import { terminalOf } from '../../src/ui/terminal/terminalState.svelte.ts';
import WithLab from './harness/WithLab.svelte';

function setup() {
  const lab = new Lab(runLine);
  render(WithLab, { props: { lab, component: Terminal } });
  const input = screen.getByRole('textbox', { name: 'Terminal' }) as HTMLInputElement;
  const log = screen.getByRole('log');
  const type = async (text: string) => {
    await fireEvent.input(input, { target: { value: text } });
    input.setSelectionRange(text.length, text.length);
  };
  const enter = async (text: string) => {
    await type(text);
    await fireEvent.submit(input.closest('form')!);
  };
  const key = (k: string, mods: KeyboardEventInit = {}) => fireEvent.keyDown(input, { key: k, ...mods });
  return { lab, input, log, type, enter, key };
}

describe('Terminal', () => {
  it('runs a line and shows the prompt line, stdout, stderr and the exit code', async () => {
    const { lab, log, enter, input } = setup();
    await enter('docker volume create dbdata');
    expect(lab.world.volumes.map((v) => v.name)).toEqual(['dbdata']);
    expect(log.textContent).toContain('$ docker volume create dbdata\ndbdata\n');
    expect(input.value).toBe('');
    await enter('docker rm nothere');
    expect(log.textContent).toContain('Error response from daemon: No such container: nothere');
    expect(log.textContent).toContain('[exit 1]');
    // stderr is marked by more than colour: its own element, styled italic.
    expect(log.querySelector('.stderr')?.textContent).toContain('No such container');
    expect(lab.entries.at(-1)?.source).toBe('typed');
  });

  it('labels the log for assistive tech without announcing every line', () => {
    const { log } = setup();
    expect(log.getAttribute('aria-live')).toBe('off');
    expect(log.getAttribute('aria-label')).toBe('Terminal output');
  });

  it('walks the history with Up and Down and keeps the draft', async () => {
    const { input, enter, type, key } = setup();
    await enter('docker volume create a1');
    await enter('docker volume ls');
    await type('docker p');
    await key('ArrowUp');
    expect(input.value).toBe('docker volume ls');
    await key('ArrowUp');
    expect(input.value).toBe('docker volume create a1');
    await key('ArrowDown');
    await key('ArrowDown');
    expect(input.value).toBe('docker p');
  });

  it('completes commands, flags and names with Tab', async () => {
    const { input, enter, type, key, log } = setup();
    await enter('docker volume create dbdata');
    await type('docker vol');
    await key('Tab');
    expect(input.value).toBe('docker volume ');
    await type('docker run -v dbd');
    await key('Tab');
    expect(input.value).toBe('docker run -v dbdata:');
    await type('docker rm --vol');
    await key('Tab');
    expect(input.value).toBe('docker rm --volumes ');
    // Ambiguous: the first Tab completes the common part, the next one lists the candidates.
    await type('docker run my');
    await key('Tab');
    expect(input.value).toBe('docker run mysql');
    expect(log.textContent).not.toContain('mysql:8.4');
    await key('Tab');
    expect(log.textContent).toContain('mysql  mysql:8.4  mysql:latest');
  });

  it('leaves Tab alone on an empty line, so focus can move on', async () => {
    const { key } = setup();
    const event = new KeyboardEvent('keydown', { key: 'Tab', cancelable: true, bubbles: true });
    screen.getByRole('textbox', { name: 'Terminal' }).dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    await key('a');
  });

  it('clears the scrollback with Ctrl+L and keeps the world', async () => {
    const { lab, log, enter, key } = setup();
    await enter('docker volume create keep');
    await key('l', { ctrlKey: true });
    expect(lab.entries).toEqual([]);
    expect(log.textContent).not.toContain('keep');
    expect(lab.world.volumes).toHaveLength(1);
  });

  it('clears with a typed clear too', async () => {
    const { lab, enter } = setup();
    await enter('docker volume ls');
    await enter('clear');
    expect(lab.entries).toEqual([]);
  });

  it('abandons the line with Ctrl+C, showing ^C and running nothing', async () => {
    const { lab, input, log, type, key } = setup();
    await type('docker volume create never');
    await key('c', { ctrlKey: true });
    expect(input.value).toBe('');
    expect(log.textContent).toContain('$ docker volume create never^C');
    expect(lab.world.volumes).toEqual([]);
  });

  it('lets Ctrl+C copy when text is selected', async () => {
    const { input, type } = setup();
    await type('docker ps');
    input.setSelectionRange(0, 6);
    const event = new KeyboardEvent('keydown', { key: 'c', ctrlKey: true, cancelable: true, bubbles: true });
    input.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(input.value).toBe('docker ps');
  });

  it('prints help without running anything', async () => {
    const { lab, log, enter } = setup();
    await enter('help');
    expect(lab.entries).toEqual([]);
    expect(log.textContent).toContain('$ help');
    expect(log.textContent).toMatch(/docker volume create +Create a volume/);
    expect(log.textContent).toContain('Inside containers');
    expect(log.textContent).toMatch(/clear +clear the screen/);
  });

  it('puts an example at the prompt when clicked', async () => {
    const { lab, input } = setup();
    const examples = screen.getByRole('heading', { name: /Examples/ }).parentElement!;
    await fireEvent.click(within(examples).getAllByRole('button', { name: 'docker volume create dbdata' })[0]);
    expect(input.value).toBe('docker volume create dbdata');
    expect(lab.entries).toEqual([]);
  });

  it('runs lines in a container shell until exit', async () => {
    const { lab, enter, log } = setup();
    await enter('docker run -d --name db mysql');
    terminalOf(lab).openShell('db');
    await enter('echo hi > /tmp/x; cat /tmp/x');
    expect(lab.entries.at(-1)?.line).toBe("docker exec db sh -c 'echo hi > /tmp/x; cat /tmp/x'");
    expect(log.textContent).toContain('hi\n');
    expect(screen.getByText('db / #')).toBeTruthy();
    await enter('exit');
    expect(terminalOf(lab).shellContainer).toBeNull();
    await enter('docker volume ls');
    expect(lab.entries.at(-1)?.line).toBe('docker volume ls');
  });

  it('leaves a container shell when an example is inserted', async () => {
    const { lab, input } = setup();
    lab.run('docker run -d --name db mysql');
    terminalOf(lab).openShell('db');
    terminalOf(lab).insert('docker volume ls');
    await Promise.resolve();
    expect(terminalOf(lab).shellContainer).toBeNull();
    expect(input.value).toBe('docker volume ls');
  });

  it("goes back to the host when the shell's container is gone", async () => {
    const { lab, enter } = setup();
    await enter('docker run -d --name db mysql');
    terminalOf(lab).openShell('db');
    lab.run('docker rm -f db', 'control');
    await enter('docker volume ls');
    expect(terminalOf(lab).shellContainer).toBeNull();
    expect(lab.entries.at(-1)?.line).toBe('docker volume ls');
  });

  it('shows commands from the controls in the scrollback', async () => {
    const { lab, log } = setup();
    lab.run('docker volume create clicked', 'control');
    await Promise.resolve();
    expect(log.textContent).toContain('$ docker volume create clicked');
    expect(log.textContent).toContain('# from the controls');
  });
});
