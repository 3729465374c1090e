// @vitest-environment jsdom
import { runLine } from '../../src/engine/engine.ts';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import Inspector from '../../src/ui/Inspector.svelte';
import { Lab } from '../../src/ui/lab.svelte.ts';
import WithLab from './harness/WithLab.svelte';

afterEach(cleanup);

function labAfter(lines: string[]): Lab {
  const lab = new Lab(runLine);
  for (const line of lines) lab.run(line);
  return lab;
}

const entry = (container: HTMLElement, path: string) => container.querySelector(`[data-kind="inspector-entry"][data-path="${path}"]`);

describe('the inspector', () => {
  it('asks for a selection at first', () => {
    render(WithLab, { lab: new Lab(runLine), component: Inspector });
    expect(screen.getByRole('heading', { name: 'Where does this file live?' })).toBeTruthy();
    expect(screen.getByText(/Select a container/)).toBeTruthy();
  });

  it("tags each of a container's files with where it lives", async () => {
    const lab = labAfter([
      'mkdir site && echo hello > site/index.html',
      'docker run -d --name db -v dbdata:/var/lib/mysql -v ./site:/site --tmpfs /cache mysql',
      'docker exec db sh -c "echo x > /tmp/scratch; echo c > /cache/c"',
    ]);
    lab.selection = { kind: 'container', id: lab.world.containers[0].id };
    const { container } = render(WithLab, { lab, component: Inspector });
    const origin = (path: string) => [entry(container, path)?.getAttribute('data-store'), entry(container, path)?.querySelector('.origin')?.textContent];
    expect(origin('/var/lib/mysql/ibdata1')).toEqual(['volume:dbdata', 'volume dbdata']);
    expect(origin('/tmp/scratch')).toEqual(['writable', 'writable layer']);
    expect(origin('/site/index.html')).toEqual(['bind:/home/learner/site/index.html', 'host ~/site/index.html']);
    expect(origin('/cache/c')).toEqual(['tmpfs', 'tmpfs /cache']);
    expect(origin('/.dockerenv')).toEqual(['docker', 'added by Docker']);
    expect(entry(container, '/bin/sh')).toBeNull(); // inside a closed folder

    const bin = screen.getByRole('button', { name: /bin\// });
    expect(bin.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(bin);
    expect(origin('/bin/sh')[0]).toBe('image');

    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'scratch' } });
    const paths = [...container.querySelectorAll('[data-kind="inspector-entry"]')].map((e) => e.getAttribute('data-path'));
    expect(paths).toEqual(['/tmp', '/tmp/scratch']);
  });

  it('shows a volume’s files and who mounts it, and follows changes', async () => {
    const lab = labAfter(['docker run -d --name db -v dbdata:/var/lib/mysql mysql', 'docker run -d --name reader -v dbdata:/backup:ro busybox sleep 99']);
    lab.selection = { kind: 'volume', name: 'dbdata' };
    const { container } = render(WithLab, { lab, component: Inspector });
    expect(entry(container, '/ibdata1')?.getAttribute('data-store')).toBe('volume:dbdata');
    const users = () => [...container.querySelectorAll('[data-kind="inspector-user"]')].map((u) => u.textContent);
    expect(users()).toEqual(['db at /var/lib/mysql', 'reader at /backup (read-only)']);
    lab.run('docker rm -f db reader');
    await Promise.resolve();
    expect(users()).toEqual([]);
    expect(container.textContent).toContain('unused');
  });

  it('shows a host folder and the containers bind-mounting it', () => {
    const lab = labAfter(['mkdir site && echo hello > site/index.html', 'docker run -d --name web -v ./site:/usr/share/nginx/html nginx']);
    lab.selection = { kind: 'host-path', path: '/home/learner/site' };
    const { container } = render(WithLab, { lab, component: Inspector });
    expect(entry(container, '/home/learner/site/index.html')).not.toBeNull();
    expect(container.textContent).toContain('web at /usr/share/nginx/html');
  });
});
