/**
 * The diagram's scene as a pure function of the world and the width there is:
 * the host machine as a frame; inside it Docker's area (images, containers,
 * volumes), the host folders used as bind sources, and memory for tmpfs.
 * Everything is placed by creation order in grids of fixed-size boxes, so
 * adding a container never moves the others. Svelte draws the result.
 */
import type { World } from '../engine/docker/world.ts';
import { CARD_HEIGHT, containerCard, type ContainerCard } from './layout/containers.ts';
import { gridColumns, type Rect } from './layout/geometry.ts';
import { IMAGE_HEIGHT, drawnImages, imageStack, type ImageStack } from './layout/images.ts';
import { mountLinks, type MountLink } from './layout/links.ts';
import { STORE_HEIGHT, hostPathBox, rememberHostPaths, tmpfsBox, tmpfsMounts, volumeBox, type StoreBox } from './layout/stores.ts';

export type { ContainerCard, MountRow, LayerBar } from './layout/containers.ts';
export type { ImageStack } from './layout/images.ts';
export type { MountLink } from './layout/links.ts';
export type { StoreBox, Mark } from './layout/stores.ts';
export type { Chip } from './layout/chips.ts';
export type { Rect } from './layout/geometry.ts';
export { rememberHostPaths } from './layout/stores.ts';

/** A titled frame: the host, Docker's area, the host file system, memory. */
export interface Frame extends Rect {
  key: string;
  title: string;
  subtitle: string;
}

/** A line of text placed in the scene: a section heading or an "empty" note. */
export interface Caption {
  key: string;
  text: string;
  x: number;
  y: number;
  tone: 'heading' | 'note';
}

export interface Scene {
  width: number;
  height: number;
  frames: Frame[];
  captions: Caption[];
  images: ImageStack[];
  containers: ContainerCard[];
  volumes: StoreBox[];
  hostPaths: StoreBox[];
  tmpfs: StoreBox[];
  links: MountLink[];
}

export interface SceneOptions {
  /** Host folders drawn before, kept in place (see `rememberHostPaths`). */
  hostPaths?: readonly string[];
}

/** Narrowest width the scene lays out for; narrower screens scroll. */
export const MIN_WIDTH = 320;
const PAD = 12;
const GAP = 14;
const HEADING = 22;
/** Room between a heading and its boxes for mount lines to run across. */
const LANE = 8;

interface Grid {
  rects: Rect[];
  bottom: number;
}

/** Rectangles for `count` items in rows, left to right, from (x, y). */
function grid(count: number, x: number, y: number, width: number, minWidth: number, maxWidth: number, height: number): Grid {
  const { columns, itemWidth } = gridColumns(width, minWidth, maxWidth, GAP);
  const rects: Rect[] = [];
  for (let i = 0; i < count; i++) {
    const col = i % columns;
    const row = Math.floor(i / columns);
    rects.push({ x: x + col * (itemWidth + GAP), y: y + row * (height + GAP), width: itemWidth, height });
  }
  const rows = Math.ceil(count / columns);
  return { rects, bottom: rows === 0 ? y : y + rows * (height + GAP) - GAP };
}

/** Lays out the whole scene for a world at `availableWidth` pixels. */
export function layoutScene(world: World, availableWidth: number, options: SceneOptions = {}): Scene {
  const width = Math.max(MIN_WIDTH, Math.floor(availableWidth));
  const frames: Frame[] = [];
  const captions: Caption[] = [];
  const heading = (key: string, text: string, x: number, y: number) => captions.push({ key, text, x, y: y + 14, tone: 'heading' });
  const note = (key: string, text: string, x: number, y: number) => captions.push({ key, text, x, y: y + 14, tone: 'note' });

  // Docker's area, inside the host frame.
  const dockerX = PAD;
  const dockerWidth = width - 2 * PAD;
  const innerX = dockerX + PAD;
  const innerWidth = dockerWidth - 2 * PAD;
  const dockerY = HEADING + 8;
  let y = dockerY + HEADING + 6;

  heading('images', 'Images: read-only layers, shared', innerX, y);
  y += HEADING;
  const imageList = drawnImages(world);
  const imageGrid = grid(imageList.length, innerX, y, innerWidth, 150, 220, IMAGE_HEIGHT);
  const images = imageList.map((image, i) => imageStack(world, image, imageGrid.rects[i]));
  y = imageGrid.bottom + GAP;

  heading('containers', 'Containers', innerX, y);
  y += HEADING;
  const cardGrid = grid(world.containers.length, innerX, y, innerWidth, 250, 340, CARD_HEIGHT);
  const containers = world.containers.map((c, i) => containerCard(world, c, cardGrid.rects[i]));
  if (containers.length === 0) note('containers-empty', 'No containers yet: try docker run', innerX, y - 4);
  y = (containers.length === 0 ? y + HEADING : cardGrid.bottom) + GAP;

  heading('volumes', 'Volumes', innerX, y);
  y += HEADING + LANE;
  const volumeGrid = grid(world.volumes.length, innerX, y, innerWidth, 170, 240, STORE_HEIGHT);
  const volumes = world.volumes.map((v, i) => volumeBox(world, v.name, volumeGrid.rects[i]));
  if (volumes.length === 0) note('volumes-empty', 'No volumes', innerX, y - 4);
  y = (volumes.length === 0 ? y + HEADING : volumeGrid.bottom) + PAD;
  frames.push({ key: 'docker', title: 'Docker', subtitle: '/var/lib/docker', x: dockerX, y: dockerY, width: dockerWidth, height: y - dockerY });
  y += GAP;

  // The host's own file system: the folders bind-mounted into containers.
  const hostFrameY = y;
  y += HEADING + 6 + LANE;
  const paths = rememberHostPaths(options.hostPaths ?? [], world);
  const hostGrid = grid(paths.length, innerX, y, innerWidth, 170, 240, STORE_HEIGHT);
  const hostPaths = paths.map((p, i) => hostPathBox(world, p, hostGrid.rects[i]));
  if (hostPaths.length === 0) note('host-empty', 'No bind mounts: try -v ./site:/usr/share/nginx/html', innerX, y - 4);
  y = (hostPaths.length === 0 ? y + HEADING : hostGrid.bottom) + PAD;
  frames.push({ key: 'host-fs', title: 'Host file system', subtitle: 'bind-mount sources', x: dockerX, y: hostFrameY, width: dockerWidth, height: y - hostFrameY });
  y += GAP;

  // Memory: tmpfs mounts, never written to disk.
  const memoryY = y;
  y += HEADING + 6 + LANE;
  const mounts = tmpfsMounts(world);
  const tmpfsGrid = grid(mounts.length, innerX, y, innerWidth, 170, 240, STORE_HEIGHT);
  const tmpfs = mounts.map((m, i) => tmpfsBox(m.container, m.target, tmpfsGrid.rects[i]));
  if (tmpfs.length === 0) note('memory-empty', 'No tmpfs mounts: try --tmpfs /cache', innerX, y - 4);
  y = (tmpfs.length === 0 ? y + HEADING : tmpfsGrid.bottom) + PAD;
  frames.push({ key: 'memory', title: 'Memory', subtitle: 'tmpfs, lost when the container stops', x: dockerX, y: memoryY, width: dockerWidth, height: y - memoryY });
  y += PAD;

  const height = y;
  frames.unshift({ key: 'host', title: 'Host machine', subtitle: '', x: 0, y: 0, width, height });

  const cards = new Map(containers.map((c) => [c.id, c]));
  const boxes = new Map([...volumes, ...hostPaths, ...tmpfs].map((b) => [b.key, b]));
  const links = mountLinks(world.containers, cards, boxes, GAP);
  return { width, height, frames, captions, images, containers, volumes, hostPaths, tmpfs, links };
}
