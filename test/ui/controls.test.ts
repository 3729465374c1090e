// @vitest-environment jsdom
import { runLine } from '../../src/engine/engine.ts';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { Lab } from '../../src/ui/lab.svelte.ts';
import Controls from '../../src/ui/controls/Controls.svelte';
import Toolbar from '../../src/ui/Toolbar.svelte';
import { terminalOf } from '../../src/ui/terminal/terminalState.svelte.ts';
import WithLab from './harness/WithLab.svelte';

function setup(lines: string[] = []) {
  const lab = new Lab(runLine);
  for (const line of lines) expect(lab.run(line)?.exitCode, line).toBe(0);
  render(WithLab, { props: { lab, component: Controls } });
  return { lab };
}

async function select(lab: Lab, name: string) {
  const id = lab.world.containers.find((c) => c.name === name)!.id;
  await fireEvent.change(screen.getByRole('combobox', { name: 'Selected container' }), { target: { value: id } });
}

function lifecycleButtons(name: string) {
  return within(screen.getByRole('group', { name: `Lifecycle of ${name}` }));
}

function enabledLabels(name: string): string[] {
  return lifecycleButtons(name)
    .getAllByRole('button')
    .filter((b) => !(b as HTMLButtonElement).disabled)
    .map((b) => b.textContent!.trim());
}

describe('container controls', () => {
  it('lists the containers and selects one in lab.selection', async () => {
    const { lab } = setup(['docker run -d --name db mysql', 'docker create --name web nginx']);
    const picker = screen.getByRole('combobox', { name: 'Selected container' });
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a container', 'db (running)', 'web (created)']);
    await select(lab, 'web');
    expect(lab.selection).toEqual({ kind: 'container', id: lab.world.containers[1].id });
  });

  it('follows a selection made elsewhere (the diagram)', async () => {
    const { lab } = setup(['docker run -d --name db mysql']);
    lab.selection = { kind: 'container', id: lab.world.containers[0].id };
    await Promise.resolve();
    expect(screen.getByRole('group', { name: 'Lifecycle of db' })).toBeTruthy();
  });

  it.each([
    { state: 'running', lines: ['docker run -d --name db mysql'], enabled: ['Stop', 'Restart', 'Pause', 'Kill', 'Force remove (-f)'] },
    { state: 'paused', lines: ['docker run -d --name db mysql', 'docker pause db'], enabled: ['Stop', 'Restart', 'Unpause', 'Kill', 'Force remove (-f)'] },
    { state: 'exited', lines: ['docker run -d --name db mysql', 'docker stop db'], enabled: ['Start', 'Restart', 'Remove', 'Remove with -v', 'Force remove (-f)'] },
    { state: 'created', lines: ['docker create --name db mysql'], enabled: ['Start', 'Restart', 'Remove', 'Remove with -v', 'Force remove (-f)'] },
  ])('enables what the machine allows when $state', async ({ lines, enabled }) => {
    const { lab } = setup(lines);
    await select(lab, 'db');
    expect(enabledLabels('db')).toEqual(enabled);
  });

  it.each([
    { label: 'Stop', lines: ['docker run -d --name db mysql'], command: 'docker stop db', state: 'exited' },
    { label: 'Restart', lines: ['docker run -d --name db mysql'], command: 'docker restart db', state: 'running' },
    { label: 'Pause', lines: ['docker run -d --name db mysql'], command: 'docker pause db', state: 'paused' },
    { label: 'Kill', lines: ['docker run -d --name db mysql'], command: 'docker kill db', state: 'exited' },
    { label: 'Unpause', lines: ['docker run -d --name db mysql', 'docker pause db'], command: 'docker unpause db', state: 'running' },
    { label: 'Start', lines: ['docker create --name db mysql'], command: 'docker start db', state: 'running' },
    { label: 'Remove', lines: ['docker create --name db mysql'], command: 'docker rm db', state: undefined },
    { label: 'Remove with -v', lines: ['docker create --name db mysql'], command: 'docker rm -v db', state: undefined },
    { label: 'Force remove (-f)', lines: ['docker run -d --name db mysql'], command: 'docker rm -f db', state: undefined },
  ])('$label runs $command through the lab', async ({ label, lines, command, state }) => {
    const { lab } = setup(lines);
    await select(lab, 'db');
    await fireEvent.click(lifecycleButtons('db').getByRole('button', { name: label }));
    expect(lab.entries.at(-1)).toMatchObject({ line: command, source: 'control', exitCode: 0 });
    expect(lab.world.containers.find((c) => c.name === 'db')?.status).toBe(state);
  });

  it('writes a file with a quoted docker exec', async () => {
    const { lab } = setup(['docker run -d --name db mysql']);
    await select(lab, 'db');
    await fireEvent.input(screen.getByRole('combobox', { name: 'Path in the container' }), { target: { value: '/var/lib/mysql/shop.ibd' } });
    await fireEvent.input(screen.getByRole('textbox', { name: 'Text' }), { target: { value: "Bob's orders" } });
    await fireEvent.click(screen.getByRole('button', { name: 'Write the file' }));
    expect(lab.entries.at(-1)?.line).toBe(`docker exec db sh -c 'echo '\\''Bob'\\''\\'\\'''\\''s orders'\\'' > /var/lib/mysql/shop.ibd'`);
    expect(lab.run("docker exec db cat /var/lib/mysql/shop.ibd")?.output).toBe("Bob's orders\n");
  });

  it('disables writing and the shell when exec is refused', async () => {
    const { lab } = setup(['docker run -d --name db mysql', 'docker stop db']);
    await select(lab, 'db');
    expect((screen.getByRole('button', { name: 'Write the file' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Open a shell in db' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('opens a shell: the terminal runs lines in the container', async () => {
    const { lab } = setup(['docker run -d --name db mysql']);
    await select(lab, 'db');
    await fireEvent.click(screen.getByRole('button', { name: 'Open a shell in db' }));
    expect(terminalOf(lab).shellContainer).toBe('db');
  });
});

describe('new container form', () => {
  it('builds and runs docker run from the fields, and selects the new container', async () => {
    const { lab } = setup(['docker volume create dbdata']);
    const form = within(screen.getByRole('form', { name: 'New container' }));
    await fireEvent.change(form.getByRole('combobox', { name: 'Image' }), { target: { value: 'mysql' } });
    await fireEvent.input(form.getByRole('textbox', { name: 'Name' }), { target: { value: 'db' } });
    await fireEvent.input(form.getByRole('textbox', { name: /Named volumes/ }), { target: { value: 'dbdata:/var/lib/mysql' } });
    await fireEvent.input(form.getByRole('textbox', { name: /Bind mounts/ }), { target: { value: '/home/learner/conf:/etc/mysql/conf.d' } });
    await fireEvent.input(form.getByRole('textbox', { name: /tmpfs/ }), { target: { value: '/scratch' } });
    await fireEvent.click(form.getByRole('checkbox', { name: /Read-only/ }));
    const command = 'docker run -d --name db -v dbdata:/var/lib/mysql -v /home/learner/conf:/etc/mysql/conf.d --tmpfs /scratch --read-only mysql';
    expect(form.getByText(command)).toBeTruthy();
    await fireEvent.click(form.getByRole('button', { name: 'Run the container' }));
    expect(lab.entries.at(-1)).toMatchObject({ line: command, source: 'control' });
    const db = lab.world.containers.find((c) => c.name === 'db');
    expect(db?.mounts.map((m) => m.type).sort()).toEqual(['bind', 'tmpfs', 'volume']);
    expect(lab.selection).toEqual({ kind: 'container', id: db?.id });
  });

  it('offers the images of the world', () => {
    setup();
    const options = within(screen.getByRole('combobox', { name: 'Image' })).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(expect.arrayContaining(['busybox', 'mysql', 'mysql:8.4', 'nginx:latest', 'redis']));
  });
});

describe('new volume form', () => {
  it.each([
    { name: 'dbdata', command: 'docker volume create dbdata' },
    { name: '', command: 'docker volume create' },
  ])('runs $command', async ({ name, command }) => {
    const { lab } = setup();
    const form = within(screen.getByRole('form', { name: 'New volume' }));
    await fireEvent.input(form.getByRole('textbox', { name: /Volume name/ }), { target: { value: name } });
    await fireEvent.click(form.getByRole('button', { name: 'Create the volume' }));
    expect(lab.entries.at(-1)).toMatchObject({ line: command, source: 'control', exitCode: 0 });
    expect(lab.world.volumes).toHaveLength(1);
  });
});

describe('toolbar', () => {
  function toolbar() {
    const lab = new Lab(runLine);
    lab.run('docker volume create dbdata');
    render(WithLab, { props: { lab, component: Toolbar } });
    return lab;
  }

  it('resets the lab only after confirming', async () => {
    const lab = toolbar();
    await fireEvent.click(screen.getByRole('button', { name: 'Reset lab…' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(lab.world.volumes).toHaveLength(1);
    await fireEvent.click(screen.getByRole('button', { name: 'Reset lab…' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Yes, reset the lab' }));
    expect(lab.world.volumes).toHaveLength(0);
    expect(lab.entries).toEqual([]);
  });

  it('toggles the theme on <html>', async () => {
    toolbar();
    const toggle = screen.getByRole('button', { name: 'Dark theme' });
    const before = document.documentElement.dataset.theme;
    await fireEvent.click(toggle);
    expect(document.documentElement.dataset.theme).not.toBe(before);
    expect(toggle.getAttribute('aria-pressed')).toBe(String(document.documentElement.dataset.theme === 'dark'));
  });

  it('sets the text size variable', async () => {
    toolbar();
    await fireEvent.change(screen.getByRole('combobox', { name: 'Text size' }), { target: { value: '1.5' } });
    expect(document.documentElement.style.getPropertyValue('--font-scale')).toBe('1.5');
  });
});
