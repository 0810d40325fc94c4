import { Component, boxHeight, boxWidth, largestPiece } from './components';
import { cutWhere } from './glyph-repair';
import { surelyAGlyph } from './glyph-classes';
import { straightStroke } from './straight-stroke';
// A cycle (symbols.ts calls splitFractionBlobs), resolved at call time.
import { Sym, symbolOf } from './symbols';

/**
 * A hand's small fraction is often one blob: the numerator and the denominator both run into
 * the bar (⅓ written quickly reads as an "f"). A blob far taller than a glyph with a straight
 * stroke across its middle half (level or sloping, as a hand's bar does) is cut along it; the
 * pieces replace it when the bar is wider than both, and each reads surely as a glyph. (An f's crossbar is no wider than
 * its hook, and a lone tall glyph has no run across its middle.)
 */
export function splitFractionBlobs(
  syms: Sym[],
  typical: number,
  classify: (c: Component) => Sym,
): Sym[] {
  return syms.flatMap((s) => splitFraction(s, typical, classify) ?? [s]);
}

function splitFraction(s: Sym, typical: number, classify: (c: Component) => Sym): Sym[] | null {
  if (s.parts.length !== 1) return null;
  const c = s.parts[0];
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  if (h < 1.5 * typical || h > 3.5 * typical || w < 0.5 * typical) return null;
  const line = barLine(c, typical);
  if (!line) return null;
  const { rowAt, half } = line;
  const bar = cutWhere(c, (x, y) => Math.abs(y - rowAt(x)) <= half);
  const above = cutWhere(c, (x, y) => y < rowAt(x) - half);
  const below = cutWhere(c, (x, y) => y > rowAt(x) + half);
  if (!bar || !above || !below) return null;
  const [upper, lower] = [largestPiece(above), largestPiece(below)];
  // Little ink beside the two glyphs: a scribble is not a fraction.
  if (upper.area + lower.area < 0.85 * (above.area + below.area)) return null;
  const widest = Math.max(boxWidth(upper.box), boxWidth(lower.box));
  if (boxWidth(bar.box) < widest + 0.15 * typical) return null;
  if ([upper, lower].some((p) => boxHeight(p.box) < 0.4 * typical)) return null;
  // Two strokes on a line through a bar are a cross (+, or a hand's ± and ÷ run together).
  if (straightStroke(upper) && straightStroke(lower)) return null;
  const read = [fractionGlyph(upper, classify), fractionGlyph(lower, classify)];
  if (!read.every(surelyAGlyph)) return null;
  return [read[0], cutBar(bar), read[1]];
}

/**
 * A hand's fraction bar run into one of its glyphs only (the 3 of 4/3 hanging from it, read
 * as a 5; the 1 of 1/3 standing on it): under a glyph that no bar separates from it, a blob
 * with a straight stroke along its top that runs past the rest of it is the bar and the
 * glyph below (over a glyph, one with the stroke along its foot the same). Cut there when
 * the rest reads surely as a glyph; otherwise the two glyphs stand stacked with nothing
 * between them, which is no formula.
 */
export function splitEdgeBars(
  syms: Sym[],
  typical: number,
  classify: (c: Component) => Sym,
): Sym[] {
  return syms.flatMap((s) => {
    if (s.parts.length !== 1 || s.label === 'bar') return [s];
    const others = syms.filter((o) => o !== s);
    if (stackedWithoutBar(s, others, typical, 'above'))
      return edgeBarCut(s, typical, classify, 'top') ?? [s];
    if (stackedWithoutBar(s, others, typical, 'below'))
      return edgeBarCut(s, typical, classify, 'foot') ?? [s];
    return [s];
  });
}

/** Whether a glyph stands right above (below) `s`, over its columns, with no bar between. */
function stackedWithoutBar(s: Sym, others: Sym[], typical: number, side: 'above' | 'below') {
  const between = (o: Sym) => (side === 'above' ? s.box.y0 - o.box.y1 : o.box.y0 - s.box.y1);
  const over = (o: Sym) =>
    Math.min(o.box.x1, s.box.x1) - Math.max(o.box.x0, s.box.x0) >= 0.5 * boxWidth(o.box);
  const partner = others.find(
    (o) => o.label !== 'bar' && over(o) && between(o) >= 0 && between(o) < 0.5 * typical,
  );
  if (!partner) return false;
  const [top, bottom] = side === 'above' ? [partner, s] : [s, partner];
  return !others.some(
    (o) =>
      o.label === 'bar' && over(o) && o.box.y0 >= top.box.y1 - 2 && o.box.y1 <= bottom.box.y0 + 2,
  );
}

/** The blob cut into the bar along its top (foot) and the glyph beside it, or null. */
function edgeBarCut(
  s: Sym,
  typical: number,
  classify: (c: Component) => Sym,
  edge: 'top' | 'foot',
): Sym[] | null {
  const c = s.parts[0];
  const h = boxHeight(c.box);
  if (h < 0.6 * typical || h > 2 * typical) return null;
  const line = barLine(c, typical, edge === 'top' ? [0, 0.3] : [0.7, 1]);
  if (!line) return null;
  const { rowAt, half } = line;
  const over = (x: number, y: number) => y < rowAt(x) - half;
  const under = (x: number, y: number) => y > rowAt(x) + half;
  const bar = cutWhere(c, (x, y) => Math.abs(y - rowAt(x)) <= half);
  const rest = cutWhere(c, edge === 'top' ? under : over);
  const beyond = cutWhere(c, edge === 'top' ? over : under);
  if (!bar || !rest) return null;
  const glyph = largestPiece(rest);
  // Nothing on the far side of the bar, and little beside the glyph.
  if ((beyond?.area ?? 0) > 0.1 * c.area || glyph.area < 0.85 * rest.area) return null;
  // A fraction bar runs past its glyph; a 5's or a 7's own top stroke has the glyph's body
  // under it, no wider than itself.
  if (boxWidth(bar.box) < boxWidth(glyph.box) + 0.15 * typical) return null;
  if (boxHeight(glyph.box) < 0.4 * typical) return null;
  const read = fractionGlyph(glyph, classify);
  if (!surelyAGlyph(read)) return null;
  const barSym = cutBar(bar);
  return edge === 'top' ? [barSym, read] : [read, barSym];
}

/** How surely a straight stroke standing alone over or under a bar is a 1 (fractionGlyph). */
const STROKE_ONE = 0.9;

/** A straight stroke over or under a fraction bar, read as the 1 it must be there. */
function strokeOne(c: Component): Sym {
  return symbolOf(c, [{ label: '1', p: STROKE_ONE }]);
}

/** The bar cut out of a blob, as the bar it surely is. */
export function cutBar(c: Component): Sym {
  return symbolOf(c, [{ label: 'bar', p: 0.95 }]);
}

/**
 * A glyph cut from a fraction bar, as read; but a straight stroke the classifier is unsure
 * of is a 1: alone over or under a bar it is a numerator or a denominator, which the other
 * shapes a straight stroke may be (a comma, a prime, an i's stem) cannot be. (A marker's 1 is
 * a wedge, thick where the pen came down, that reads as p or r.)
 */
function fractionGlyph(c: Component, classify: (c: Component) => Sym): Sym {
  const read = classify(c);
  if (surelyAGlyph(read) || !straightStroke(c)) return read;
  return strokeOne(c);
}

/**
 * A straight stroke the classifier is unsure of, standing alone right over (under) a bar
 * that runs past it, with a glyph read surely under (over) the bar, is a fraction's 1, as
 * when it touches the bar (fractionGlyph). Its partner must be no stroke: the halves of a
 * + broken at its bar are two strokes.
 */
export function onesOverBars(syms: Sym[], typical: number): Sym[] {
  const stroke = (s: Sym) => s.parts.length === 1 && straightStroke(s.parts[0]);
  const glyphs = syms.filter((s) => s.label !== 'bar');
  return syms.map((s) => {
    if (s.label === 'bar' || surelyAGlyph(s) || boxHeight(s.box) < 0.4 * typical) return s;
    // A stroke the photo's edge cut through stays the guess it is (classifyBlobs).
    if (!stroke(s) || s.parts[0].alongEdge) return s;
    const fraction = syms.some((bar) => {
      if (bar.label !== 'bar' || boxWidth(bar.box) < boxWidth(s.box) + 0.15 * typical) return false;
      const within = (o: Sym) => o.box.x0 >= bar.box.x0 - 2 && o.box.x1 <= bar.box.x1 + 2;
      const gap = (top: Sym, bottom: Sym) => bottom.box.y0 - top.box.y1;
      const near = (top: Sym, bottom: Sym) =>
        gap(top, bottom) >= -2 && gap(top, bottom) < 0.5 * typical;
      if (!within(s)) return false;
      const over = near(s, bar);
      if (!over && !near(bar, s)) return false;
      return glyphs.some(
        (o) =>
          o !== s &&
          within(o) &&
          (over ? near(bar, o) : near(o, bar)) &&
          surelyAGlyph(o) &&
          !stroke(o),
      );
    });
    return fraction ? strokeOne(s.parts[0]) : s;
  });
}

/** Slopes a hand's bar is tried at (rows per column). */
const SLOPES = [-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3];

/**
 * The straight stroke across the blob's middle half that the most columns have ink on (a
 * hand's bar slopes), if nine in ten do: its row at each column (blob coordinates) and half
 * its thickness, the median height of the ink it crosses. Null when there is none.
 */
function barLine(
  c: Component,
  typical: number,
  band: [number, number] = [0.25, 0.75],
): { rowAt: (x: number) => number; half: number } | null {
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  const reach = Math.max(2, Math.round(0.12 * typical));
  const inkNear = (x: number, y: number) => {
    for (let d = -reach; d <= reach; d += 1) {
      const row = y + d;
      if (row >= 0 && row < h && c.mask[row * w + x]) return true;
    }
    return false;
  };
  // The line most columns have ink near, and of those the one most often on the ink.
  let best: { rowAt: (x: number) => number; covered: number; on: number } | null = null;
  for (const slope of SLOPES)
    for (let middle = Math.floor(band[0] * h); middle <= Math.ceil(band[1] * h); middle += 1) {
      const rowAt = (x: number) => Math.round(middle + slope * (x - w / 2));
      let [covered, on] = [0, 0];
      for (let x = 0; x < w; x += 1) {
        if (inkNear(x, rowAt(x))) covered += 1;
        if (c.mask[rowAt(x) * w + x]) on += 1;
      }
      if (!best || covered > best.covered || (covered === best.covered && on > best.on))
        best = { rowAt, covered, on };
    }
  if (!best || best.covered < 0.9 * w) return null;
  const { rowAt } = best;
  // The bar's thickness: the run of ink through the line, column by column (where a glyph's
  // stroke meets the bar the run is longer, hence the median).
  const runs: number[] = [];
  for (let x = 0; x < w; x += 1) {
    const y = rowAt(x);
    if (y < 0 || y >= h || !c.mask[y * w + x]) continue;
    let [top, bottom] = [y, y];
    while (top > 0 && c.mask[(top - 1) * w + x]) top -= 1;
    while (bottom < h - 1 && c.mask[(bottom + 1) * w + x]) bottom += 1;
    runs.push(bottom - top + 1);
  }
  if (runs.length < 0.5 * w) return null;
  const thickness = runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  if (thickness > Math.max(4, 0.25 * typical)) return null;
  return { rowAt, half: Math.ceil(thickness / 2) + 1 };
}
