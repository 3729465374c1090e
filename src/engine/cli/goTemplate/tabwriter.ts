/**
 * A port of Go's text/tabwriter for left-aligned, space-padded output: cells end at tabs, the
 * text after a line's last tab is not part of any column, and a column's width is decided per
 * block of consecutive lines that have that column.
 */
import { runeCount } from './values.ts';

export interface TabwriterSettings {
  minWidth: number;
  padding: number;
}

/**
 * Docker's table settings: `tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)`. Seen in
 * `docker volume ls`: `DRIVER    VOLUME NAME` pads DRIVER to 10; wider columns get 3 spaces.
 */
export const dockerTableSettings: TabwriterSettings = { minWidth: 10, padding: 3 };

/** Aligns tab-separated text into columns. */
export function tabwrite(text: string, settings: TabwriterSettings = dockerTableSettings): string {
  const lines = text.split('\n').map((line) => line.split('\t').map((cell) => ({ text: cell, width: runeCount(cell) })));
  const widths: number[] = [];
  let out = '';

  const writeLines = (line0: number, line1: number): void => {
    for (let i = line0; i < line1; i++) {
      lines[i].forEach((cell, j) => {
        out += cell.text;
        if (j < widths.length) out += ' '.repeat(Math.max(widths[j] - cell.width, 0));
      });
      if (i + 1 < lines.length) out += '\n';
    }
  };

  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    for (let current = line0; current < line1; current++) {
      if (column >= lines[current].length - 1) continue;
      // This line starts a block of lines that all have a cell in this column.
      writeLines(line0, current);
      line0 = current;
      let width = settings.minWidth;
      for (; current < line1; current++) {
        const line = lines[current];
        if (column >= line.length - 1) break;
        width = Math.max(width, line[column].width + settings.padding);
      }
      widths.push(width);
      format(line0, current);
      widths.pop();
      line0 = current;
    }
    writeLines(line0, line1);
  };

  format(0, lines.length);
  return out;
}
