import { describe, expect, it } from 'vitest';
import { containerFiles } from '../../src/engine/docker/origins.ts';
import { createWorld, runLine, type World } from '../../src/engine/engine.ts';
import { defaultOpen, treeRows } from '../../src/ui/inspector/fileTree.ts';
import { storeUsers } from '../../src/ui/inspector/users.ts';

let world: World = createWorld();
for (const line of [
  'mkdir site && echo hello > site/index.html',
  'docker run -d --name web -v dbdata:/data -v ./site:/usr/share/nginx/html:ro --tmpfs /cache nginx',
  'docker exec web sh -c "echo c > /cache/c; echo v > /data/v; echo w > /root/notes; rm /etc/nginx/nginx.conf"',
  'docker run -d --name other -v dbdata:/srv:ro busybox sleep 99',
]) {
  const result = runLine(world, line);
  if (result.exitCode !== 0) throw new Error(result.output);
  world = result.world;
}
const web = world.containers[0];
const entries = containerFiles(world, web.id);
const rows = treeRows(world, entries, () => true);
const row = (path: string) => rows.find((r) => r.path === path);

describe('the inspector tree', () => {
  it.each([
    ['/data/v', 'volume', 'volume dbdata', 'volume:dbdata'],
    ['/usr/share/nginx/html/index.html', 'bind', 'host ~/site/index.html', 'bind:/home/learner/site/index.html'],
    ['/cache/c', 'tmpfs', 'tmpfs /cache', 'tmpfs'],
    ['/root/notes', 'writable', 'writable layer', 'writable'],
    ['/etc/hostname', 'docker', 'added by Docker', 'docker'],
    ['/.dockerenv', 'docker', 'added by Docker', 'docker'],
    ['/bin/sh', 'image', 'image layer 1 of 2', 'image'],
    ['/docker-entrypoint.sh', 'image', 'image layer 2 of 2', 'image'],
  ])('tags %s with its origin (%s)', (path, kind, text, store) => {
    expect(row(path)?.origin).toMatchObject({ kind, text, store });
  });

  it('does not list a file the writable layer deleted', () => {
    expect(row('/etc/nginx/nginx.conf')).toBeUndefined();
  });

  it('opens at first only the folders leading to data outside the image', () => {
    const open = defaultOpen(entries);
    expect([...open].sort()).toEqual(expect.arrayContaining(['/data', '/cache', '/root', '/usr', '/usr/share', '/usr/share/nginx', '/usr/share/nginx/html']));
    expect(open.has('/bin')).toBe(false);
    expect(open.has('/dev')).toBe(false);
    const closedRows = treeRows(world, entries, (p) => open.has(p));
    expect(closedRows.find((r) => r.path === '/bin')).toMatchObject({ hasChildren: true, open: false });
    expect(closedRows.some((r) => r.path === '/bin/sh')).toBe(false);
    expect(closedRows.some((r) => r.path === '/data/v')).toBe(true);
  });

  it('filters by path, keeping ancestors and opening them', () => {
    const filtered = treeRows(world, entries, () => false, 'INDEX');
    expect(filtered.map((r) => r.path)).toEqual(['/usr', '/usr/share', '/usr/share/nginx', '/usr/share/nginx/html', '/usr/share/nginx/html/index.html']);
    expect(filtered.map((r) => r.depth)).toEqual([0, 1, 2, 3, 4]);
  });

  it('lists which containers mount a volume or host folder, and where', () => {
    expect(storeUsers(world, { kind: 'volume', name: 'dbdata' }).map((u) => [u.container, u.target, u.readOnly])).toEqual([
      ['web', '/data', false],
      ['other', '/srv', true],
    ]);
    expect(storeUsers(world, { kind: 'host-path', path: '/home/learner/site' }).map((u) => [u.container, u.target, u.readOnly])).toEqual([['web', '/usr/share/nginx/html', true]]);
  });
});
