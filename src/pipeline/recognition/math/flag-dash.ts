import { boxHeight, boxWidth, centerY } from './components';
import { ONE_STROKES, Sym, doubtedAt, typicalHeight } from './symbols';

/** Belief left in a dash against a 1's stem: under SYMBOL_FLOOR, a guess. */
const FLAG_DASH = 0.35;

/**
 * A hand's 1 written with a long flag may lose the flag's join to its stem: a short dash left
 * against the stem's side, up in its upper two thirds, read as a minus (2.0 × 1.0 read
 * 2.0 × −1.0, answered −2). A minus a hand writes before a 1 stands apart from it; a dash
 * within a few pixels of the stem is no sure minus, so the reading is doubted.
 */
export function withFlagDashesDoubted(math: Sym[]): Sym[] {
  const typical = typicalHeight(math);
  const touches = Math.max(2, 0.06 * typical);
  const stemAfter = (dash: Sym) =>
    math.find(
      (g) =>
        ONE_STROKES.has(g.label) &&
        boxHeight(g.box) >= 0.6 * typical &&
        g.box.x0 - dash.box.x1 <= touches &&
        g.box.x0 - dash.box.x1 >= -1 &&
        centerY(dash.box) > g.box.y0 &&
        centerY(dash.box) < g.box.y0 + (2 / 3) * boxHeight(g.box),
    );
  return math.map((s) => {
    if (s.label !== 'bar' || s.confidence <= FLAG_DASH || boxWidth(s.box) > 0.6 * typical) return s;
    return stemAfter(s) ? doubtedAt(s, FLAG_DASH) : s;
  });
}
