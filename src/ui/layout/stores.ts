/**
 * The places outside containers where bytes live: volumes, host folders used
 * as bind sources, and tmpfs mounts in memory. Each becomes a box of chips.
 */
import { getNode, splitPath } from '../../engine/fs/tree.ts';
import { treeFiles, type TreeFile } from '../../engine/docker/origins.ts';
import type { Container, World } from '../../engine/docker/world.ts';
import { flowChips, type Chip, type ChipFile } from './chips.ts';
import { shortId, tildePath, type Rect } from './geometry.ts';

/** A mark written on a box: text, never colour alone. */
export interface Mark {
  text: string;
  tone: 'info' | 'warn';
}

export interface StoreBox extends Rect {
  /** `volume:NAME`, `host-path:/path` or `tmpfs:CONTAINERID:/target`, as narration names things. */
  key: string;
  kind: 'volume' | 'host-path' | 'tmpfs';
  title: string;
  marks: Mark[];
  chips: Chip[];
  /** Data attributes others select on. */
  data: Record<string, string>;
}

export const STORE_HEIGHT = 92;
const CHIP_TOP = 44;
const CHIP_ROWS = 2;
const CHIP_LIMIT = 60;

/** Bind sources of the world's containers, oldest container first, each once. */
export function bindSources(world: World): string[] {
  const out: string[] = [];
  for (const c of world.containers) for (const m of c.mounts) if (m.type === 'bind' && !out.includes(m.source)) out.push(m.source);
  return out;
}

/**
 * The host folders to draw: those drawn before (so a folder stays in place,
 * marked "not mounted", after its container is removed; its files are kept)
 * followed by new bind sources. Folders gone from the host are dropped.
 */
export function rememberHostPaths(previous: readonly string[], world: World): string[] {
  const out = previous.filter((p) => getNode(world.host, splitPath(p)) !== undefined);
  for (const source of bindSources(world)) if (!out.includes(source)) out.push(source);
  return out;
}

function chipFiles(files: TreeFile[], keyOf: (path: string) => string): ChipFile[] {
  return files.map((f) => ({ ...f, key: keyOf(f.path) }));
}

function box(kind: StoreBox['kind'], key: string, rect: Rect, title: string, marks: Mark[], files: ChipFile[], store: string, data: Record<string, string>): StoreBox {
  const chips = flowChips(files, store, key, rect.x + 8, rect.y + CHIP_TOP, rect.width - 16, CHIP_ROWS);
  return { ...rect, key, kind, title, marks, chips, data };
}

export function volumeBox(world: World, name: string, rect: Rect): StoreBox {
  const volume = world.volumes.find((v) => v.name === name)!;
  const users = world.containers.filter((c) => c.mounts.some((m) => m.type === 'volume' && m.name === name));
  const title = volume.anonymous ? shortId(name) : name;
  const marks: Mark[] = [];
  if (volume.anonymous) marks.push({ text: 'anonymous', tone: 'info' });
  if (users.length === 0) marks.push({ text: 'unused', tone: 'warn' });
  else marks.push({ text: `used by ${users.length}`, tone: 'info' });
  const store = `volume:${name}`;
  const files = chipFiles(treeFiles(volume.tree, '', CHIP_LIMIT), (p) => `file:${store}:${p}`);
  return box('volume', `volume:${name}`, rect, title, marks, files, store, { 'data-kind': 'volume', 'data-name': name });
}

export function hostPathBox(world: World, path: string, rect: Rect): StoreBox {
  const node = getNode(world.host, splitPath(path));
  const mounted = world.containers.some((c) => c.mounts.some((m) => m.type === 'bind' && m.source === path));
  const marks: Mark[] = [];
  if (!mounted) marks.push({ text: 'not mounted', tone: 'warn' });
  let files: TreeFile[] = [];
  if (node?.type === 'dir') files = treeFiles(node, path === '/' ? '' : path, CHIP_LIMIT);
  else if (node !== undefined) files = [{ path, type: node.type === 'whiteout' ? 'file' : node.type }];
  if (node !== undefined && node.type !== 'dir') marks.unshift({ text: 'single file', tone: 'info' });
  const store = `bind:${path}`;
  const title = tildePath(path);
  return box('host-path', `host-path:${path}`, rect, title, marks, chipFiles(files, (p) => `file:${store}:${p}`), store, {
    'data-kind': 'host-path',
    'data-path': path,
  });
}

/** Tmpfs mounts, oldest container first: memory, emptied at every start. */
export function tmpfsMounts(world: World): { container: Container; target: string }[] {
  const out: { container: Container; target: string }[] = [];
  for (const c of world.containers) for (const m of c.mounts) if (m.type === 'tmpfs') out.push({ container: c, target: m.target });
  return out;
}

export function tmpfsBox(container: Container, target: string, rect: Rect): StoreBox {
  const tree = container.tmpfs[target];
  const files = tree === undefined ? [] : treeFiles(tree, target === '/' ? '' : target, CHIP_LIMIT);
  const live = container.status === 'running' || container.status === 'paused' || container.status === 'restarting';
  const marks: Mark[] = [{ text: live ? 'in memory' : 'emptied at next start', tone: live ? 'info' : 'warn' }];
  const title = `${container.name}:${target}`;
  const key = `tmpfs:${container.id}:${target}`;
  return box('tmpfs', key, rect, title, marks, chipFiles(files, (p) => `file:tmpfs:${p}`), 'tmpfs', {
    'data-kind': 'tmpfs',
    'data-container': container.name,
    'data-target': target,
  });
}
