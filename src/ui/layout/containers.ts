/**
 * A container as a card of fixed height: name, image and state, its writable
 * layer with the files in it, the image's read-only layers below, then its
 * mount points, each with a port where its mount line starts. A fixed height
 * keeps the grid still while files are written.
 */
import type { LifecycleState } from '../../engine/machines/lifecycleMachine.ts';
import { treeFiles } from '../../engine/docker/origins.ts';
import type { Container, Mount, World } from '../../engine/docker/world.ts';
import { flowChips, type Chip } from './chips.ts';
import { SANS_CHAR, fitText, shortId, tildePath, type Rect } from './geometry.ts';

export interface LayerBar extends Rect {
  key: string;
  label: string;
  title: string;
}

export interface MountRow {
  key: string;
  /** Baseline of the row's text, and the y of its port. */
  y: number;
  text: string;
  readOnly: boolean;
  /** How many mounts this row stands for (more than one on the "+N more" row). */
  count: number;
}

export interface ContainerCard extends Rect {
  key: string;
  id: string;
  name: string;
  nameText: string;
  imageText: string;
  state: LifecycleState;
  stateLabel: string;
  badge: Rect;
  writable: Rect;
  chips: Chip[];
  layers: LayerBar[];
  mountRows: MountRow[];
  /** For each mount, in `container.mounts` order, the y of the port its line leaves from. */
  portY: number[];
  data: Record<string, string>;
}

export const CARD_HEIGHT = 206;
const WRITABLE_TOP = 44;
const WRITABLE_HEIGHT = 66;
const LAYERS_TOP = WRITABLE_TOP + WRITABLE_HEIGHT + 6;
const LAYER_BAR = 15;
const MAX_LAYER_BARS = 2;
const MOUNTS_TOP = LAYERS_TOP + MAX_LAYER_BARS * (LAYER_BAR + 2) + 6;
const MOUNT_ROW = 17;
const MAX_MOUNT_ROWS = 3;

/** The state as Docker's `ps` would word it; shown beside the colour. */
export function stateLabel(container: Container): string {
  switch (container.status) {
    case 'exited':
      return `exited (${container.state.exitCode})`;
    default:
      return container.status;
  }
}

export function mountText(mount: Mount): string {
  if (mount.type === 'volume') return `volume ${mount.anonymous ? shortId(mount.name) : mount.name}`;
  if (mount.type === 'bind') return `bind ${tildePath(mount.source)}`;
  return 'tmpfs (memory)';
}

function layerBars(world: World, container: Container, x: number, y: number, width: number): LayerBar[] {
  const image = world.images.find((i) => i.id === container.imageId);
  const ids = [...(image?.layers ?? [])].reverse(); // topmost first, as the stack is drawn
  const shown = ids.length > MAX_LAYER_BARS ? ids.slice(0, MAX_LAYER_BARS - 1) : ids;
  const bars: LayerBar[] = shown.map((id, i) => {
    const layer = world.layers[id];
    const text = `${shortId(id)} ${layer?.createdBy ?? ''}`;
    return { key: `layer:${id}`, label: fitText(`read-only ${text}`, width - 10, 6.2), title: `Image layer ${shortId(id)}: ${layer?.createdBy ?? ''} (read-only, shared)`, x, y: y + i * (LAYER_BAR + 2), width, height: LAYER_BAR };
  });
  if (shown.length < ids.length) {
    const rest = ids.length - shown.length;
    bars.push({ key: 'layer:more', label: `+${rest} lower read-only layers`, title: `${rest} more image layers`, x, y: y + shown.length * (LAYER_BAR + 2), width, height: LAYER_BAR });
  }
  return bars;
}

export function containerCard(world: World, container: Container, rect: Rect): ContainerCard {
  const { x, y, width } = rect;
  const label = stateLabel(container);
  const badgeWidth = Math.ceil(label.length * 6.4 + 14);
  const badge = { x: x + width - badgeWidth - 8, y: y + 7, width: badgeWidth, height: 18 };
  const writable = { x: x + 8, y: y + WRITABLE_TOP, width: width - 16, height: WRITABLE_HEIGHT };
  const files = treeFiles(container.writableLayer, '', 200).map((f) => ({ ...f, key: `file:writable:${container.id}:${f.path}` }));
  const chips = flowChips(files, 'writable', `writable:${container.id}`, writable.x + 6, writable.y + 20, writable.width - 12, 2);
  const mounts = container.mounts;
  const visible = mounts.length > MAX_MOUNT_ROWS ? MAX_MOUNT_ROWS - 1 : mounts.length;
  const rowY = (i: number) => y + MOUNTS_TOP + 12 + i * MOUNT_ROW;
  const textWidth = width - 54;
  const mountRows: MountRow[] = mounts.slice(0, visible).map((m, i) => ({
    key: `mount:${m.target}`,
    y: rowY(i),
    text: fitText(`${m.target} → ${mountText(m)}`, textWidth, 6.4),
    readOnly: m.type !== 'tmpfs' && m.readOnly,
    count: 1,
  }));
  if (visible < mounts.length) {
    mountRows.push({ key: 'mount:more', y: rowY(visible), text: `+${mounts.length - visible} more mounts`, readOnly: false, count: mounts.length - visible });
  }
  if (mounts.length === 0) mountRows.push({ key: 'mount:none', y: rowY(0), text: 'no mounts: all data in layers', readOnly: false, count: 0 });
  const portY = mounts.map((_, i) => rowY(Math.min(i, visible)) - 4);
  return {
    key: `container:${container.id}`,
    id: container.id,
    name: container.name,
    nameText: fitText(container.name, width - badgeWidth - 28, 7.6),
    imageText: fitText(`image ${container.imageRef}`, width - 20, SANS_CHAR - 0.5),
    state: container.status,
    stateLabel: label,
    badge,
    writable,
    chips,
    layers: layerBars(world, container, x + 8, y + LAYERS_TOP, width - 16),
    mountRows,
    portY,
    x,
    y,
    width,
    height: CARD_HEIGHT,
    data: { 'data-kind': 'container', 'data-name': container.name, 'data-state': container.status },
  };
}
