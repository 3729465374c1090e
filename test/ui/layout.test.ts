import { describe, expect, it } from 'vitest';
import { createWorld, runLine, type World } from '../../src/engine/engine.ts';
import { layoutScene, rememberHostPaths, type Rect, type Scene } from '../../src/ui/layout.ts';
import { flowChips, type ChipFile } from '../../src/ui/layout/chips.ts';
import { gridColumns, overlaps, shortId } from '../../src/ui/layout/geometry.ts';
import { roundedPath } from '../../src/ui/layout/links.ts';

function worldAfter(lines: string[], world: World = createWorld()): World {
  for (const line of lines) {
    const result = runLine(world, line);
    if (result.exitCode !== 0) throw new Error(`${line}: ${result.output}`);
    world = result.world;
  }
  return world;
}

const STORY = [
  'docker run -d --name db -v dbdata:/var/lib/mysql mysql',
  'docker exec db sh -c "echo hi > /var/lib/mysql/notes.txt; echo x > /tmp/scratch; rm /etc/mysql/my.cnf"',
  'mkdir site && echo hello > site/index.html',
  'docker run -d --name web -v ./site:/usr/share/nginx/html:ro --tmpfs /cache nginx',
  'docker exec web sh -c "echo c > /cache/c"',
  'docker run -d -v /data alpine sleep 100',
  'docker volume create spare',
];
const story = worldAfter(STORY);
const WIDTHS = [390, 768, 1280];

/** Every box that must not overlap another of the scene. */
function boxes(scene: Scene): (Rect & { key: string })[] {
  return [...scene.images, ...scene.containers, ...scene.volumes, ...scene.hostPaths, ...scene.tmpfs];
}

describe('layoutScene', () => {
  describe.each(WIDTHS)('at %i px', (width) => {
    const scene = layoutScene(story, width);

    it('fits the width', () => {
      expect(scene.width).toBe(width);
      for (const box of [...boxes(scene), ...scene.frames]) {
        expect(box.x, box.key).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, box.key).toBeLessThanOrEqual(width);
        expect(box.y + box.height, box.key).toBeLessThanOrEqual(scene.height);
      }
    });

    it('overlaps nothing', () => {
      const all = boxes(scene);
      for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(overlaps(all[i], all[j]), `${all[i].key} / ${all[j].key}`).toBe(false);
    });

    it('keeps chips inside their boxes', () => {
      for (const box of [...scene.volumes, ...scene.hostPaths, ...scene.tmpfs]) {
        for (const chip of box.chips) expect(chip.x + chip.width, chip.key).toBeLessThanOrEqual(box.x + box.width);
      }
      for (const card of scene.containers) {
        for (const chip of card.chips) expect(chip.x + chip.width, chip.key).toBeLessThanOrEqual(card.writable.x + card.writable.width);
      }
    });

    it('does not move containers or volumes when a container is added', () => {
      const more = layoutScene(worldAfter(['docker run -d --name extra -v more:/data busybox sleep 9'], story), width);
      for (const card of scene.containers) {
        const again = more.containers.find((c) => c.key === card.key)!;
        expect([again.x, again.y, again.width, again.height]).toEqual([card.x, card.y, card.width, card.height]);
      }
      for (const image of scene.images) expect(more.images.find((i) => i.key === image.key)).toMatchObject({ x: image.x, y: image.y });
      const volumeXs = scene.volumes.map((v) => v.x);
      expect(more.volumes.slice(0, scene.volumes.length).map((v) => v.x)).toEqual(volumeXs);
    });
  });

  it.each([
    [390, 1],
    [768, 2],
    [1280, 4],
  ])('puts containers in fewer columns on narrow screens (%i px: %i)', (width, columns) => {
    const world = worldAfter(['ca', 'cb', 'cc', 'cd', 'ce'].map((n) => `docker create --name ${n} busybox`));
    const ys = layoutScene(world, width).containers.map((c) => c.y);
    expect(ys.filter((y) => y === ys[0]).length).toBe(columns);
  });

  it('gives containers their name, state and data attributes in creation order', () => {
    const world = worldAfter(['docker create --name first busybox', 'docker run -d --name second busybox sleep 99', 'docker run -d --name third busybox sleep 99', 'docker pause third'], story);
    const cards = layoutScene(world, 1280).containers;
    expect(cards.map((c) => c.data['data-name'])).toEqual(['db', 'web', expect.any(String), 'first', 'second', 'third']);
    expect(cards.slice(3).map((c) => [c.data['data-state'], c.stateLabel])).toEqual([
      ['created', 'created'],
      ['running', 'running'],
      ['paused', 'paused'],
    ]);
  });

  it('labels exited containers with their exit code', () => {
    const card = layoutScene(runLine(createWorld(), 'docker run --name done busybox sh -c "exit 3"').world, 390).containers[0];
    expect([card.state, card.stateLabel]).toEqual(['exited', 'exited (3)']);
  });

  it('names anonymous volumes by a 12-character short id and marks unused ones in words', () => {
    const scene = layoutScene(story, 1280);
    const anonymous = story.volumes.find((v) => v.anonymous)!;
    const box = scene.volumes.find((v) => v.key === `volume:${anonymous.name}`)!;
    expect(box.title).toBe(anonymous.name.slice(0, 12));
    expect(box.title).toHaveLength(12);
    expect(box.data).toEqual({ 'data-kind': 'volume', 'data-name': anonymous.name });
    const marks = (name: string) => scene.volumes.find((v) => v.key === `volume:${name}`)!.marks.map((m) => m.text);
    expect(marks('spare')).toContain('unused');
    expect(marks('dbdata')).not.toContain('unused');
    expect(marks(anonymous.name)).toEqual(['anonymous', 'used by 1']);
  });

  it('marks a volume unused once its container is removed', () => {
    const scene = layoutScene(worldAfter(['docker rm -f db'], story), 1280);
    expect(scene.volumes.find((v) => v.key === 'volume:dbdata')!.marks.map((m) => m.text)).toContain('unused');
  });

  it('puts files where their bytes live', () => {
    const scene = layoutScene(story, 1280);
    const db = scene.containers.find((c) => c.name === 'db')!;
    expect(db.chips.map((c) => [c.path, c.kind, c.store])).toEqual([
      ['/etc/mysql/my.cnf', 'whiteout', 'writable'],
      ['/tmp/scratch', 'file', 'writable'],
      ['/var/log/mysql/error.log', 'file', 'writable'],
    ]);
    expect(scene.volumes[0].chips.map((c) => [c.path, c.store])).toEqual([
      ['/ibdata1', 'volume:dbdata'],
      ['/notes.txt', 'volume:dbdata'],
    ]);
    expect(scene.hostPaths.map((b) => [b.data, b.chips.map((c) => [c.path, c.store])])).toEqual([
      [{ 'data-kind': 'host-path', 'data-path': '/home/learner/site' }, [['/home/learner/site/index.html', 'bind:/home/learner/site']]],
    ]);
    expect(scene.tmpfs.map((b) => [b.data, b.chips.map((c) => [c.path, c.store])])).toEqual([
      [{ 'data-kind': 'tmpfs', 'data-container': 'web', 'data-target': '/cache' }, [['/cache/c', 'tmpfs']]],
    ]);
  });

  it('draws every image once, with the containers that share it', () => {
    const scene = layoutScene(worldAfter(['docker create --name aa busybox', 'docker create --name bb busybox']), 1280);
    expect(scene.images).toHaveLength(createWorld().images.length);
    expect(scene.images.find((i) => i.title.startsWith('busybox'))!.usedBy).toBe('used by aa, bb');
  });

  describe('mount lines', () => {
    const scene = layoutScene(story, 1280);
    it.each([
      ['db', '/var/lib/mysql', 'volume', 'volume:dbdata', false],
      ['web', '/usr/share/nginx/html', 'bind', 'host-path:/home/learner/site', true],
      ['web', '/cache', 'tmpfs', `tmpfs:${story.containers[1].id}:/cache`, false],
    ])('connect %s %s (%s) to %s', (name, target, type, to, readOnly) => {
      const link = scene.links.find((l) => l.containerName === name && l.target === target)!;
      expect(link.data).toEqual({ 'data-kind': 'mount', 'data-type': type, 'data-container': name, 'data-target': target });
      expect([link.to, link.readOnly]).toEqual([to, readOnly]);
      const card = scene.containers.find((c) => c.name === name)!;
      const box = [...scene.volumes, ...scene.hostPaths, ...scene.tmpfs].find((b) => b.key === to)!;
      expect(link.from.x).toBe(card.x + card.width);
      expect(link.from.y).toBeGreaterThan(card.y);
      expect(link.from.y).toBeLessThan(card.y + card.height);
      expect(link.end.y).toBe(box.y);
      expect(link.end.x).toBeGreaterThan(box.x);
      expect(link.end.x).toBeLessThan(box.x + box.width);
      expect(link.d.startsWith(`M${link.from.x},${link.from.y}`)).toBe(true);
      expect(link.d.endsWith(`L${link.end.x},${link.end.y}`)).toBe(true);
    });
  });

  it('keeps a host folder in place, marked not mounted, after its container goes', () => {
    const first = rememberHostPaths([], story);
    const after = worldAfter(['docker rm -f web'], story);
    const paths = rememberHostPaths(first, after);
    expect(paths).toEqual(['/home/learner/site']);
    const box = layoutScene(after, 1280, { hostPaths: paths }).hostPaths[0];
    expect(box.marks.map((m) => m.text)).toEqual(['not mounted']);
    expect(rememberHostPaths(paths, worldAfter(['rm -r site'], after))).toEqual([]);
  });

  it('lays out 50 containers well within a frame', () => {
    let world = story;
    for (let i = 0; i < 50; i++) world = runLine(world, `docker create --name c${i} -v v${i}:/data busybox`).world;
    for (let i = 0; i < 10; i++) layoutScene(world, 1280); // warm up the JIT, as a page would be
    const runs = 50;
    const start = performance.now();
    for (let i = 0; i < runs; i++) layoutScene(world, 1280);
    const ms = (performance.now() - start) / runs;
    console.info(`layoutScene, ${world.containers.length} containers: ${ms.toFixed(2)} ms`);
    expect(layoutScene(world, 390).containers).toHaveLength(53);
  });
});

describe('flowChips', () => {
  const files = (names: string[]): ChipFile[] => names.map((n) => ({ path: `/${n}`, type: 'file', key: n }));
  it.each([
    [['a', 'b'], 300, 2, ['a', 'b']],
    [['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc', 'dddddddddd'], 180, 1, ['aaaaaaaaaa', '+3 more']],
    [['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc', 'dddddddddd'], 180, 2, ['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc', 'dddddddddd']],
    [Array.from({ length: 30 }, (_, i) => `file${i}`), 200, 2, ['file0', 'file1', 'file2', 'file3', 'file4', 'file5', '+24 more']],
  ])('%j in %i px and %i rows', (names, width, rows, labels) => {
    const chips = flowChips(files(names), 'writable', 'box', 0, 0, width, rows);
    expect(chips.map((c) => c.label)).toEqual(labels);
    for (const chip of chips) expect(chip.x + chip.width).toBeLessThanOrEqual(width);
  });

  it('marks whiteouts and cuts long names', () => {
    const chips = flowChips([{ path: '/etc/a-very-long-file-name.conf', type: 'whiteout', key: 'k' }], 'writable', 'box', 0, 0, 300, 1);
    expect(chips[0].label).toBe('✕ a-very-long-fil…');
    expect(chips[0].title).toContain('whiteout');
  });
});

describe('geometry', () => {
  it.each([
    [366, 250, 1],
    [744, 250, 2],
    [1232, 250, 4],
  ])('gridColumns(%i, %i) gives %i columns', (available, min, columns) => {
    const grid = gridColumns(available, min, 400, 14);
    expect(grid.columns).toBe(columns);
    expect(grid.columns * grid.itemWidth + (grid.columns - 1) * 14).toBeLessThanOrEqual(available);
  });

  it('shortens ids like docker does', () => {
    expect(shortId('sha256:0123456789abcdef')).toBe('0123456789ab');
  });

  it('rounds the corners of an orthogonal line', () => {
    expect(roundedPath([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 20 }])).toBe('M0,0L5,0A5,5,0,0,1,10,5L10,20');
  });
});
