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
  const visit = (dir: DirNode, parts: string[]): Change[] => {
    const changes: Change[] = [];
    for (const name of Object.keys(dir.children).sort(compareNames)) {
      const node = dir.children[name];
      const childParts = [...parts, name];
      const path = joinPath(childParts);
      if (node.type === 'whiteout') {
        changes.push({ kind: 'D', path });
        continue;
      }
      const inLower = hasEntry(lower, path);
      if (node.type !== 'dir') {
        changes.push({ kind: inLower ? 'C' : 'A', path });
        continue;
      }
      const beneath = visit(node, childParts);
      // An opaque directory hides the image's entries: each shows as deleted (23-fs-opaque-dir.t).
      if (node.opaque && inLower) {
        for (const hidden of lower.readdir(path)) if (!(hidden in node.children)) beneath.push({ kind: 'D', path: `${path}/${hidden}` });
      }
      // An image directory copied up only on the way to a change that was undone is not reported (22-fs-whiteout-delete.t).
      if (!inLower) changes.push({ kind: 'A', path }, ...beneath);
      else if (beneath.length > 0) changes.push({ kind: 'C', path }, ...beneath);
    }
    return changes;
  };
  return visit(container.writableLayer, []);
}

function hasEntry(fs: LayeredVfs, path: string): boolean {
  try {
    fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}
