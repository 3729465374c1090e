// @vitest-environment jsdom
import { runLine } from '../../src/engine/engine.ts';
import { cleanup, fireEvent, render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import Diagram from '../../src/ui/Diagram.svelte';
import { Lab } from '../../src/ui/lab.svelte.ts';
import WithLab from './harness/WithLab.svelte';

afterEach(cleanup);

// jsdom has no layout: the diagram measures its width with bind:clientWidth, which needs this.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

function setup(lines: string[]) {
  const lab = new Lab(runLine);
  for (const line of lines) lab.run(line);
  const view = render(WithLab, { lab, component: Diagram });
  const all = (selector: string) => [...view.container.querySelectorAll(selector)];
  return { lab, view, all, one: (selector: string) => view.container.querySelector(selector) };
}

describe('the diagram', () => {
  it('shows the MySQL story with data attributes', async () => {
    const { lab, all, one } = setup(['docker run -d --name db -v dbdata:/var/lib/mysql mysql', 'docker exec db sh -c "echo x > /tmp/scratch"']);
    const db = one('[data-kind="container"][data-name="db"]');
    expect(db?.getAttribute('data-state')).toBe('running');
    expect(db?.textContent).toContain('running');
    expect(one('[data-kind="volume"][data-name="dbdata"]')).not.toBeNull();
    expect(all('[data-kind="mount"]').map((m) => [m.getAttribute('data-type'), m.getAttribute('data-container'), m.getAttribute('data-target')])).toEqual([
      ['volume', 'db', '/var/lib/mysql'],
    ]);
    expect(one('[data-kind="file"][data-store="writable"][data-path="/tmp/scratch"]')).not.toBeNull();
    expect(one('[data-kind="file"][data-store="volume:dbdata"][data-path="/ibdata1"]')).not.toBeNull();

    lab.run('docker stop db');
    await Promise.resolve();
    expect(one('[data-kind="container"][data-name="db"]')?.getAttribute('data-state')).toBe('exited');

    lab.run('docker rm db');
    await Promise.resolve();
    expect(one('[data-kind="container"][data-name="db"]')).toBeNull();
    expect(one('[data-kind="volume"][data-name="dbdata"]')?.textContent).toContain('unused');
    // The removed container fades out as a ghost that others cannot mistake for it.
    expect(one('[data-ghost="container"]')?.textContent).toContain('db');
    expect(one('[data-kind="volume"][data-name="dbdata"]')?.textContent).toContain('kept');
  });

  it('shows a bind mount, a tmpfs and an anonymous volume', () => {
    const { lab, all, one } = setup([
      'mkdir site && echo hello > site/index.html',
      'docker run -d --name web -v ./site:/usr/share/nginx/html:ro --tmpfs /cache -v /scratch nginx',
      'docker exec web sh -c "echo c > /cache/c"',
    ]);
    const anonymous = lab.world.volumes[0];
    expect(one('[data-kind="host-path"][data-path="/home/learner/site"]')).not.toBeNull();
    expect(one('[data-kind="file"][data-store="bind:/home/learner/site"]')?.getAttribute('data-path')).toBe('/home/learner/site/index.html');
    expect(one('[data-kind="tmpfs"]')?.getAttribute('data-target')).toBe('/cache');
    expect(one('[data-kind="file"][data-store="tmpfs"]')?.getAttribute('data-path')).toBe('/cache/c');
    expect(one(`[data-kind="volume"][data-name="${anonymous.name}"]`)?.textContent).toContain(anonymous.name.slice(0, 12));
    expect(all('[data-kind="mount"]').map((m) => m.getAttribute('data-type')).sort()).toEqual(['bind', 'tmpfs', 'volume']);
    const bind = one('[data-kind="mount"][data-type="bind"]');
    expect(bind?.querySelector('[aria-label="read-only"]')).not.toBeNull();
  });

  it('selects a container with a click or Enter, and a volume with Enter', async () => {
    const { lab, one } = setup(['docker run -d --name db -v dbdata:/var/lib/mysql mysql']);
    const db = one('[data-kind="container"][data-name="db"]') as SVGElement;
    expect(db.getAttribute('tabindex')).toBe('0');
    await fireEvent.click(db);
    expect(lab.selection).toEqual({ kind: 'container', id: lab.world.containers[0].id });
    expect(db.getAttribute('aria-pressed')).toBe('true');
    const volume = one('[data-kind="volume"][data-name="dbdata"]') as SVGElement;
    await fireEvent.keyDown(volume, { key: 'Enter' });
    expect(lab.selection).toEqual({ kind: 'volume', name: 'dbdata' });
  });

  it('shows deleted image files as whiteouts and caps chips', () => {
    const { one } = setup(['docker run -d --name web nginx', `docker exec web sh -c 'rm /etc/nginx/nginx.conf; for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do echo $i > /tmp/file$i; done'`]);
    const whiteout = one('[data-kind="file"][data-path="/etc/nginx/nginx.conf"]');
    expect(whiteout?.classList.contains('whiteout')).toBe(true);
    expect(one('[data-kind="more-files"] text')?.textContent).toMatch(/^\+\d+ more$/);
  });
});
