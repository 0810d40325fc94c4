import {
  Box,
  Component,
  besideOnEitherSide,
  boxHeight,
  boxWidth,
  centerX,
  centerY,
} from './components';
import { STROKES, Sym, compose, symbolOf, typicalHeight } from './symbols';
import { digitReading, isDigit } from './glyph-classes';

/** Belief in a dot the layout vouches for, though the pen left too little ink to classify. */
const SPECK_DOT = 0.9;

/**
 * A pen's dots are often specks in a phone photo (a ballpoint's touch, a few pixels) and
 * are dropped with the dust: 10 ÷ 30 then reads 10 − 30, and 1.8 × 1.6 reads 18 × 16.
 * Dust does not come in pairs straight above and below a bar, nor land in the narrow gap
 * between two digits on their baseline, clear of both: specks placed so in the formula are
 * its dots. (Only the formula's symbols are looked at: a Chinese prompt's strokes are full
 * of such places.)
 */
export function withSpeckDots(
  math: Sym[],
  specks: Component[],
  faint: Component[] = [],
  hand = false,
): Sym[] {
  if ((specks.length === 0 && faint.length === 0) || math.length === 0) return math;
  const typical = typicalHeight(math);
  const small = specks.filter((s) => Math.max(boxWidth(s.box), boxHeight(s.box)) < 0.25 * typical);
  // A ÷'s other dot may have come out large enough to be a glyph (read as a point).
  const dotGlyphs = math.filter((s) => s.label === 'dot' && s.parts.length === 1);
  const used = new Set<Sym>();
  const out = math.map(
    (s) =>
      divisionSign(s, small, dotGlyphs, used, typical, hand) ??
      (hand ? dotOverShortGlyph(s, small, typical) : null) ??
      s,
  );
  const kept = out.filter((s) => !used.has(s));
  const points = decimalPoints(kept, small, typical);
  const dashes = speckDashes(kept, small, typical);
  const taken = new Set([...points, ...dashes].flatMap((p) => p.parts));
  // A mark too faint to binarise is never surely a point, however it is placed.
  const maybe = possiblePoints(kept, [...small.filter((c) => !taken.has(c)), ...faint], typical);
  return [...kept, ...points, ...dashes, ...maybe];
}

/**
 * A hand's short minus, a dash of a few pixels beside big glyphs, is a speck by its size
 * (x − 8 read x8). Dust is no level dash standing alone halfway up between two glyphs, in
 * the gap between them: a speck far wider than tall placed so is the minus.
 */
function speckDashes(syms: Sym[], specks: Component[], typical: number): Sym[] {
  const glyphs = syms.filter((o) => boxHeight(o.box) >= 0.5 * typical);
  return specks
    .filter((s) => {
      const [w, h] = [boxWidth(s.box), boxHeight(s.box)];
      if (w < 1.6 * h || w < 0.12 * typical) return false;
      const [x, y] = [centerX(s.box), centerY(s.box)];
      // Boxes are whole pixels: 1 px clear is wholly beside.
      const { left, right } = besideOnEitherSide(s.box, glyphs, 1);
      if (!left || !right) return false;
      if (s.box.x0 - left.box.x1 > typical || right.box.x0 - s.box.x1 > typical) return false;
      // Up in both neighbours' bodies (not at a foot, where points stand), with nothing
      // over or under it.
      const halfway = (o: Sym) =>
        y > o.box.y0 + 0.2 * boxHeight(o.box) && y < o.box.y1 - 0.1 * boxHeight(o.box);
      const alone = !syms.some((o) => x >= o.box.x0 && x <= o.box.x1);
      return halfway(left) && halfway(right) && alone;
    })
    .map((c) => symbolOf(c, [{ label: 'bar', p: SPECK_DOT }]));
}

/** A speck this share of a glyph from a digit's side or nearer is against it. */
const AGAINST = 0.03;

/** Belief in a speck that may be a decimal point: too little to answer from unasked. */
const MAYBE_POINT = 0.2;

/**
 * Specks that may be a hand's decimal point though not placed as one surely is: a little
 * further from a digit, or tucked under the corner of one (3.8 with its point against the
 * 3, 3.14 with the 3 hanging below the line). Dropped as dust, a real point gives a wrong
 * answer (314); kept as a point, dust does. Either way the reading is not to be trusted, so
 * the speck is kept as a point the reader doubts: the photo is refused as unclear.
 */
function possiblePoints(syms: Sym[], specks: Component[], typical: number): Sym[] {
  const digits = syms.filter(likelyDigit);
  return specks
    .filter((s) => {
      const x = centerX(s.box);
      const y = centerY(s.box);
      // Not in a symbol's box, nor under or over its middle columns (under a glyph, a speck
      // is dust); but a point may lie in the corner of a glyph's box by its foot, clear of
      // its ink (a hand's 1 whose flag makes its box wide, in 1.8 × 1.6). Where a stroke's
      // ink reaches the speck's rows, it is the pen's blot at a 1's foot (r06's 12); a
      // rounder glyph's curve may reach past a point set close (3.8 was answered 38).
      const inside = syms.some((o) => {
        const margin = 0.15 * boxWidth(o.box);
        const core = x >= o.box.x0 + margin && x <= o.box.x1 - margin;
        const beside = STROKES.has(o.label) ? clearOfInk(s, o, 0.1 * typical) : true;
        const foot = y > o.box.y1 - 0.25 * boxHeight(o.box) && beside;
        const within = x >= o.box.x0 && x <= o.box.x1 && y >= o.box.y0 && y <= o.box.y1;
        return core || (within && !foot);
      });
      if (inside) return false;
      const left = digits.find((d) => centerX(d.box) < x && x - d.box.x1 < 0.75 * typical);
      const right = digits.find((d) => centerX(d.box) > x && d.box.x0 - x < 0.75 * typical);
      if (!left || !right) return false;
      const low = Math.max(left.box.y1, right.box.y1);
      const high = Math.min(left.box.y1, right.box.y1);
      return s.box.y1 > high - 0.35 * typical && s.box.y0 < low + 0.15 * typical;
    })
    .map((c) => symbolOf(c, [{ label: 'dot', p: MAYBE_POINT }]));
}

/**
 * Whether a speck lies wholly right (or left) of a glyph's ink in the rows around it, by
 * `gap` pixels and more: beside the glyph, not on its stroke.
 */
function clearOfInk(speck: Component, glyph: Sym, gap: number): boolean {
  let [minX, maxX] = [Infinity, -Infinity];
  for (const part of glyph.parts) {
    const w = boxWidth(part.box);
    for (let y = speck.box.y0 - gap; y <= speck.box.y1 + gap; y += 1) {
      const row = Math.round(y) - part.box.y0;
      if (row < 0 || row >= boxHeight(part.box)) continue;
      for (let x = 0; x < w; x += 1)
        if (part.mask[row * w + x]) {
          minX = Math.min(minX, part.box.x0 + x);
          maxX = Math.max(maxX, part.box.x0 + x);
        }
    }
  }
  return maxX < speck.box.x0 - gap || minX > speck.box.x1 + gap;
}

const dot = (c: Component) => symbolOf(c, [{ label: 'dot', p: SPECK_DOT }]);

/**
 * A lone bar with a speck straight above and one straight below it, as ÷; or null. One of
 * the two may be a dot read as a glyph (a pen's dots differ in size: 1 ÷ 3 with a round
 * upper dot and a touch of the pen under the bar); it is then added to `used`.
 */
function divisionSign(
  bar: Sym,
  specks: Component[],
  dotGlyphs: Sym[],
  used: Set<Sym>,
  typical: number,
  hand: boolean,
): Sym | null {
  const w = boxWidth(bar.box);
  if (bar.label !== 'bar' || bar.parts.length !== 1 || w < 0.3 * typical || w > 2 * typical)
    return null;
  const close = (box: Box) =>
    Math.abs(centerX(box) - centerX(bar.box)) < 0.3 * w &&
    Math.abs(centerY(box) - centerY(bar.box)) < 0.8 * typical;
  const near: Sym[] = [
    ...specks.filter((s) => close(s.box)).map(dot),
    ...dotGlyphs.filter((d) => !used.has(d) && close(d.box)),
  ];
  let best: { pair: [Sym, Sym]; drift: number } | null = null;
  for (const above of near.filter((s) => s.box.y1 < bar.box.y0))
    for (const below of near.filter((s) => s.box.y0 > bar.box.y1)) {
      // Two dots that are glyphs were groupSymbols' to put together.
      if (dotGlyphs.includes(above) && dotGlyphs.includes(below)) continue;
      const drift = Math.abs(centerX(above.box) - centerX(below.box));
      // One dot as far from the bar as the other, give or take a hand's wobble; measured
      // from the bar's middle, as a thick or sloping bar's box edges say little (1 ÷ 3 with
      // its dots 4 and 9 px from a 10 px tall bar's box was read 1 − 3).
      const middle = centerY(bar.box);
      const gaps = [middle - centerY(above.box), centerY(below.box) - middle];
      if (drift > 0.25 * w || Math.max(...gaps) > 2 * Math.max(2, Math.min(...gaps))) continue;
      if (!best || drift < best.drift) best = { pair: [above, below], drift };
    }
  if (!best) return hand ? oneDotLost(bar, near, w) : null;
  for (const d of best.pair) if (dotGlyphs.includes(d)) used.add(d);
  return compose('÷', [bar, ...best.pair]);
}

/**
 * How far (a share of the bar) from the bar's middle a lone dot may stand and still be a ÷'s:
 * a hand sets its dots off the middle (10 ÷ 30 with its lower dot 0.16 of the bar off read
 * 10 − 30 and was answered).
 */
const ONE_DOT_DRIFT = 0.2;

/** Belief left in a minus with one dot of a ÷ straight over or under it. */
const MINUS_OR_DIVIDE = 0.6;

/**
 * A hand's short bar with a speck straight over or under its middle, as a ÷'s dot
 * stands: a ÷ whose other dot the pen or the photo lost as often as dust. Either way the bar
 * is no sure minus (1 ÷ 10, its upper dot lost, was answered −9): ÷ is its runner-up. (Print
 * sets both dots, and a printed page's specks are its paper's.)
 */
function oneDotLost(bar: Sym, near: Sym[], w: number): Sym | null {
  const placed = near.filter(
    (d) =>
      (d.box.y1 < bar.box.y0 || d.box.y0 > bar.box.y1) &&
      Math.abs(centerX(d.box) - centerX(bar.box)) < ONE_DOT_DRIFT * w,
  );
  // Two so placed that are no pair (set apart by more than a hand's wobble) doubt it as well:
  // 1 ÷ a, its dots 10 px apart across a bar of 32, was answered as 1 − a.
  if (placed.length === 0 || bar.confidence < MINUS_OR_DIVIDE) return null;
  return {
    ...bar,
    confidence: MINUS_OR_DIVIDE,
    alternatives: [
      { label: 'bar', p: MINUS_OR_DIVIDE },
      { label: '÷', p: 1 - MINUS_OR_DIVIDE },
    ],
  };
}

/**
 * Belief left in a short glyph with a speck straight over it, as an i's dot stands: under
 * SYMBOL_FLOOR (read-problem.ts), so the reading is a guess and the photo doubted. (Offered
 * as a runner-up only, the i would cast no doubt: i is a letter readings rarely need.)
 */
const DOTTED_GLYPH = 0.35;

/**
 * A hand's i whose stem curls (1 − x + iy) reads as a c or an r; its dot, a speck of a
 * pen's touch in a phone photo, is dropped as dust, and the i is answered as that letter. A
 * letter no taller than a small one with a speck straight over it, within half a glyph, is
 * no sure reading. (Print's i keeps its dot a glyph; a printed page's specks are its
 * paper's.)
 */
function dotOverShortGlyph(glyph: Sym, specks: Component[], typical: number): Sym | null {
  if (!/^[a-z]$/.test(glyph.label) || glyph.label === 'i' || glyph.label === 'j') return null;
  if (boxHeight(glyph.box) > 0.75 * typical || glyph.confidence <= DOTTED_GLYPH) return null;
  const over = specks.some(
    (s) =>
      centerX(s.box) >= glyph.box.x0 &&
      centerX(s.box) <= glyph.box.x1 &&
      s.box.y1 < glyph.box.y0 &&
      glyph.box.y0 - s.box.y1 < 0.5 * typical,
  );
  if (!over) return null;
  return {
    ...glyph,
    confidence: DOTTED_GLYPH,
    alternatives: [
      { label: 'i', p: 1 - DOTTED_GLYPH },
      { label: glyph.label, p: DOTTED_GLYPH },
    ],
  };
}

/** Specks in the gap between two digits, on their baseline and clear of every symbol. */
function decimalPoints(syms: Sym[], specks: Component[], typical: number): Sym[] {
  const digits = syms.filter(likelyDigit);
  // A hand sets its point a little under the digits' feet as often as on them: 2.9999 with
  // its point 0.12 of a digit low was doubted. A quarter of a digit lower is dust.
  const onBaseline = (s: Component, d: Sym) =>
    s.box.y1 > d.box.y1 - 0.25 * typical && s.box.y0 < d.box.y1 + 0.2 * typical;
  const siblings = surePoints(syms, digits);
  return specks
    .filter((s) => {
      const x = centerX(s.box);
      const clear = !syms.some(
        (o) =>
          o.box.x0 <= s.box.x1 &&
          o.box.x1 >= s.box.x0 &&
          o.box.y0 <= s.box.y1 + 0.5 * typical &&
          o.box.y1 >= s.box.y0 - 0.5 * typical,
      );
      // A hand sets its point right after a digit, often against it (2.9999), but not against
      // the next one's side: a pixel before a digit it may be a piece of its stroke as well
      // as a point (6778 under a hard shadow read 67.78, a speck at the second 7's foot).
      const against = digits.some(
        (d) => d.box.x0 > s.box.x1 && d.box.x0 - s.box.x1 - 1 <= AGAINST * typical,
      );
      if (!clear || against) return false;
      // A hand leaves a wider gap after its point than before it: 8. 0777, the point's
      // middle 0.55 of a digit short of the 0, was doubted. Wider still, it is doubted.
      const left = digits.some(
        (d) => d.box.x1 < x && x - d.box.x1 < 0.5 * typical && onBaseline(s, d),
      );
      const right = digits.some(
        (d) => d.box.x0 > x && d.box.x0 - x < 0.65 * typical && onBaseline(s, d),
      );
      if (left && right) return true;
      return siblings.some((p) => placedAs(s, p, digits, onBaseline));
    })
    .map(dot);
}

interface PlacedPoint {
  point: Box;
  /** The gaps from the digit before it and to the digit after it. */
  before: number;
  after: number;
}

/** The formula's points read as glyphs, surely (0.9 and more), each between two digits. */
function surePoints(syms: Sym[], digits: Sym[]): PlacedPoint[] {
  const out: PlacedPoint[] = [];
  for (const p of syms) {
    if (p.label !== 'dot' || p.confidence < 0.9) continue;
    const x = centerX(p.box);
    const left = nearestDigit(digits, x, -1);
    const right = nearestDigit(digits, x, 1);
    if (!left || !right) continue;
    out.push({ point: p.box, before: p.box.x0 - left.box.x1, after: right.box.x0 - p.box.x1 });
  }
  return out;
}

function nearestDigit(digits: Sym[], x: number, side: 1 | -1): Sym | undefined {
  const on = digits.filter((d) => (side > 0 ? d.box.x0 > x : d.box.x1 < x));
  return on.sort((a, b) => side * (a.box.x0 - b.box.x0))[0];
}

/**
 * A speck placed between two digits as a sure point of the same line is (its gaps to them
 * no wider than that point's by a fifth, its size within half again of that point's), on
 * their baseline: a point like it. Print sets its points alike; a crop cut tight to the
 * digits' feet cuts one point with them, and it goes with the dust (39. 6 read 396).
 */
function placedAs(
  s: Component,
  p: PlacedPoint,
  digits: Sym[],
  onBaseline: (s: Component, d: Sym) => boolean,
): boolean {
  const x = centerX(s.box);
  const left = nearestDigit(digits, x, -1);
  const right = nearestDigit(digits, x, 1);
  if (!left || !right || !onBaseline(s, left) || !onBaseline(s, right)) return false;
  const size = Math.max(boxWidth(s.box), boxHeight(s.box));
  const pointSize = Math.max(boxWidth(p.point), boxHeight(p.point));
  return (
    s.box.x0 - left.box.x1 <= 1.2 * p.before + 1 &&
    right.box.x0 - s.box.x1 <= 1.2 * p.after + 1 &&
    size >= pointSize / 1.5 &&
    size <= 1.5 * pointSize
  );
}

/**
 * A digit, or a glyph read as a letter with a digit among its readings (a hand's 9 read g):
 * the point between it and a digit is looked for all the same, or the reading that takes
 * the 9 has none (9.8 answered 98).
 */
function likelyDigit(s: Sym): boolean {
  if (isDigit(s.label)) return true;
  // Not a bare stroke read | or l: a pen's blot at the foot of a 1 is no point (12x read 1.2x).
  return !STROKES.has(s.label) && digitReading(s) !== undefined;
}
