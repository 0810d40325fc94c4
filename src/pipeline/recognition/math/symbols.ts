import {
  Box,
  Component,
  boxHeight,
  boxWidth,
  centerX,
  centerY,
  midline,
  unionBox,
  xOverlap,
} from './components';
import { glyphFeatures } from './glyph-features';
import { GlyphModel, Prediction } from './glyph-model';
import { PUNCTUATION, TOUCHING, asLookAlike, digitReading, isDigit } from './glyph-classes';
import { dash, repairGlyphs } from './glyph-repair';
import { onesOverBars, splitEdgeBars, splitFractionBlobs } from './fraction-blob';
import { straightStroke } from './straight-stroke';
import { joinRadicalBars } from './radical-join';
import { joinBrokenBars } from './broken-bars';
import { splitEqualsHalves } from './equals-half';
import { splitHeldGlyphs } from './held-glyphs';
import { splitBracketRunIns } from './bracket-run-in';
import { smallPluses } from './small-plus';

/** One symbol on the page: a classified blob, or blobs put together (= ÷ : i ≤ …). */
export interface Sym {
  /** The symbol's text: a digit, letter, operator, bracket, "bar" (minus or fraction bar), "." … */
  label: string;
  box: Box;
  /** 0..1: the classifier's probability (the weakest part's, for a composed symbol). */
  confidence: number;
  /** The classifier's ranked readings, for symbols that are one blob. */
  alternatives: Prediction[];
  parts: Component[];
  /** The classifier's belief that the blob is two glyphs run together (handwriting model only). */
  touching?: number;
  /** A radical's sign joined from its tick and overline (radical-join.ts): where its bar starts. */
  barStart?: number;
}

/** The size most symbols share: the median height of the blobs that are not dots or bars. */
export function typicalHeight(syms: Sym[]): number {
  const hs = syms
    .filter((s) => !['bar', 'dot', 'comma', 'prime'].includes(s.label))
    .map((s) => boxHeight(s.box))
    .sort((a, b) => a - b);
  return hs.length ? hs[Math.floor(hs.length / 2)] : 20;
}

/** A blob as a symbol of its classifier's readings (most likely first). */
export function symbolOf(c: Component, alternatives: Prediction[]): Sym {
  return {
    label: alternatives[0].label,
    box: c.box,
    confidence: alternatives[0].p,
    alternatives,
    parts: [c],
  };
}

/** A classifier's reading of one blob, as a symbol with its four best readings. */
export function blobClassifier(model: GlyphModel): (c: Component) => Sym {
  // predict leaves TOUCHING out, so its share is what the glyph readings do not sum to.
  const learnedTouching = model.classes.includes(TOUCHING);
  return (c) => {
    const readings = model.predict(glyphFeatures(c));
    const s = symbolOf(c, readings.slice(0, 4));
    if (learnedTouching) s.touching = 1 - readings.reduce((t, r) => t + r.p, 0);
    return s;
  };
}

/** Classifies every blob; a flat stroke is a bar and a speck is a dot whatever it looks like. */
export function classifyBlobs(components: Component[], model: GlyphModel): Sym[] {
  const classify = blobClassifier(model);
  const first = components.map(classify);
  const typical = typicalHeight(first);
  const syms = splitHeldGlyphs(
    splitEdgeBars(
      splitFractionBlobs(
        splitBracketRunIns(repairGlyphs(first, typical, classify), typical, classify),
        typical,
        classify,
      ),
      typical,
      classify,
    ),
    typical,
    classify,
  );
  const digitWidth = usualDigitWidth(syms);
  // Blobs cut into pieces (glyph-repair's cuts of glyphs run together) share their id.
  const idCount = new Map<number, number>();
  for (const c of syms.flatMap((s) => s.parts)) idCount.set(c.id, (idCount.get(c.id) ?? 0) + 1);
  const cutPiece = (s: Sym) => s.parts.length === 1 && (idCount.get(s.parts[0].id) ?? 0) > 1;
  for (const s of syms) {
    const w = boxWidth(s.box);
    const h = boxHeight(s.box);
    // A long radical or long-division bracket is wide for its height, as a thick bar is,
    // but near a glyph's height and read as itself (24)‾15504 was read 24 − 15504, answered).
    const radical = s.label === '√' && s.confidence >= 0.5 && h >= 0.8 * typical;
    // A flat stroke is a bar; a marker's bar is thick, but still twice as long as thick.
    // A hand's short dash (a minus, half of an =) is no longer than a third of a digit but
    // still far wider than tall, where a point is round.
    const flat =
      (h <= Math.max(2, 0.3 * w) && w >= 0.25 * typical && !radical) ||
      (h <= 0.45 * w && h <= 0.3 * typical && w >= 0.5 * typical) ||
      (h <= 0.5 * w && h <= 0.25 * typical && w >= 0.3 * typical) ||
      dash(s, typical) ||
      slopedBar(s, typical);
    if (flat) relabel(s, 'bar', 0.95);
    // A bar is flat: a tall blob has no "minus" among its readings. (The bare √ of DejaVu
    // Sans read q 0.31 / bar 0.26, and the letter prior let the minus win, turning
    // √(x + 16) = x − 4 into a different, solvable problem.)
    else if (h > 0.6 * w) withoutReadings(s, (label) => label === 'bar');
    // Punctuation is small: a blob as tall as a digit is offered as no comma or point (a
    // handwritten 1 offered as "," made "= ,2x − 10" a rival reading of "= 12x − 10"). When
    // punctuation is the classifier's first choice, the runner-up takes over only if it is a
    // real contender: otherwise the blob is something the classifier does not know (a bare
    // √ of a text font) and the runner-up a guess (√ as 6).
    // A thin stroke as tall as a digit is a stroke, however sure the classifier is of a
    // comma (a hand's 1 with a slight hook read comma 0.77, | 0.19): its stroke reading counts.
    const runnerUp = s.alternatives.find((a) => !PUNCTUATION.has(a.label));
    const stroke = runnerUp && STROKES.has(runnerUp.label) && w <= 0.4 * h;
    const contender = (runnerUp?.p ?? 0) >= 0.2 || stroke;
    if (h >= 0.6 * typical && (!PUNCTUATION.has(s.label) || contender)) {
      const punctuation = s.alternatives.filter((a) => PUNCTUATION.has(a.label));
      withoutReadings(s, (label) => PUNCTUATION.has(label));
      // And a straight stroke (straight-stroke.ts) that tall is surely a stroke: the comma's
      // share is its (a marker's 1, a wedge, read comma 0.77, | 0.15, 1 0.08, was doubted).
      if (stroke && s.parts.length === 1 && STROKES.has(s.label) && straightStroke(s.parts[0]))
        withShareOf(s, punctuation);
    }
    // A "point" as big as a digit with no other reading is a shape the classifier does not
    // know (a + blurred into a blob read dot 0.99): it is kept, but as a guess, so a reading
    // that needs it is doubted rather than solved (3 + 2 × 2 was answered 12 as 3 · 2 × 2).
    // A point as wide as that is none either, however low (a hand's small m read dot 0.64
    // made "1 m" the number "1.").
    // A point half a glyph across both ways is none either (a hand's small + blurred out of
    // focus, read dot 0.48 between two 4s, made 4 + 4 the number 4.4).
    else if (
      ((h >= 0.6 * typical || s.label === 'dot') &&
        w >= 0.6 * typical &&
        PUNCTUATION.has(s.label)) ||
      (s.label === 'dot' && Math.min(w, h) >= BIG_DOT * typical)
    )
      asGuess(s);
    // An x or × stands no taller than a digit; one as tall as the brackets is something
    // else, likeliest a ")(" run together (27_em_105 at 3× read "(a − 2x × a + 2x)").
    if (CROSSES.has(s.label) && h >= TALL_CROSS * typical) asGuess(s);
    // Cut by the photo's edge, or the edge of something beyond it: no reading rests on it.
    if (s.parts.length === 1 && s.parts[0].alongEdge) asGuess(s);
    // A blob far wider than tall read as one digit, and unsurely, is likelier two digits run
    // together that no cut separated (a hand's 4368 with its 36 one blob, read 3 at 0.43,
    // was answered as 438). Sure, it stands: hands write wide digits; and a 1 is one stroke,
    // whose box a slant makes wide.
    // A piece cut from glyphs run together, still twice as wide as the page's other digits,
    // holds two however sure (a hand's 822 run into one blob was cut 8 and 22, the 22 read 2
    // at 0.98, and added as 82). Uncut, a wide digit stands: a 2's long tail.
    // Wide for the page's digits counts as wide for itself: a hand's 4 with an × run into it
    // (4×4 read 44), half as wide again as the page's other 4s, is no wider than tall.
    // Twice as wide as the page's digits and not surely one glyph, a digit (or a letter with
    // a digit among its readings) is two run together whose cut was not taken: a hand's 3085
    // with its 85 one blob, read s 0.35 / 5, was answered as 305.
    // A blob read first as an i's stem is read as its next reading when no dot joins it
    // (groupSymbols): a hand's 27 run into one blob, read i-stem 0.14, 2 0.51, went on as a
    // 2 at 0.59 — and 274 was answered as 24. It is judged here as that reading.
    const { label, p } = withoutStem(s);
    const digit = isDigit(label) && label !== '1';
    const widerThanItsPage = digitWidth !== null && w >= WIDE_FOR_PAGE * digitWidth;
    const twiceThePage = digitWidth !== null && w >= RUN_TOGETHER_WIDTH * digitWidth;
    const wideDigit = digit && (w >= WIDE_DIGIT * h || widerThanItsPage);
    const stillTwo = cutPiece(s) && twiceThePage;
    // A "1" far wider than tall and no straight stroke is glyphs run together (a hand's 26
    // in one blob 67 × 43, read 1 at 0.85, made 2634 read 134); a 1 with a long flag, as
    // wide as tall, is a 1.
    const curvedOne =
      label === '1' && w >= WIDE_DIGIT * h && s.parts.length === 1 && !straightStroke(s.parts[0]);
    const digitLike = digit || curvedOne || (!STROKES.has(label) && digitReading(s) !== undefined);
    const runTogether = digitLike && twiceThePage && p < SURE_WIDE_GLYPH;
    if ((wideDigit && (p < UNSURE_WIDE_DIGIT || stillTwo)) || runTogether) {
      s.label = label;
      asGuess(s);
    }
  }
  // A point touching a letter is a piece of it that no join took, never a point: a hand's a
  // with its foot apart was read "a." and, the point read as a product, answered a × a as
  // a·x·a. So is a point under a digit's middle, a piece of that digit cut off (a 9's tail
  // parted from it by a shadow's edge made 492 read 4.92): a decimal point stands in the gap
  // between two digits. Kept as a guess, its reading is doubted.
  for (const s of syms)
    if (
      (s.label === 'dot' || s.label === 'comma') &&
      syms.some((o) => gluedToLetter(s, o) || underDigitsMiddle(s, o))
    )
      asGuess(s);
  return smallPluses(
    joinRadicalBars(
      joinBrokenBars(onesOverBars(splitEqualsHalves(syms, typical, classify), typical), typical),
      typical,
    ),
    typical,
  );
}

/**
 * A hand's bar drawn sloping (a ÷'s bar, a minus written uphill): its box is taller than a
 * flat stroke's, but it is one straight stroke no thicker than a bar, twice as wide as its
 * box is tall. (r29's ÷ bar, sloping 3°, read 4 0.48 / bar 0.46.)
 */
function slopedBar(s: Sym, typical: number): boolean {
  const w = boxWidth(s.box);
  if (s.parts.length !== 1 || w < 2 * boxHeight(s.box) || w < 0.5 * typical) return false;
  const line = midline(s.parts[0]);
  return (
    line !== null &&
    line.thinShare >= 0.9 &&
    line.thickness <= 0.3 * typical &&
    line.stray <= 0.06 * typical &&
    Math.abs(line.slope) <= 0.35 &&
    // Its slope and thickness make its box's height: a long-division bracket, a level
    // overline with the arc at its end, passed for a bar (15)11325 read 15 − 1135).
    boxHeight(s.box) <= Math.abs(line.slope) * w + 2 * line.thickness + 0.1 * typical
  );
}

/** A "point" this share of a glyph across, both ways, is a shape the classifier does not know. */
const BIG_DOT = 0.45;
/** Labels of the cross shape, and the height (in glyphs) no hand writes one at. */
const CROSSES = new Set(['x', '×', 'X']);
const TALL_CROSS = 1.6;
/** A digit's blob this many times wider than tall may be two digits (unless read surely). */
const WIDE_DIGIT = 1.3;
const UNSURE_WIDE_DIGIT = 0.7;
/** Below this belief a glyph twice the page's digit width is taken for two (runTogether). */
const SURE_WIDE_GLYPH = 0.9;
/** A digit this many times the page's usual digit width is wide, whatever its height. */
const WIDE_FOR_PAGE = 1.45;
/** A wide digit this many times the page's usual digit width is two digits run together. */
const RUN_TOGETHER_WIDTH = 1.8;

/** The median width of the blobs read as digits other than 1 (a stroke), when there are three. */
function usualDigitWidth(syms: Sym[]): number | null {
  const widths = syms
    .filter((s) => isDigit(s.label) && s.label !== '1' && s.parts.length === 1)
    .map((s) => boxWidth(s.box))
    .sort((a, b) => a - b);
  return widths.length >= 3 ? widths[Math.floor(widths.length / 2)] : null;
}

/** Whether a mark touches a letter's box at its side, within the letter's rows. */
function gluedToLetter(mark: Sym, letter: Sym): boolean {
  const [a, b] = [mark.box, letter.box];
  return (
    /^[a-z]$/.test(letter.label) &&
    a.x0 - b.x1 <= 1 &&
    b.x0 - a.x1 <= 1 &&
    a.y0 <= b.y1 &&
    a.y1 >= b.y0
  );
}

/**
 * `mark` below the middle of `digit`: its centre within the digit's middle three fifths
 * across, its top in the digit's lower half, and less than half the digit's height below it.
 */
function underDigitsMiddle(mark: Sym, digit: Sym): boolean {
  if (!isDigit(digit.label)) return false;
  const [a, b] = [mark.box, digit.box];
  const w = boxWidth(b);
  const x = centerX(a);
  return (
    x >= b.x0 + 0.2 * w &&
    x <= b.x1 - 0.2 * w &&
    a.y0 >= centerY(b) &&
    a.y0 - b.y1 < 0.5 * boxHeight(b)
  );
}

/** A symbol's first reading other than an i's or j's stem (stemlessReadings). */
function withoutStem(s: Sym): Prediction {
  if (!s.label.endsWith('-stem')) return { label: s.label, p: s.confidence };
  return stemlessReadings(s.alternatives)[0] ?? { label: s.label, p: s.confidence };
}

/** The readings other than a stem's, their probabilities shared out again among them. */
function stemlessReadings(readings: Prediction[]): Prediction[] {
  const kept = readings.filter((a) => !a.label.endsWith('-stem'));
  const mass = kept.reduce((t, k) => t + k.p, 0) || 1;
  return kept.map((k) => ({ label: k.label, p: k.p / mass }));
}

/**
 * The symbol read as before but doubted: its own reading only, held at `belief` (a doubt
 * rule's, under SYMBOL_FLOOR), its other readings dropped.
 */
export function doubtedAt(s: Sym, belief: number): Sym {
  return { ...s, confidence: belief, alternatives: [{ label: s.label, p: belief }] };
}

/** Belief in a label kept only for want of another: below what a reading may rest on. */
const GUESS = 0.1;

function asGuess(s: Sym) {
  s.confidence = GUESS;
  s.alternatives = [{ label: s.label, p: GUESS }];
}

/** The probability a glyph's classifier gave `label` (0 when not among its readings). */
export function probabilityOf(label: string, glyph: Sym): number {
  return glyph.alternatives.find((a) => a.label === label)?.p ?? 0;
}

/** Glyphs that are one straight stroke. */
export const STROKES = new Set(['1', 'l', '|', '/', 'i-stem']);

/** Readings of a lone upright stroke: a 1 however the classifier named it. */
export const ONE_STROKES = new Set(['1', 'l', '|', 'i-stem']);

/** Gives the symbol's first reading the probability of readings dropped from it. */
function withShareOf(s: Sym, dropped: Prediction[]) {
  const share = dropped.reduce((t, a) => t + a.p, 0);
  s.alternatives = s.alternatives.map((a, i) => (i === 0 ? { ...a, p: a.p + share } : a));
  s.confidence = s.alternatives[0].p;
}

/** Drops readings the blob's shape rules out, keeping at least one. */
function withoutReadings(s: Sym, ruledOut: (label: string) => boolean) {
  if (!s.alternatives.some((a) => ruledOut(a.label))) return;
  const rest = s.alternatives.filter((a) => !ruledOut(a.label));
  if (rest.length === 0) return;
  s.alternatives = rest;
  s.label = rest[0].label;
  s.confidence = rest[0].p;
}

/**
 * Gives a blob the label its shape decides, with no other reading: a flat stroke the
 * classifier already called a bar but also a point (bar 0.69, dot 0.31) is no point either.
 */
function relabel(s: Sym, label: string, confidence: number) {
  s.confidence = s.label === label ? Math.max(s.confidence, confidence) : confidence;
  s.label = label;
  s.alternatives = [{ label, p: s.confidence }];
}

export function compose(label: string, parts: Sym[]): Sym {
  return {
    label,
    box: unionBox(parts.map((p) => p.box)),
    confidence: Math.min(...parts.map((p) => p.confidence)),
    alternatives: [{ label, p: Math.min(...parts.map((p) => p.confidence)) }],
    parts: parts.flatMap((p) => p.parts),
  };
}

/**
 * A dot of a ÷ over or under `bar`: a dot, or a hand's dot drawn as a tick or a blot and
 * read as a short stroke, a comma or a prime — no taller than DIVISION_DOT of a glyph and
 * standing over the bar's middle (a 1 over a short bar is a fraction's, and as tall as a
 * digit).
 */
function divisionDot(d: Sym, bar: Sym, typical: number): boolean {
  if (d.label === 'dot') return centerX(d.box) > bar.box.x0 && centerX(d.box) < bar.box.x1;
  return (
    DOT_LIKE.has(d.label) &&
    Math.max(boxWidth(d.box), boxHeight(d.box)) <= DIVISION_DOT * typical &&
    Math.abs(centerX(d.box) - centerX(bar.box)) < 0.3 * boxWidth(bar.box)
  );
}

/**
 * A stroke standing on `bar`, its foot: the bar right under it (touching, or up to a sixth
 * of a glyph below), under the stroke's foot (a 1's flag reaches left of its stem, so the
 * box's middle is not the stem's; some hands draw the foot out to the right of the stem
 * only) and not much wider than the stroke (`widest` times it, or half a glyph).
 */
export function footedOne(o: Sym, bar: Sym, typical: number, widest = 1.5): boolean {
  const gap = bar.box.y0 - o.box.y1;
  return (
    ONE_STROKES.has(o.label) &&
    boxHeight(o.box) >= 0.6 * typical &&
    gap <= 0.15 * typical &&
    bar.box.y1 >= o.box.y1 &&
    footX(o) >= bar.box.x0 - 0.15 * typical &&
    footX(o) <= bar.box.x1 + 0.15 * typical &&
    boxWidth(bar.box) <= widest * Math.max(boxWidth(o.box), 0.5 * typical)
  );
}

/** The middle of a one-blob symbol's ink along its lowest rows (its box's middle otherwise). */
function footX(s: Sym): number {
  if (s.parts.length !== 1) return centerX(s.box);
  const c = s.parts[0];
  const [w, h] = [boxWidth(c.box), boxHeight(c.box)];
  let [sum, count] = [0, 0];
  for (let y = Math.floor(0.85 * h); y < h; y += 1)
    for (let x = 0; x < w; x += 1)
      if (c.mask[y * w + x]) {
        sum += x;
        count += 1;
      }
  return count ? c.box.x0 + sum / count : centerX(s.box);
}

/** What a hand's dot may be read as. */
const DOT_LIKE = new Set(['comma', 'prime', '1', 'i-stem', 'l', '|']);
const DIVISION_DOT = 0.4;

/** Whether any other symbol lies between a and b vertically, inside their shared columns. */
function anythingBetween(a: Sym, b: Sym, all: Sym[]): boolean {
  const [upper, lower] = a.box.y0 < b.box.y0 ? [a, b] : [b, a];
  const x0 = Math.max(a.box.x0, b.box.x0);
  const x1 = Math.min(a.box.x1, b.box.x1);
  return all.some(
    (s) =>
      s !== a &&
      s !== b &&
      centerX(s.box) >= x0 &&
      centerX(s.box) <= x1 &&
      s.box.y0 >= upper.box.y1 &&
      s.box.y1 <= lower.box.y0,
  );
}

/**
 * Puts multi-blob symbols together: two bars → "=", a bar between two dots → "÷", two
 * stacked dots → ":", a stem under a dot → "i"/"j", "<" ">" "+" over a bar → "≤" "≥" "±".
 */
export function groupSymbols(blobs: Sym[]): Sym[] {
  const typical = typicalHeight(blobs);
  let syms = [...blobs];
  const take = (used: Sym[], made: Sym) => {
    syms = syms.filter((s) => !used.includes(s));
    syms.push(made);
  };
  const bars = () => syms.filter((s) => s.label === 'bar');
  const dots = () => syms.filter((s) => s.label === 'dot');

  // A dot inside another glyph is part of it (a slashed or dotted zero) or a fleck of the
  // pen inside a bracket, not a symbol; so is a "prime", which never sits inside a glyph.
  syms = syms.filter(
    (d) =>
      (d.label !== 'dot' && d.label !== 'prime') ||
      !syms.some(
        (o) =>
          o !== d &&
          boxHeight(o.box) > 2 * boxHeight(d.box) &&
          d.box.x0 > o.box.x0 &&
          d.box.x1 < o.box.x1 &&
          d.box.y0 > o.box.y0 &&
          d.box.y1 < o.box.y1 &&
          !['√', '{', '}', '[', ']', '|'].includes(o.label) &&
          boxWidth(o.box) < 1.5 * boxHeight(o.box),
      ),
  );
  // A 1 written with a foot (a bar under it, as many hands write it) is a 1, where nothing
  // stands under the bar to make it a fraction's (1 ÷ 10 was read "1" over "−").
  for (const bar of bars()) {
    const one = syms.find((o) => footedOne(o, bar, typical));
    if (!one) continue;
    const alone = !syms.some(
      (o) =>
        o !== one &&
        o !== bar &&
        centerX(o.box) > bar.box.x0 &&
        centerX(o.box) < bar.box.x1 &&
        o.box.y0 < bar.box.y1 + 1.2 * typical &&
        o.box.y1 > one.box.y0,
    );
    // The foot says nothing of the line: the 1 keeps its own box (the foot's would be a digit
    // standing low).
    if (alone) take([one, bar], one.label === '1' ? one : asLookAlike(one, '1'));
  }
  // ÷ first: its bar must not become half of an "=". A hand sets the dots well apart from
  // the bar (0.6 of a digit, more when thin ink shrinks the digits' boxes). A ÷ is a glyph:
  // a bar over twice a glyph's height long is a fraction's, whatever points stand by it
  // ((6 ÷ 2)/(10 ÷ 2) had its bar made a ÷ with a dot of each ÷ over and under it).
  for (const bar of bars().filter((b) => boxWidth(b.box) <= 2 * typical)) {
    const near = syms.filter(
      (d) =>
        divisionDot(d, bar, typical) &&
        Math.abs(centerY(d.box) - centerY(bar.box)) < 0.8 * typical &&
        boxWidth(d.box) < 0.6 * boxWidth(bar.box),
    );
    const above = near.find((d) => d.box.y1 < bar.box.y0);
    const below = near.find((d) => d.box.y0 > bar.box.y1);
    if (above && below && syms.includes(bar))
      take([bar, above, below], compose('÷', [bar, above, below]));
  }
  for (const a of bars()) {
    if (!syms.includes(a)) continue;
    const partner = bars().find(
      (b) =>
        b !== a &&
        b.box.y0 > a.box.y1 &&
        xOverlap(a.box, b.box) > 0.7 &&
        // A hand's = may have one bar half the other's length.
        boxWidth(b.box) / boxWidth(a.box) > 0.5 &&
        boxWidth(b.box) / boxWidth(a.box) < 2 &&
        b.box.y0 - a.box.y1 < Math.min(0.6 * boxWidth(a.box), 0.55 * typical) &&
        !anythingBetween(a, b, syms),
    );
    if (partner) take([a, partner], compose('=', [a, partner]));
  }
  for (const a of dots()) {
    if (!syms.includes(a)) continue;
    // Two dots of one size, one straight above the other: a colon.
    const size = Math.max(boxWidth(a.box), boxHeight(a.box));
    const b = dots().find(
      (d) =>
        d !== a &&
        d.box.y0 > a.box.y1 &&
        Math.abs(boxWidth(d.box) - boxWidth(a.box)) <= 0.5 * size &&
        Math.abs(boxHeight(d.box) - boxHeight(a.box)) <= 0.5 * size &&
        Math.abs(centerX(d.box) - centerX(a.box)) < 0.6 * size &&
        d.box.y0 - a.box.y1 < Math.min(0.8 * typical, 5 * size),
    );
    // Two short dashes so stacked are a hand's small "=", not a colon's round dots.
    const dash = (d: Sym) => boxWidth(d.box) >= 2 * boxHeight(d.box);
    if (b) take([a, b], compose(dash(a) && dash(b) ? '=' : ':', [a, b]));
  }
  for (const stem of syms.filter((s) => ['i-stem', 'j-stem', '1', 'l', '|'].includes(s.label))) {
    const dot = dots().find(
      (d) =>
        d.box.y1 < stem.box.y0 &&
        stem.box.y0 - d.box.y1 < 0.45 * typical &&
        centerX(d.box) >= stem.box.x0 - 2 &&
        centerX(d.box) <= stem.box.x1 + 2,
    );
    if (dot && syms.includes(stem))
      take([stem, dot], compose(stem.label === 'j-stem' ? 'j' : 'i', [stem, dot]));
  }
  // "in" whose i touches the n reads as m; the i's dot above its first stroke gives it away.
  for (const m of syms.filter((x) => x.label === 'm')) {
    const dot = dots().find(
      (d) =>
        d.box.y1 < m.box.y0 &&
        m.box.y0 - d.box.y1 < 0.45 * typical &&
        centerX(d.box) >= m.box.x0 - 2 &&
        centerX(d.box) <= m.box.x0 + 0.35 * boxWidth(m.box),
    );
    if (!dot || !syms.includes(m)) continue;
    const split = Math.round(m.box.x0 + 0.3 * boxWidth(m.box));
    const i = compose('i', [dot, { ...m, box: { ...m.box, x1: split } }]);
    const n: Sym = { ...m, label: 'n', box: { ...m.box, x0: split + 1 }, parts: [] };
    syms = syms.filter((x) => x !== m && x !== dot);
    syms.push(i, n);
  }
  for (const [top, made] of [
    ['<', '≤'],
    ['>', '≥'],
    ['+', '±'],
  ]) {
    for (const sign of syms.filter((s) => s.label === top)) {
      // The lower stroke may be slanted and reach up beside the sign (≤ in Noto Sans), and
      // a hand's may start under the sign's middle; it lies below the sign's foot, where a
      // minus after the sign does not.
      // Under < or >, a hand's stroke drawn sloping is read as a comma or a slash (x ≥ 1
      // read "x > ,1"): as wide as half the sign, nothing else stands there. It may start
      // just past the sign's foot (p ≥ 1 read "p > ,1").
      const justAfter = (b: Sym) =>
        b.box.x0 >= sign.box.x1 && b.box.x0 - sign.box.x1 <= 0.15 * typical;
      const slanted = (b: Sym) =>
        top !== '+' &&
        (PUNCTUATION.has(b.label) || b.label === '/') &&
        boxWidth(b.box) >= 0.5 * boxWidth(sign.box);
      const bar = syms.find(
        (b) =>
          (b.label === 'bar' || slanted(b)) &&
          centerY(b.box) > centerY(sign.box) + 0.25 * boxHeight(sign.box) &&
          b.box.y1 > sign.box.y1 &&
          b.box.y0 - sign.box.y1 < 0.5 * typical &&
          (xOverlap(sign.box, b.box) > 0.4 || (slanted(b) && justAfter(b))) &&
          boxWidth(b.box) < 1.6 * boxWidth(sign.box),
      );
      if (!bar || !syms.includes(sign)) continue;
      // Where it stands makes it the sign's stroke, whatever the classifier called its shape.
      const stroke = bar.label === 'bar' ? bar : { ...bar, confidence: sign.confidence };
      take([sign, bar], compose(made, [sign, stroke]));
    }
  }
  // A stem left without its dot is not an i: it is whatever it most resembles after that,
  // and no symbol may be read as a lone stem.
  for (const s of syms) {
    const kept = stemlessReadings(s.alternatives);
    if (kept.length === s.alternatives.length) continue;
    s.alternatives = kept;
    if (s.label !== 'i-stem' && s.label !== 'j-stem') continue;
    s.label = s.alternatives[0]?.label ?? '1';
    s.confidence = s.alternatives[0]?.p ?? 0.5;
  }
  return syms.sort((a, b) => a.box.x0 - b.box.x0);
}

/**
 * A radical is the blob whose box holds other symbols under a top stroke; the classifier may
 * not know a long one, so it is found from its shape. Returns where its bar starts.
 */
export function radicalBarStart(s: Sym, all: Sym[]): number | null {
  if (s.parts.length !== 1) return null;
  const c = s.parts[0];
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  if (w < 0.8 * h || h < 0.6 * typicalHeight(all)) return null;
  const slack = 0.1 * h;
  const inside = all.filter(
    (o) =>
      o !== s &&
      centerX(o.box) > c.box.x0 + 0.3 * h &&
      o.box.x1 <= c.box.x1 + slack &&
      o.box.y0 >= c.box.y0 - slack &&
      o.box.y1 <= c.box.y1 + slack,
  );
  if (inside.length === 0) return null;
  // A sign joined from its tick and its overline knows where the bar starts (over one small
  // digit the tick is half the sign's width, too little top ink for the test below).
  if (s.barStart !== undefined) return s.barStart;
  const topRows = Math.max(2, Math.round(0.15 * h));
  let start = -1;
  let covered = 0;
  for (let x = 0; x < w; x += 1) {
    let ink = false;
    for (let y = 0; y < topRows && !ink; y += 1) ink = c.mask[y * w + x] === 1;
    if (ink) {
      covered += 1;
      if (start < 0) start = x;
    }
  }
  if (start < 0 || covered < 0.55 * w) return null;
  return c.box.x0 + start;
}
