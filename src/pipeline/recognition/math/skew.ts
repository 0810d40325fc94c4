import { Component, boxHeight, centerX } from './components';
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
