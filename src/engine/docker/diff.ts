/**
 * `docker diff`: what the writable layer changed against the image, as
 * overlay2 reports it: `A` added, `C` changed (a copied-up file or any
 * directory on the way to a change), `D` deleted (a whiteout, and each image
 * entry hidden by an opaque directory).
 */
import { LayeredVfs } from '../fs/layeredVfs.ts';
import { compareNames, emptyDir, joinPath, type DirNode } from '../fs/tree.ts';
import { imageOf, lowerLayers } from './containerFs.ts';
import type { Session } from './session.ts';

export interface Change {
  kind: 'A' | 'C' | 'D';
  path: string;
}

export function containerChanges(session: Session, id: string): Change[] {
  const container = session.container(id);
  const empty = emptyDir();
  const lower = new LayeredVfs({ lowers: lowerLayers(session, imageOf(session, container)), upper: { get: () => empty, set: () => {} }, readOnly: true }, []);
  const changes: Change[] = [];
  const visit = (dir: DirNode, parts: string[]) => {
    for (const name of Object.keys(dir.children).sort(compareNames)) {
      const node = dir.children[name];
      const childParts = [...parts, name];
      const path = joinPath(childParts);
      if (node.type === 'whiteout') {
        changes.push({ kind: 'D', path });
        continue;
      }
      const inLower = hasEntry(lower, path);
      changes.push({ kind: inLower ? 'C' : 'A', path });
      if (node.type !== 'dir') continue;
      // An opaque directory hides the image's entries: each shows as deleted (23-fs-opaque-dir.t).
      if (node.opaque && inLower) {
        for (const hidden of lower.readdir(path)) if (!(hidden in node.children)) changes.push({ kind: 'D', path: `${path}/${hidden}` });
      }
      visit(node, childParts);
    }
  };
  visit(container.writableLayer, []);
  return changes;
}

/** Whether the image has an entry at `path` (a symlink counts as itself). */
function hasEntry(fs: LayeredVfs, path: string): boolean {
  try {
    fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}
