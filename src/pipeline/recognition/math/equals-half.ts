import { Component, boxHeight, boxWidth, xOverlap } from './components';
import { aGlyphAt } from './glyph-classes';
import { cutWhere } from './glyph-repair';
import { cutBar } from './fraction-blob';
// A cycle (symbols.ts calls splitEqualsHalves), resolved at call time.
import { Sym } from './symbols';

/**
 * A hand writing "=6" fast runs the ='s lower bar on into the glyph after it: the blob is
 * read as one glyph (a +) beside a lone minus (r23's "= 63" was read "− + 3"). A lone bar
 * with a blob under it that starts where the bar starts as a thin level stroke, and runs on
 * past the bar's end into a glyph, is cut where the stroke meets the glyph: the stroke is
 * the ='s lower bar when what is left reads as a glyph (CUT_GLYPH_FLOOR).
 */
export function splitEqualsHalves(
  syms: Sym[],
  typical: number,
  classify: (c: Component) => Sym,
): Sym[] {
  let out = syms;
  for (const bar of syms.filter((s) => s.label === 'bar' && s.parts.length === 1)) {
    if (hasPartner(bar, out, typical)) continue;
    for (const s of out) {
      const pieces = s.parts.length === 1 && s.label !== 'bar' && cutLowerBar(bar, s, typical);
      if (!pieces) continue;
      const glyph = classify(pieces.glyph);
      if (!aGlyphAt(glyph, CUT_GLYPH_FLOOR) || boxHeight(glyph.box) < 0.5 * typical) continue;
      out = out.flatMap((o) => (o === s ? [cutBar(pieces.bar), glyph] : [o]));
      break;
    }
  }
  return out;
}

/**
 * The least belief at which the rest of the cut blob is its glyph: the reader's floor for a
 * guess (SYMBOL_FLOOR in read-problem.ts), however unsure above it. The geometry (a lone
 * bar, a level stroke under it running into a glyph) already says "="; the glyph lost a
 * little ink to the cut (r23's 6 read 0.45), and an unsure glyph is doubted there.
 */
const CUT_GLYPH_FLOOR = 0.4;

/** Whether another bar lies over or under `bar`, near enough to make an = with it. */
function hasPartner(bar: Sym, syms: Sym[], typical: number): boolean {
  return syms.some(
    (o) =>
      o !== bar &&
      o.label === 'bar' &&
      xOverlap(o.box, bar.box) > 0.5 &&
      Math.abs(o.box.y0 - bar.box.y0) < 0.8 * typical,
  );
}

/** The level stroke at the left of `s` under `bar`, and the rest of `s`, or null. */
function cutLowerBar(
  bar: Sym,
  s: Sym,
  typical: number,
): { bar: Component; glyph: Component } | null {
  const barWidth = boxWidth(bar.box);
  // Starts where the bar starts, and runs on past its end into the glyph.
  if (Math.abs(s.box.x0 - bar.box.x0) > 0.4 * barWidth) return null;
  if (s.box.x1 < bar.box.x1 + 0.3 * typical) return null;
  if (s.box.y1 < bar.box.y1 + 0.3 * typical || s.box.y0 > bar.box.y1 + 0.6 * typical) return null;
  const c = s.parts[0];
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  const thin = Math.max(4, 0.25 * typical);
  const barMiddle = (bar.box.y0 + bar.box.y1) / 2 - c.box.y0;
  // Follow the one thin run of ink column by column from the blob's left edge.
  let row: number | null = null;
  let x = 0;
  for (; x < w; x += 1) {
    const runs = columnRuns(c, x, h);
    if (runs.length !== 1 || runs[0][1] - runs[0][0] + 1 > thin) break;
    const middle = (runs[0][0] + runs[0][1]) / 2;
    if (row === null) {
      const below = middle - barMiddle;
      if (below < 0.15 * typical || below > 0.7 * typical) return null;
    } else if (Math.abs(middle - row) > 0.5 * thin) break;
    row = middle;
  }
  if (x < Math.max(0.5 * barWidth, 0.25 * typical) || x >= w) return null;
  const lower = cutWhere(c, (cx) => cx < x);
  const glyph = cutWhere(c, (cx) => cx >= x);
  // Thin column by column, the stroke may slope as a hand's does (r23's, 11 px over 25).
  if (!lower || !glyph || boxHeight(lower.box) > Math.max(thin, 0.5 * boxWidth(lower.box)))
    return null;
  return { bar: lower, glyph };
}

/** The runs of ink down one column of a blob, as [top, bottom] rows. */
function columnRuns(c: Component, x: number, h: number): [number, number][] {
  const w = boxWidth(c.box);
  const runs: [number, number][] = [];
  for (let y = 0; y < h; y += 1) {
    if (!c.mask[y * w + x]) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === y - 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs;
}
