import { boxHeight, boxWidth, centerX, centerY, sharedWidth } from './components';
import { PUNCTUATION } from './glyph-classes';
import { Sym, doubtedAt, typicalHeight } from './symbols';

/** Belief left in a dash up at its neighbours' tops: under SYMBOL_FLOOR, a guess. */
const RAISED_DASH = 0.35;

/**
 * A minus stands halfway up its neighbours. A hand's short stroke up at the tops of the
 * glyphs on both sides of it is a piece of one of them (the top of a 9 drawn apart, in
 * −19.9469 read "− 19.946 − 9"), or a raised minus whose exponent was not read as raised:
 * no sure minus either way, so the reading is doubted. (A raised minus with its exponent
 * stands halfway up that exponent, and is left.)
 */
export function withRaisedDashesDoubted(math: Sym[]): Sym[] {
  const typical = typicalHeight(math);
  const glyphs = math.filter((s) => s.label !== 'bar' && !PUNCTUATION.has(s.label));
  // A numerator or denominator is no neighbour on the line: a minus before a fraction
  // stands at its bar, up at the denominator's top.
  const inFraction = (g: Sym, dash: Sym) =>
    math.some(
      (b) =>
        b !== dash &&
        b.label === 'bar' &&
        sharedWidth(b.box, g.box) > 0 &&
        (Math.abs(b.box.y0 - g.box.y1) < typical || Math.abs(g.box.y0 - b.box.y1) < typical),
    );
  const nearest = (dash: Sym, side: -1 | 1) =>
    glyphs
      .filter(
        (g) =>
          Math.sign(centerX(g.box) - centerX(dash.box)) === side &&
          Math.abs(centerX(g.box) - centerX(dash.box)) < boxWidth(dash.box) / 2 + typical &&
          g.box.y1 > dash.box.y0 &&
          g.box.y0 < dash.box.y1 + typical &&
          // Last: it looks through every bar of the formula.
          !inFraction(g, dash),
      )
      .sort(
        (a, b) =>
          Math.abs(centerX(a.box) - centerX(dash.box)) -
          Math.abs(centerX(b.box) - centerX(dash.box)),
      )[0];
  // Its middle up in a glyph's top quarter, or over it.
  const atTop = (dash: Sym, g: Sym | undefined) =>
    g !== undefined && centerY(dash.box) < g.box.y0 + 0.25 * boxHeight(g.box);
  // A bar with glyphs straight over and under it is a fraction's.
  const stacked = (dash: Sym) => {
    const across = glyphs.filter((g) => sharedWidth(g.box, dash.box) > 0);
    return (
      across.some((g) => g.box.y1 <= dash.box.y0 && dash.box.y0 - g.box.y1 < typical) &&
      across.some((g) => g.box.y0 >= dash.box.y1 && g.box.y0 - dash.box.y1 < typical)
    );
  };
  return math.map((s) => {
    if (s.label !== 'bar' || s.confidence <= RAISED_DASH || boxWidth(s.box) > typical) return s;
    if (stacked(s)) return s;
    if (!atTop(s, nearest(s, -1)) || !atTop(s, nearest(s, 1))) return s;
    return doubtedAt(s, RAISED_DASH);
  });
}
