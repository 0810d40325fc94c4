import { Component, boxHeight, boxWidth } from './components';

/**
 * Whether a blob is one straight, upright stroke: nearly every row one run of ink no more
 * than twice the stroke's width, their middles (away from its ends) on a line within half
 * a stroke, leaning at most ~30°, and the blob at least twice as tall as the stroke is
 * thick. (A 7's flag, a 6's loop and a bracket's curve all fail it.)
 */
export function straightStroke(c: Component): boolean {
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  const rows: { y: number; middle: number; width: number }[] = [];
  let odd = 0;
  for (let y = 0; y < h; y += 1) {
    const { runs, first, last } = rowInk(c, y);
    if (runs === 1) rows.push({ y, middle: (first + last) / 2, width: last - first + 1 });
    else odd += 1;
  }
  if (rows.length < 4) return false;
  const widths = rows.map((r) => r.width).sort((a, b) => a - b);
  const stroke = widths[Math.floor(widths.length / 2)];
  odd += rows.filter((r) => r.width > 2 * stroke).length;
  if (odd > 0.1 * h || h < 2 * stroke || w > 0.7 * h) return false;
  // The rows' middles fitted by least squares, x = a + b·y, leaving out the stroke's ends,
  // where the pen came down and lifted off (a flick to one side).
  const middle = rows.filter((r) => r.y >= 0.1 * h && r.y < 0.9 * h);
  if (middle.length < 4) return false;
  return onALine(middle, stroke);
}

/** Whether the rows' middles lie within half a stroke of one line leaning at most ~30°. */
function onALine(rows: { y: number; middle: number }[], stroke: number): boolean {
  const n = rows.length;
  const my = rows.reduce((t, r) => t + r.y, 0) / n;
  const mx = rows.reduce((t, r) => t + r.middle, 0) / n;
  const syy = rows.reduce((t, r) => t + (r.y - my) ** 2, 0);
  const slope = rows.reduce((t, r) => t + (r.y - my) * (r.middle - mx), 0) / syy;
  if (Math.abs(slope) > 0.6) return false;
  const off = Math.max(...rows.map((r) => Math.abs(r.middle - (mx + slope * (r.y - my)))));
  return off <= Math.max(2, 0.5 * stroke);
}

/** A blob's row `y`: how many runs of ink it holds, and its first and last inked columns (−1 if none). */
export function rowInk(c: Component, y: number): { runs: number; first: number; last: number } {
  const w = boxWidth(c.box);
  let [runs, first, last] = [0, -1, -1];
  for (let x = 0; x < w; x += 1) {
    if (!c.mask[y * w + x]) continue;
    if (x === 0 || !c.mask[y * w + x - 1]) runs += 1;
    if (first < 0) first = x;
    last = x;
  }
  return { runs, first, last };
}
