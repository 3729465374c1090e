/**
 * What the diagram marks after a change: things narration calls lost fade
 * out (drawn as ghosts from the world before, when they are gone from the
 * world after), things it calls kept get a highlight. Narration decides what
 * is lost or kept; this only finds those things in the two scenes.
 */
import type { Scene } from '../layout.ts';
import type { Chip } from './chips.ts';
import type { ContainerCard } from './containers.ts';
import type { MountLink } from './links.ts';
import type { StoreBox } from './stores.ts';

export type MarkKind = 'lost' | 'kept';

export interface SceneMarks {
  lost: ReadonlySet<string>;
  kept: ReadonlySet<string>;
  /** Things gone from the scene, drawn where they were so they can visibly disappear. */
  ghosts: {
    containers: ContainerCard[];
    boxes: StoreBox[];
    chips: Chip[];
    links: MountLink[];
  };
}

export const NO_MARKS: SceneMarks = { lost: new Set(), kept: new Set(), ghosts: { containers: [], boxes: [], chips: [], links: [] } };

export function markOf(marks: SceneMarks, key: string): MarkKind | null {
  if (marks.lost.has(key)) return 'lost';
  if (marks.kept.has(key)) return 'kept';
  return null;
}

/** Finds the lost and kept keys in the scenes before and after a change. */
export function sceneMarks(before: Scene | null, after: Scene, narration: { lost: readonly string[]; kept: readonly string[] }): SceneMarks {
  const lost = new Set(narration.lost);
  const kept = new Set(narration.kept);
  if (lost.size === 0 && kept.size === 0) return NO_MARKS;
  const ghosts: SceneMarks['ghosts'] = { containers: [], boxes: [], chips: [], links: [] };
  if (before === null || lost.size === 0) return { lost, kept, ghosts };

  const present = new Set<string>();
  const note = (key: string) => present.add(key);
  for (const c of after.containers) {
    note(c.key);
    c.chips.forEach((chip) => note(chip.key));
  }
  for (const b of [...after.volumes, ...after.hostPaths, ...after.tmpfs]) {
    note(b.key);
    b.chips.forEach((chip) => note(chip.key));
  }
  after.links.forEach((l) => note(l.key));

  const ghostContainers = new Set<string>();
  for (const c of before.containers) {
    if (lost.has(c.key) && !present.has(c.key)) {
      ghosts.containers.push(c);
      ghostContainers.add(c.id);
    } else if (present.has(c.key)) {
      ghosts.chips.push(...c.chips.filter((chip) => lost.has(chip.key) && !present.has(chip.key)));
    }
  }
  for (const b of [...before.volumes, ...before.hostPaths, ...before.tmpfs]) {
    if (lost.has(b.key) && !present.has(b.key)) ghosts.boxes.push(b);
    else if (present.has(b.key)) ghosts.chips.push(...b.chips.filter((chip) => lost.has(chip.key) && !present.has(chip.key)));
  }
  // Two tmpfs mounts can hold the same path (`file:tmpfs:PATH`): one ghost each.
  const seen = new Set<string>();
  ghosts.chips = ghosts.chips.filter((chip) => !seen.has(chip.key) && seen.add(chip.key) !== undefined);
  ghosts.links.push(...before.links.filter((l) => !present.has(l.key) && (ghostContainers.has(l.containerId) || lost.has(l.to))));
  return { lost, kept, ghosts };
}
