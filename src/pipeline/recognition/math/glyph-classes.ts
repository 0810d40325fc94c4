import { DISTINCT_CAPITALS } from './capital-classes';

/**
 * The glyph classes the classifier knows. A class is one connected blob of ink: symbols made
 * of several blobs (= ÷ : i j ≤ ≥ ±) are put together from their parts by the symbol
 * grouper, so "bar" is any horizontal stroke (minus, a bar of =, a fraction bar) and "dot"
 * any dot (decimal point, the dots of ÷, :, i).
 */
export const DIGITS = '0123456789'.split('');

/** Whether a label is a digit class. */
export function isDigit(label: string): boolean {
  return DIGITS.includes(label);
}
/** Lower-case letters of school math; i and j are a stem plus a dot. */
export const LETTERS = 'abcdefghklmnopqrstuvwxyz'.split('');
const SYMBOL_CLASSES = [
  '+',
  'bar',
  '×',
  '<',
  '>',
  '≤',
  '≥',
  '±',
  '≠',
  '/',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '|',
  '√',
  'prime',
  'comma',
  'dot',
  'i-stem',
  'j-stem',
];

export const GLYPH_CLASSES = [...DIGITS, ...LETTERS, ...SYMBOL_CLASSES];

/**
 * Not a glyph: a blob of two glyphs run together ("23", a superscript touching its base).
 * The handwriting classifier has this class besides GLYPH_CLASSES; it is never a reading,
 * but its probability is taken from every glyph's, so such a blob reads unsure and the
 * repairs try to cut it (GlyphModel.predict).
 */
export const TOUCHING = 'touching';

/** The handwriting classifier's classes: the glyphs, then TOUCHING. */
export const HANDWRITING_CLASSES = [...GLYPH_CLASSES, TOUCHING];

/**
 * A dollar sign before an amount ($49 + $76 on a worksheet): printed money problems are common
 * and the sign is no math, so the reader leaves it out (currency.ts, withoutCurrencySigns).
 * Only the print classifier knows it; handwritten amounts rarely carry it.
 */
export const CURRENCY = '$';

/** The print classifier's classes: the glyphs, then the currency sign. */
export const PRINT_CLASSES = [...GLYPH_CLASSES, CURRENCY];

/** Whether a symbol's label is a relation (=, <, >, ≤, ≥, ≠): what sides of a formula meet at. */
export function isRelation(label: string): boolean {
  return /^[=<>≤≥≠]$/.test(label);
}

/** The classes that are marks, not glyphs: decimal point or dot, comma, prime. */
export const PUNCTUATION = new Set(['dot', 'comma', 'prime']);

/**
 * A glyph cut out of a blob (from under a fraction bar, out of a fraction written in one blob)
 * must read at least this surely to replace the blob.
 */
const SURE_GLYPH = 0.8;

/** Whether a reading is surely a glyph: sure enough, and neither a bar nor a mark. */
export function surelyAGlyph(read: { label: string; confidence: number }): boolean {
  return aGlyphAt(read, SURE_GLYPH);
}

/** Whether a reading is a glyph, neither a bar nor a mark, believed at `least` or more. */
export function aGlyphAt(read: { label: string; confidence: number }, least: number): boolean {
  return read.confidence >= least && read.label !== 'bar' && !PUNCTUATION.has(read.label);
}

/** Classes whose size says where the line is: digits and letters (brackets stretch, bars vary). */
export function isMetricClass(label: string): boolean {
  return /^[0-9a-z]$/.test(label) || DISTINCT_CAPITALS.includes(label);
}

/**
 * Letters a school formula rarely uses (x, y, a, b, c, n, t, e, f … are common): a reading
 * that needs one is less likely than the classifier alone says, so such a symbol is looked
 * at again and its runner-up preferred when close.
 */
export const UNLIKELY_LETTERS = /^[dghijklmopqruvwz]$/;

/** The log-probability a reading gives up for each unlikely letter it needs (x − i for x − 1). */
export function letterPrior(label: string): number {
  return UNLIKELY_LETTERS.test(label) ? -3 : 0;
}

/**
 * What a whole reading gives up for a symbol: an unlikely letter's price, and the same for
 * an absolute-value bar, which a hand's 1 resembles and which is far rarer than a 1. (Only
 * readings pay it: the glyph repairs, which weigh cuts by letterPrior, would cut a bar
 * touching its x apart to be rid of it.)
 */
export function readingPrior(label: string): number {
  return label === '|' ? -3 : letterPrior(label);
}

/**
 * Glyphs written with one shape, told apart only by context: a stroke is a 1, an l or a |;
 * a cross an x or a ×; a hand's + is a t without its hook, its ( a c, its 6 a b. A reading
 * may take any of a family for the classifier's first choice.
 */
const LOOK_ALIKES = [
  ['1', 'l', '|'],
  ['x', '×'],
  ['0', 'o'],
  ['2', 'z'],
  ['9', 'q', 'g'],
  ['5', 's'],
  ['dot', 'comma'],
  ['+', 't'],
  ['(', 'c'],
  ['6', 'b'],
];

/** The digit of a label's shape (9 for q or g, 2 for z, the digit itself), or null. */
export function digitOfShape(label: string): string | null {
  const family = LOOK_ALIKES.find((f) => f.includes(label)) ?? [label];
  return family.find(isDigit) ?? null;
}

/** Whether two labels are one shape written for different things (a 9 and a q). */
export function lookAlikes(a: string, b: string): boolean {
  return a !== b && LOOK_ALIKES.some((f) => f.includes(a) && f.includes(b));
}

/**
 * How much of the classifier's belief a reading of `label` rests on: the probability of the
 * label and of its look-alikes (a stroke read as 1 where the classifier said l 0.6, 1 0.3 is
 * surely a stroke; an 8 it gave 5 % is a guess).
 */
export function shapeShare(label: string, alternatives: { label: string; p: number }[]): number {
  const family = LOOK_ALIKES.find((f) => f.includes(label)) ?? [label];
  return alternatives.filter((a) => family.includes(a.label)).reduce((sum, a) => sum + a.p, 0);
}

/**
 * The belief in the shape of `label`, read at belief `p` for a glyph: its shape's share,
 * but where it stands in for another shape the glyph was read as first (`glyph.label`) and
 * nearly as likely, no more than that one's (a hand's 8 read s 0.37, z 0.33, 2 0.10: 6778
 * was answered 6772, the 2 and z sharing 0.43 — no surer a reading than the s).
 */
export function shapeAsRead(
  label: string,
  p: number,
  glyph: { label: string; alternatives: { label: string; p: number }[] },
): number {
  const share = Math.min(1, Math.max(p, shapeShare(label, glyph.alternatives)));
  const first = glyph.label;
  if (first === label || lookAlikes(label, first)) return share;
  const firstShare = shapeShare(first, glyph.alternatives);
  return share < firstShare + SHAPE_MARGIN ? Math.min(share, firstShare) : share;
}

/** How much more likely a shape read in place of the first choice's must be to count as its own. */
const SHAPE_MARGIN = 0.1;

/** Belief at which a digit among a letter's readings is a reading the glyph may have. */
const DIGIT_READING = 0.1;

/**
 * The digit a glyph read as something else may be (a hand's 9 read g, a 2 read z): the
 * digit among its readings that looks like its label, or that it was given DIGIT_READING.
 */
export function digitReading(s: {
  label: string;
  alternatives: { label: string; p: number }[];
}): { label: string; p: number } | undefined {
  return s.alternatives.find(
    (a) => isDigit(a.label) && (a.p >= DIGIT_READING || lookAlikes(a.label, s.label)),
  );
}

/**
 * The symbol read as its look-alike `label`, with the belief the pair's shape shares
 * (readings of the shape's other members no longer count against it).
 */
export function asLookAlike<
  T extends { label: string; confidence: number; alternatives: { label: string; p: number }[] },
>(s: T, label: string): T {
  const p = shapeShare(s.label, s.alternatives);
  const others = s.alternatives.filter((a) => a.label !== label && !lookAlikes(a.label, label));
  return { ...s, label, confidence: p, alternatives: [{ label, p }, ...others] };
}
