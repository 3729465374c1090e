/**
 * Files as chips: small labelled boxes flowed into a fixed area, capped at a
 * number of rows, the rest summed up as "+N more".
 */
import { basename } from '../../engine/fs/tree.ts';
import type { TreeFile } from '../../engine/docker/origins.ts';
import { CHIP_GAP, CHIP_HEIGHT, CHIP_MAX_CHARS, CHIP_PAD, MONO_CHAR, clip } from './geometry.ts';

/** One chip as drawn: a file where its bytes live, or the "+N more" summary. */
export interface Chip {
  /** Identity for keyed each and for lost/kept marks (see `fileKey`). */
  key: string;
  kind: 'file' | 'symlink' | 'whiteout' | 'dir' | 'more';
  /** The file's path within its store (`data-path`); empty for "more". */
  path: string;
  /** The `data-store` value: `writable`, `volume:NAME`, `bind:HOSTPATH`, `tmpfs`. */
  store: string;
  label: string;
  /** Full description for a tooltip. */
  title: string;
  x: number;
  y: number;
  width: number;
}

/** A file to show, with the identity its chip takes. */
export interface ChipFile extends TreeFile {
  key: string;
}

export function chipWidth(label: string): number {
  return Math.ceil(label.length * MONO_CHAR + 2 * CHIP_PAD);
}

function labelOf(file: TreeFile): string {
  const name = basename(file.path);
  if (file.type === 'whiteout') return clip(`✕ ${name}`, CHIP_MAX_CHARS);
  if (file.type === 'dir') return clip(`${name}/`, CHIP_MAX_CHARS);
  return clip(name, CHIP_MAX_CHARS);
}

function titleOf(file: TreeFile): string {
  if (file.type === 'whiteout') return `${file.path} (deleted: a whiteout hides the image's file)`;
  if (file.type === 'dir') return `${file.path}/ (empty folder)`;
  if (file.type === 'symlink') return `${file.path} (symbolic link)`;
  return file.path;
}

/**
 * Flows chips left to right into `width` pixels from (x, y), at most `maxRows`
 * rows. When they do not all fit, the last chips make room for "+N more".
 */
export function flowChips(files: readonly ChipFile[], store: string, boxKey: string, x: number, y: number, width: number, maxRows: number, total = files.length): Chip[] {
  const chips: Chip[] = [];
  let cx = x;
  let row = 0;
  let overflow = false;
  for (const file of files) {
    const label = labelOf(file);
    const w = Math.min(chipWidth(label), width);
    if (cx > x && cx + w > x + width) {
      row++;
      cx = x;
    }
    if (row >= maxRows) {
      overflow = true;
      break;
    }
    chips.push({ key: file.key, kind: file.type, path: file.path, store, label, title: titleOf(file), x: cx, y: y + row * (CHIP_HEIGHT + CHIP_GAP), width: w });
    cx += w + CHIP_GAP;
  }
  if (!overflow && total <= chips.length) return chips;
  // Make room for the summary chip at the end of the last row.
  const moreWidth = (n: number) => chipWidth(`+${n} more`);
  while (chips.length > 0) {
    const last = chips[chips.length - 1];
    const end = last.x + last.width + CHIP_GAP;
    if (end + moreWidth(total - chips.length) <= x + width) break;
    chips.pop();
  }
  const last = chips[chips.length - 1];
  const mx = last === undefined ? x : last.x + last.width + CHIP_GAP;
  const my = last === undefined ? y : last.y;
  const rest = total - chips.length;
  chips.push({ key: `more:${boxKey}`, kind: 'more', path: '', store, label: `+${rest} more`, title: `${rest} more files not shown`, x: mx, y: my, width: moreWidth(rest) });
  return chips;
}

/** Height of an area holding `rows` rows of chips. */
export const chipRowsHeight = (rows: number): number => rows * CHIP_HEIGHT + (rows - 1) * CHIP_GAP;
