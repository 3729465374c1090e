/**
 * Images as stacks of read-only layers, one per image, listing the
 * containers that share it. Every image is drawn (the catalog is small), so
 * running a container never adds a stack and never moves what is below.
 */
import type { Image, World } from '../../engine/docker/world.ts';
import { fitText, shortId, type Rect } from './geometry.ts';
import type { LayerBar } from './containers.ts';

export interface ImageStack extends Rect {
  key: string;
  title: string;
  layers: LayerBar[];
  usedBy: string;
  inUse: boolean;
}

export const IMAGE_HEIGHT = 74;
const BAR = 14;
const MAX_BARS = 2;

/** Images worth drawing: listed ones, and deleted ones that containers still use. */
export function drawnImages(world: World): Image[] {
  return world.images.filter((i) => !i.deleted || world.containers.some((c) => c.imageId === i.id));
}

export function imageStack(world: World, image: Image, rect: Rect): ImageStack {
  const users = world.containers.filter((c) => c.imageId === image.id).map((c) => c.name);
  const name = image.repoTags[0] ?? `<none> ${shortId(image.id)}`;
  const ids = [...image.layers].reverse();
  const shown = ids.length > MAX_BARS ? ids.slice(0, MAX_BARS - 1) : ids;
  const barWidth = rect.width - 16;
  // Topmost layer first, base layer lowest, like a stack.
  const top = rect.y + 23;
  const layers: LayerBar[] = shown.map((id, i) => ({
    key: `layer:${id}`,
    label: fitText(`${shortId(id)} ${world.layers[id]?.createdBy ?? ''}`, barWidth - 8, 6.2),
    title: `Layer ${shortId(id)}: ${world.layers[id]?.createdBy ?? ''}`,
    x: rect.x + 8,
    y: top + i * (BAR + 2),
    width: barWidth,
    height: BAR,
  }));
  if (shown.length < ids.length) {
    layers.push({ key: 'layer:more', label: `+${ids.length - shown.length} lower layers`, title: '', x: rect.x + 8, y: top + shown.length * (BAR + 2), width: barWidth, height: BAR });
  }
  const usedBy = users.length === 0 ? 'not used' : `used by ${users.join(', ')}`;
  return {
    ...rect,
    key: `image:${image.id}`,
    title: fitText(name + (image.deleted ? ' (deleted)' : ''), rect.width - 16, 7.4),
    layers,
    usedBy: fitText(usedBy, rect.width - 16, 6.2),
    inUse: users.length > 0,
  };
}
