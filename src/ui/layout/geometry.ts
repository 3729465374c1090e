/**
 * Sizes and text fitting shared by the scene layout. Text is measured by
 * character count: chips and ids are set in a monospace font, so a fixed
 * advance per character is exact enough and keeps layout a pure function.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pixels per character of 11px monospace text (chips, ids, paths). */
export const MONO_CHAR = 6.7;
/** Pixels per character of 12px sans text, on the generous side. */
export const SANS_CHAR = 7;

export const CHIP_HEIGHT = 18;
export const CHIP_GAP = 4;
/** Horizontal padding inside a chip, each side. */
export const CHIP_PAD = 5;
/** Longest chip label, in characters; longer names are cut with an ellipsis. */
export const CHIP_MAX_CHARS = 18;

/** `text` cut to at most `max` characters, ending in an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (max <= 1) return text.length > 0 ? '…' : '';
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}

/** `text` cut to fit `width` pixels at `charWidth` per character. */
export function fitText(text: string, width: number, charWidth = SANS_CHAR): string {
  return clip(text, Math.floor(width / charWidth));
}

/** The 12-character short id Docker prints for containers, images and anonymous volumes. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

/** A host path with the learner's home written as `~`, as a shell prompt would. */
export function tildePath(path: string): string {
  if (path === '/home/learner') return '~';
  return path.startsWith('/home/learner/') ? '~' + path.slice('/home/learner'.length) : path;
}

/** True when two rectangles share any area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Column count and item width for a grid of items at least `minWidth` wide. */
export function gridColumns(available: number, minWidth: number, maxWidth: number, gap: number): { columns: number; itemWidth: number } {
  const columns = Math.max(1, Math.floor((available + gap) / (minWidth + gap)));
  const itemWidth = Math.min(maxWidth, (available - gap * (columns - 1)) / columns);
  return { columns, itemWidth: Math.max(1, Math.floor(itemWidth)) };
}
