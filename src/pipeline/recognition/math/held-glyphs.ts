import { Component, boxHeight, boxWidth, connectedComponents } from './components';
import { cutWhere } from './glyph-repair';
import { cutBar } from './fraction-blob';
// A cycle (symbols.ts calls splitHeldGlyphs), resolved at call time.
import { Sym } from './symbols';

/**
 * A hand's long fraction bar often runs into glyphs of its numerator or denominator: the
 * brackets of (n + 2)²(n + 1)² hanging from it, the foot of a numerator's last digit. The
 * blob is flat for its width and was taken for a bar, and the glyphs in it were lost without
 * a trace ((n + 3)n over that denominator was answered as (n + 3)n). Such a blob whose ink
 * reaches far off the thin stroke most of its columns hold is cut: the stroke, followed
 * column by column (a hand's bar waves), is the bar, and each piece of ink off it the size of
 * a glyph is read as one. Smaller scraps are where a stroke met the bar.
 */
export function splitHeldGlyphs(
  syms: Sym[],
  typical: number,
  classify: (c: Component) => Sym,
): Sym[] {
  return syms.flatMap((s) => {
    const [w, h] = [boxWidth(s.box), boxHeight(s.box)];
    // Flat for its width, as classifyBlobs's bars are, yet far taller than a bar's stroke.
    if (s.parts.length !== 1 || w < typical || h > 0.3 * w || h < 0.5 * typical) return [s];
    // A long radical is flat too, its tick the ink off its bar (classifyBlobs keeps it).
    if (s.alternatives.some((a) => a.label === '√' && a.p >= 0.3)) return [s];
    const cut = cutHeldGlyphs(s.parts[0], typical);
    return cut ? [cutBar(cut.bar), ...cut.glyphs.map(classify)] : [s];
  });
}

/** The bar's stroke and the glyph-sized pieces off it, or null when there are none. */
function cutHeldGlyphs(
  c: Component,
  typical: number,
): { bar: Component; glyphs: Component[] } | null {
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  const spans = Array.from({ length: w }, (_, x) => inkSpan(c, x, h));
  const heights = spans.flatMap((s) => (s ? [s[1] - s[0] + 1] : [])).sort((a, b) => a - b);
  if (heights.length < 0.9 * w) return null;
  const thickness = heights[Math.floor(heights.length / 2)];
  if (thickness > Math.max(4, 0.25 * typical)) return null;
  // The bar's middle where the column is the bar alone; elsewhere between its neighbours'.
  const thin = spans.map((s) => (s && s[1] - s[0] + 1 <= 2 * thickness ? (s[0] + s[1]) / 2 : null));
  if (thin.filter((m) => m !== null).length < 0.6 * w) return null;
  const middle = fillGaps(thin);
  const half = Math.ceil(thickness / 2) + 1;
  const onBar = (x: number, y: number) => Math.abs(y - middle[x]) <= half;
  const bar = cutWhere(c, onBar);
  const off = cutWhere(c, (x, y) => !onBar(x, y));
  if (!bar || !off) return null;
  const glyphs = piecesOf(off).filter(
    (p) => Math.max(boxHeight(p.box), boxWidth(p.box)) >= 0.4 * typical,
  );
  return glyphs.length ? { bar, glyphs } : null;
}

/** The top and bottom rows of a column's ink, or null for an empty column. */
function inkSpan(c: Component, x: number, h: number): [number, number] | null {
  const w = boxWidth(c.box);
  let top = -1;
  let bottom = -1;
  for (let y = 0; y < h; y += 1)
    if (c.mask[y * w + x]) {
      if (top < 0) top = y;
      bottom = y;
    }
  return top < 0 ? null : [top, bottom];
}

/** Missing values filled in linearly between the known ones (held level past the ends). */
function fillGaps(values: (number | null)[]): number[] {
  const known = values.flatMap((v, i) => (v === null ? [] : [i]));
  return values.map((v, i) => {
    if (v !== null) return v;
    const after = known.find((k) => k > i);
    const before = [...known].reverse().find((k) => k < i);
    if (before === undefined) return values[after!]!;
    if (after === undefined) return values[before]!;
    const t = (i - before) / (after - before);
    return values[before]! * (1 - t) + values[after]! * t;
  });
}

/** A blob's connected pieces, in page coordinates, sharing its id (a cut blob's pieces do). */
function piecesOf(c: Component): Component[] {
  return connectedComponents({
    data: c.mask,
    width: boxWidth(c.box),
    height: boxHeight(c.box),
  }).map((p) => ({
    ...p,
    id: c.id,
    box: {
      x0: p.box.x0 + c.box.x0,
      y0: p.box.y0 + c.box.y0,
      x1: p.box.x1 + c.box.x0,
      y1: p.box.y1 + c.box.y0,
    },
  }));
}
