import { Box } from './components';
import type { Sym } from './symbols';

/**
 * The rows a fraction bar's ink takes in the columns a glyph stands over (the bar's end
 * columns for a glyph past its end). A hand's bar slopes, and its box spans every row it
 * passes through: a denominator's last digit under the high end of a bar drawn uphill had its
 * middle above the box's foot and was left out of the fraction (44467/38973 read
 * 44467/3897 3). A level bar's rows are its box's.
 */
export function barRowsAt(bar: Sym, glyph: Box): { top: number; bottom: number } {
  const from = Math.min(Math.max(glyph.x0, bar.box.x0), bar.box.x1);
  const to = Math.max(Math.min(glyph.x1, bar.box.x1), bar.box.x0);
  let top = Infinity;
  let bottom = -Infinity;
  for (const part of bar.parts) {
    const w = part.box.x1 - part.box.x0 + 1;
    const h = part.box.y1 - part.box.y0 + 1;
    for (let x = Math.max(from, part.box.x0); x <= Math.min(to, part.box.x1); x += 1)
      for (let y = 0; y < h; y += 1)
        if (part.mask[y * w + (x - part.box.x0)]) {
          top = Math.min(top, part.box.y0 + y);
          bottom = Math.max(bottom, part.box.y0 + y);
        }
  }
  // Columns where the bar has no ink of its own (a gap between a broken bar's pieces): its box.
  return top <= bottom ? { top, bottom } : { top: bar.box.y0, bottom: bar.box.y1 };
}
