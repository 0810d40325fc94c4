import { Component, boxHeight, boxWidth, centerX, midline } from './components';
import { glyphFeatures } from './glyph-features';
import { GlyphModel, placeOnLine } from './glyph-model';

const MAX_DEGREES = 8;

/**
 * The page's tilt in degrees (positive = text runs down to the right), measured along the
 * baselines of neighbouring letters and digits: each glyph the classifier is sure of says
 * where its baseline is (a 2 sits on it, a y hangs below it), and the median direction
 * between glyphs of the same size on one line is the tilt. Unlike an ink
 * profile this is not fooled by a short system or a stacked fraction, whose rows line up
 * at a wrong angle as well as at the right one. Null when fewer than three pairs are found.
 */
export function skewFromBaselines(components: Component[], model: GlyphModel): number | null {
  const heights = components
    .filter((c) => c.area >= 30)
    .map((c) => boxHeight(c.box))
    .sort((a, b) => a - b);
  if (heights.length === 0) return null;
  const typical = heights[Math.floor(heights.length / 2)];
  const points = components.flatMap((c) => {
    const h = boxHeight(c.box);
    if (h < 0.4 * typical || h > 1.6 * typical) return [];
    const best = model.predict(glyphFeatures(c))[0];
    const place = best.p >= 0.8 ? placeOnLine(best.label, c.box, model.metrics) : null;
    return place ? [{ x: centerX(c.box), y: place.baseline, digit: place.digit }] : [];
  });
  // Every pair of same-size glyphs close enough to share a line votes with its direction,
  // longer pairs more (a pixel of error matters less over a longer run).
  const pairs: { angle: number; weight: number }[] = [];
  for (const a of points) {
    for (const b of points) {
      const dx = b.x - a.x;
      if (dx < 0.5 * a.digit || dx > 8 * a.digit) continue;
      if (b.digit / a.digit < 0.78 || b.digit / a.digit > 1.28) continue;
      const angle = (Math.atan2(b.y - a.y, dx) * 180) / Math.PI;
      if (Math.abs(angle) <= MAX_DEGREES) pairs.push({ angle, weight: dx });
    }
  }
  if (pairs.length < 3) return null;
  pairs.sort((p, q) => p.angle - q.angle);
  const half = pairs.reduce((s, p) => s + p.weight, 0) / 2;
  let seen = 0;
  for (const p of pairs) {
    seen += p.weight;
    if (seen >= half) return Math.round(p.angle * 10) / 10;
  }
  return 0;
}

/** A rule must be this many glyph heights long for its direction to be the line's. */
const RULE_LENGTH = 2;

/**
 * The tilt told by the page's longest rule with nothing under it, for when too few glyphs are
 * read surely to pair baselines (a hand's column arithmetic: four digits over four, a rule
 * under them). A rule is drawn along the rows it closes, and its ink's middle, column by
 * column, gives its direction. `typical` is the glyphs' height (weighted by ink, so specks
 * do not shorten it). Null when no rule is long enough to say.
 */
export function skewFromRules(components: Component[], typical: number): number | null {
  if (!typical) return null;
  const rules = components.flatMap((c) => {
    if (boxWidth(c.box) < RULE_LENGTH * typical || boxHeight(c.box) >= 0.3 * boxWidth(c.box))
      return [];
    const line = midline(c);
    // Not a stroke alone (a digit written into it), or a fraction bar (something is written
    // under it): a hand slopes its bars.
    if (!line || line.thinShare < 0.85) return [];
    const under = components.some(
      (o) =>
        o !== c &&
        boxHeight(o.box) >= 0.4 * typical &&
        o.box.x0 <= c.box.x1 &&
        o.box.x1 >= c.box.x0 &&
        o.box.y0 > line.y + line.slope * (centerX(o.box) - line.x) - 0.2 * typical,
    );
    return under ? [] : [{ width: boxWidth(c.box), slope: line.slope }];
  });
  if (rules.length === 0) return null;
  const longest = rules.reduce((a, b) => (b.width > a.width ? b : a));
  const angle = (Math.atan(longest.slope) * 180) / Math.PI;
  return Math.abs(angle) <= MAX_DEGREES ? Math.round(angle * 10) / 10 : null;
}
