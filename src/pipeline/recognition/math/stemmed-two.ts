import { Component, boxHeight, boxWidth } from './components';
import { rowInk } from './straight-stroke';
import { Sym, doubtedAt, typicalHeight } from './symbols';

/** Belief left in a 2 drawn about an upright stem: under SYMBOL_FLOOR, a guess. */
const STEMMED_TWO = 0.35;
/** The band of a glyph's height where a 2's stroke runs down across it and a 1's stem stands. */
const BAND = [0.45, 0.75];
/** A stem's middles wander at most this share of the glyph's height across that band. */
const UPRIGHT = 0.1;
/** A 1's foot reaches this share of its height out left of its stem; a 2's base runs right. */
const FOOT_LEFT = 0.2;

/**
 * A hand's 1 with a long flag and a foot (1 drawn as a serif 1, `(1 + √7)`) is read as a 2,
 * surely: flag and foot are where a 2's hook and base are. Between them a 2's stroke runs
 * down from right to left across the glyph; a 1 has an upright stem there, one narrow run of
 * ink a row, each row's ink in the same columns. Some hands write a 2 with an upright back
 * too, but its base starts at the back's foot and runs right; a 1's foot reaches out on both
 * sides of its stem. A 2 read so is no sure 2.
 */
export function withStemmedTwosDoubted(math: Sym[]): Sym[] {
  const typical = typicalHeight(math);
  return math.map((s) => {
    if (s.label !== '2' || s.parts.length !== 1 || s.confidence <= STEMMED_TWO) return s;
    if (boxHeight(s.box) < 0.6 * typical || !uprightStem(s.parts[0])) return s;
    return doubtedAt(s, STEMMED_TWO);
  });
}

/**
 * Whether every row across the middle band holds one run of ink, all in the same columns, and
 * the foot under it reaches out left of that stem.
 */
export function uprightStem(c: Component): boolean {
  const [w, h] = [boxWidth(c.box), boxHeight(c.box)];
  const middles: number[] = [];
  let stemLeft = 0;
  for (let y = Math.floor(BAND[0] * h); y < Math.ceil(BAND[1] * h); y += 1) {
    const { runs, first, last } = rowInk(c, y);
    if (runs !== 1) return false;
    middles.push((first + last) / 2);
    stemLeft = first;
  }
  if (middles.length < 3 || Math.max(...middles) - Math.min(...middles) > UPRIGHT * h) return false;
  let footLeft = w;
  for (let y = Math.ceil(BAND[1] * h); y < h; y += 1) {
    const { first } = rowInk(c, y);
    if (first >= 0) footLeft = Math.min(footLeft, first);
  }
  return stemLeft - footLeft >= FOOT_LEFT * h;
}
