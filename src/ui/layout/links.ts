/**
 * Mount lines: from a container's mount point to the volume, host folder or
 * tmpfs behind it. Lines leave the card to the gutter on its right, run down
 * the gutter, then across just above the target, so they seldom cross a card.
 */
import { line, type CurveFactoryLineOnly } from 'd3-shape';
import type { Path } from 'd3-path';
import type { Container, Mount } from '../../engine/docker/world.ts';
import type { ContainerCard } from './containers.ts';
import type { StoreBox } from './stores.ts';

export interface MountLink {
  key: string;
  type: Mount['type'];
  containerId: string;
  containerName: string;
  target: string;
  readOnly: boolean;
  /** The key of the box it ends at (`volume:NAME`, `host-path:/p`, `tmpfs:ID:/t`). */
  to: string;
  d: string;
  from: { x: number; y: number };
  end: { x: number; y: number };
  /** Spoken description. */
  label: string;
  data: Record<string, string>;
}

/**
 * A d3-shape curve for orthogonal polylines: straight runs joined by arcs of
 * `radius`, so mount lines turn corners softly without leaving their lanes.
 */
export function curveRounded(radius: number): CurveFactoryLineOnly {
  return (context: CanvasRenderingContext2D | Path) => {
    let points: [number, number][] = [];
    return {
      lineStart() {
        points = [];
      },
      point(x: number, y: number) {
        points.push([x, y]);
      },
      lineEnd() {
        if (points.length === 0) return;
        context.moveTo(points[0][0], points[0][1]);
        for (let i = 1; i < points.length - 1; i++) {
          const [ax, ay] = points[i - 1];
          const [bx, by] = points[i];
          const [cx, cy] = points[i + 1];
          const r = Math.min(radius, Math.hypot(bx - ax, by - ay) / 2, Math.hypot(cx - bx, cy - by) / 2);
          if (r < 0.5) context.lineTo(bx, by);
          else context.arcTo(bx, by, cx, cy, r);
        }
        const last = points[points.length - 1];
        context.lineTo(last[0], last[1]);
      },
    };
  };
}

const linkLine = line<{ x: number; y: number }>()
  .x((p) => p.x)
  .y((p) => p.y)
  .curve(curveRounded(6));

/** An orthogonal polyline with rounded corners, as an SVG path string. */
export function roundedPath(points: readonly { x: number; y: number }[]): string {
  return linkLine(points as { x: number; y: number }[]) ?? '';
}

function targetKey(container: Container, mount: Mount): string {
  if (mount.type === 'volume') return `volume:${mount.name}`;
  if (mount.type === 'bind') return `host-path:${mount.source}`;
  return `tmpfs:${container.id}:${mount.target}`;
}

function describe(container: Container, mount: Mount): string {
  const what = mount.type === 'volume' ? `volume ${mount.name}` : mount.type === 'bind' ? `host folder ${mount.source}` : 'tmpfs in memory';
  return `${container.name} ${mount.target} is ${what}${(mount.type !== 'tmpfs' && mount.readOnly) ? ', read-only' : ''}`;
}

/** Lines for every mount of every container whose target box is drawn. */
export function mountLinks(containers: readonly Container[], cards: ReadonlyMap<string, ContainerCard>, boxes: ReadonlyMap<string, StoreBox>, gap: number): MountLink[] {
  const links: MountLink[] = [];
  const incoming = new Map<string, number>();
  for (const container of containers) {
    const card = cards.get(container.id);
    if (card === undefined) continue;
    container.mounts.forEach((mount, i) => {
      const to = targetKey(container, mount);
      const box = boxes.get(to);
      if (box === undefined) return;
      const n = incoming.get(to) ?? 0;
      incoming.set(to, n + 1);
      const from = { x: card.x + card.width, y: card.portY[i] };
      const gutter = card.x + card.width + gap / 2 + ((i % 3) - 1) * 2.5;
      const end = { x: box.x + 14 + (n % 8) * 9, y: box.y };
      const lane = box.y - 5 + ((links.length % 3) - 1) * 2;
      const points = [from, { x: gutter, y: from.y }, { x: gutter, y: lane }, { x: end.x, y: lane }, end];
      links.push({
        key: `mount:${container.id}:${mount.target}`,
        type: mount.type,
        containerId: container.id,
        containerName: container.name,
        target: mount.target,
        readOnly: (mount.type !== 'tmpfs' && mount.readOnly),
        to,
        d: roundedPath(points),
        from,
        end,
        label: describe(container, mount),
        data: { 'data-kind': 'mount', 'data-type': mount.type, 'data-container': container.name, 'data-target': mount.target },
      });
    });
  }
  return links;
}
