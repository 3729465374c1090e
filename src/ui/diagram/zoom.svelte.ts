/**
 * Zoom and pan for the diagram through d3-zoom, attached to the SVG with
 * `{@attach zoom.attach}`. d3 only listens to gestures and computes the
 * transform; Svelte applies it to the scene group.
 */
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { Rect } from '../layout.ts';

export class DiagramZoom {
  transform = $state.raw<ZoomTransform>(zoomIdentity);
  private behavior: ZoomBehavior<SVGSVGElement, unknown> | null = null;
  private svg: SVGSVGElement | null = null;

  /** The attachment: installs d3-zoom on the SVG, removes it on detach. */
  attach = (svg: SVGSVGElement) => {
    this.svg = svg;
    this.behavior = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.25, 3])
      // Plain wheel and one-finger swipes scroll the page; ctrl+wheel, pinch and drag move the diagram.
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        if (event.type.startsWith('touch')) return ((event as TouchEvent).touches?.length ?? 0) > 1;
        return !(event as MouseEvent).button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.transform = event.transform;
      });
    select(svg).call(this.behavior).on('dblclick.zoom', null);
    return () => {
      select(svg).on('.zoom', null);
      this.svg = null;
      this.behavior = null;
    };
  };

  private apply(transform: ZoomTransform): void {
    if (this.svg !== null && this.behavior !== null) select(this.svg).call(this.behavior.transform, transform);
    else this.transform = transform;
  }

  zoomBy(factor: number): void {
    if (this.svg !== null && this.behavior !== null) select(this.svg).call(this.behavior.scaleBy, factor);
  }

  reset(): void {
    this.apply(zoomIdentity);
  }

  /** Scales the whole scene into the viewport. */
  fit(scene: { width: number; height: number }, viewport: { width: number; height: number }): void {
    const k = Math.min(1, viewport.width / scene.width, viewport.height / scene.height);
    this.apply(zoomIdentity.translate((viewport.width - scene.width * k) / 2, 0).scale(k));
  }

  /** Pans just enough to show `rect` (a focused card), keeping the scale. */
  reveal(rect: Rect, viewport: { width: number; height: number }): void {
    const t = this.transform;
    const [x0, y0] = t.apply([rect.x, rect.y]);
    const [x1, y1] = t.apply([rect.x + rect.width, rect.y + rect.height]);
    let dx = 0;
    let dy = 0;
    if (x0 < 0) dx = -x0 + 8;
    else if (x1 > viewport.width) dx = viewport.width - x1 - 8;
    if (y0 < 0) dy = -y0 + 8;
    else if (y1 > viewport.height) dy = viewport.height - y1 - 8;
    if (dx !== 0 || dy !== 0) this.apply(zoomIdentity.translate(t.x + dx, t.y + dy).scale(t.k));
  }
}
