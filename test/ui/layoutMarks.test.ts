import { describe, expect, it } from 'vitest';
import { createWorld, runLine, type World } from '../../src/engine/engine.ts';
import { layoutScene } from '../../src/ui/layout.ts';
import { markOf, sceneMarks } from '../../src/ui/layout/marks.ts';
import { narrate } from '../../src/ui/narration.ts';

function run(world: World, line: string) {
  const result = runLine(world, line);
  return { line, before: world, after: result.world, events: result.events, exitCode: result.exitCode };
}

let world = createWorld();
for (const line of [
  'docker run -d --name db -v dbdata:/var/lib/mysql mysql',
  'docker exec db sh -c "echo x > /tmp/scratch"',
  'docker run -d --name web --tmpfs /cache nginx',
  'docker exec web sh -c "echo c > /cache/c"',
]) world = runLine(world, line).world;

describe('sceneMarks', () => {
  it('is empty when narration marks nothing', () => {
    const scene = layoutScene(world, 1280);
    const marks = sceneMarks(scene, scene, { lost: [], kept: [] });
    expect(marks.ghosts.containers).toEqual([]);
    expect(markOf(marks, scene.containers[0].key)).toBeNull();
  });

  it('turns a removed container into a ghost and marks its volume kept', () => {
    const change = run(world, 'docker rm -f db');
    const narration = narrate(change);
    const marks = sceneMarks(layoutScene(change.before, 1280), layoutScene(change.after, 1280), narration);
    const db = change.before.containers[0];
    expect(marks.ghosts.containers.map((c) => c.name)).toEqual(['db']);
    expect(marks.ghosts.links.map((l) => l.key)).toEqual([`mount:${db.id}:/var/lib/mysql`]);
    expect(markOf(marks, 'volume:dbdata')).toBe('kept');
    // The writable layer's chips go with the ghost card, not as separate ghosts.
    expect(marks.ghosts.chips).toEqual([]);
  });

  it('fades out the files of a tmpfs emptied by a restart, leaving the box', () => {
    const change = run(world, 'docker restart web');
    const narration = narrate(change);
    const marks = sceneMarks(layoutScene(change.before, 1280), layoutScene(change.after, 1280), narration);
    expect(marks.ghosts.boxes).toEqual([]);
    expect(marks.ghosts.chips.map((c) => c.path)).toEqual(['/cache/c']);
  });

  it('ghosts a removed volume with its files', () => {
    const removed = runLine(world, 'docker rm -f db').world;
    const change = run(removed, 'docker volume rm dbdata');
    const marks = sceneMarks(layoutScene(change.before, 390), layoutScene(change.after, 390), narrate(change));
    expect(marks.ghosts.boxes.map((b) => b.key)).toEqual(['volume:dbdata']);
  });
});
