import {
  Box,
  boxHeight,
  boxWidth,
  centerX,
  centerY,
  sharedWidth,
  unionBox,
  xOverlap,
} from './components';
import { GlyphMetrics, placeOnLine } from './glyph-model';
import {
  PUNCTUATION,
  asLookAlike,
  digitReading,
  isDigit,
  isMetricClass,
  isRelation,
} from './glyph-classes';
import { Sym, radicalBarStart, typicalHeight } from './symbols';
import { partlyUnder, splitBands } from './lines';
import { barRowsAt } from './bar-rows';

/** The 2-D structure of a formula: symbols on a baseline, and what sits above, below or inside. */
export type MathNode =
  | { kind: 'sym'; sym: Sym; box: Box }
  | { kind: 'frac'; num: MathNode[]; den: MathNode[]; bar: Sym; box: Box }
  | { kind: 'sqrt'; body: MathNode[]; sign: Sym; box: Box }
  | { kind: 'cases'; rows: MathNode[][]; brace: Sym; box: Box }
  | { kind: 'script'; base: MathNode; sup: MathNode[]; box: Box };

type Metrics = Record<string, GlyphMetrics>;

/**
 * Parses a set of symbols into a row of nodes: radicals take what is under their bar, a
 * tall brace takes the rows to its right, fraction bars (widest first) take what is above
 * and below them, and raised smaller symbols become the exponent of the one before.
 */
export function parseRegion(syms: Sym[], metrics: Metrics): MathNode[] {
  let rest = [...syms];
  const nodes: MathNode[] = [];

  for (const s of [...rest].sort((a, b) => boxWidth(b.box) - boxWidth(a.box))) {
    if (!rest.includes(s)) continue;
    const barStart = radicalBarStart(s, rest);
    if (barStart === null) continue;
    const body = rest.filter(
      (o) =>
        o !== s &&
        centerX(o.box) > barStart &&
        centerX(o.box) < s.box.x1 &&
        centerY(o.box) > s.box.y0 &&
        centerY(o.box) < s.box.y1,
    );
    body.push(...digitsPastTheBar(s, body, rest));
    rest = rest.filter((o) => o !== s && !body.includes(o));
    s.label = '√';
    nodes.push({ kind: 'sqrt', body: parseRegion(body, metrics), sign: s, box: s.box });
  }

  // Systems before fractions: a fraction bar in one row must not reach into the next.
  const typical = typicalHeight(rest.filter((s) => isMetricClass(s.label)));
  // A tall brace opens a system; in an unfamiliar font it may be read as another tall bracket.
  const braceLike = (s: Sym) =>
    ['{', '[', '(', '|'].includes(s.label) ||
    s.alternatives.some((a) => a.label === '{' && a.p > 0.05);
  for (const brace of rest.filter((s) => braceLike(s) && boxHeight(s.box) > 1.6 * typical)) {
    if (!rest.includes(brace)) continue;
    const right = rest.filter(
      (o) =>
        o !== brace &&
        o.box.x0 > centerX(brace.box) &&
        centerY(o.box) > brace.box.y0 &&
        centerY(o.box) < brace.box.y1,
    );
    // Specks between the rows (a broken tail, dust) are not a row.
    const rows = splitBands(right, 0).filter((row) =>
      row.some((o) => boxHeight(o.box) > 0.5 * typical),
    );
    if (rows.length < 2) continue;
    rest = rest.filter((o) => o !== brace && !right.includes(o));
    const kept = rows.flat();
    nodes.push({
      kind: 'cases',
      rows: rows.map((row) => parseRegion(row, metrics)),
      brace,
      box: unionBox([brace.box, ...kept.map((o) => o.box)]),
    });
  }

  const bars = rest
    .filter((s) => s.label === 'bar')
    .sort((a, b) => boxWidth(b.box) - boxWidth(a.box));
  for (const bar of bars) {
    if (!rest.includes(bar)) continue;
    const over = (o: { box: Box }) =>
      centerX(o.box) >= bar.box.x0 - 1 && centerX(o.box) <= bar.box.x1 + 1;
    const num = rest.filter((o) => o !== bar && over(o) && onSideOf(bar, 'above', o));
    const den = rest.filter((o) => o !== bar && over(o) && onSideOf(bar, 'below', o));
    num.push(...pastTheBarEnd(num, rest, bar, 'above'));
    den.push(...pastTheBarEnd(den, rest, bar, 'below'));
    num.push(...bracketPastTheBar(num, rest, bar, 'above'));
    den.push(...bracketPastTheBar(den, rest, bar, 'below'));
    num.push(...halfUnderTheBar(num, rest, bar, 'above'));
    den.push(...halfUnderTheBar(den, rest, bar, 'below'));
    for (const part of [num, den])
      for (const o of relationsAtTheEnds(part)) part.splice(part.indexOf(o), 1);
    // Radicals were taken first: one above or below the bar is part of the fraction (5/√5).
    const roots = nodes.filter((n) => n.kind === 'sqrt' && over(n));
    const numRoots = roots.filter((n) => onSideOf(bar, 'above', n));
    const denRoots = roots.filter((n) => onSideOf(bar, 'below', n));
    const above = [...num, ...numRoots];
    const below = [...den, ...denRoots];
    if (above.length === 0 || below.length === 0) continue;
    // A minus under a fraction's numerator is not a bar: the numerator must sit close above.
    const gapAbove = bar.box.y0 - Math.max(...above.map((o) => o.box.y1));
    const gapBelow = Math.min(...below.map((o) => o.box.y0)) - bar.box.y1;
    const typical = typicalHeight([...num, ...den, ...[...numRoots, ...denRoots].map(rootSign)]);
    if (gapAbove > 1.2 * typical || gapBelow > 1.2 * typical) continue;
    rest = rest.filter((o) => o !== bar && !num.includes(o) && !den.includes(o));
    const part = (syms: Sym[], rs: MathNode[]) =>
      rs.length
        ? attachScripts([...parseRegion(syms, metrics), ...rs], metrics)
        : parseRegion(syms, metrics);
    for (const r of [...numRoots, ...denRoots]) nodes.splice(nodes.indexOf(r), 1);
    nodes.push({
      kind: 'frac',
      num: part(num, numRoots),
      den: part(den, denRoots),
      bar,
      box: unionBox([bar.box, ...above.map((o) => o.box), ...below.map((o) => o.box)]),
    });
  }

  nodes.push(...rest.map((sym): MathNode => ({ kind: 'sym', sym, box: sym.box })));
  return attachScripts(nodes, metrics);
}

interface LineMetrics {
  digit: number;
  /** The baseline's y at a given x: fitted as a line, so a slight tilt left after deskew does no harm. */
  baselineAt(x: number): number;
}

/**
 * Relations at either end of a numerator or a denominator: nobody writes one that begins or
 * ends with =, <, ≥ …, but a hand's bar drawn from under the = before it takes it in
 * (n = 1/2 n(n − 1), the bar run under the =, read n (= 1)/2): it stays on the line.
 */
function relationsAtTheEnds(part: Sym[]): Sym[] {
  const row = [...part].sort((a, b) => a.box.x0 - b.box.x0);
  const ends = row.length > 1 ? [row[0], row[row.length - 1]] : [];
  return ends.filter((o) => isRelation(o.label));
}

/**
 * A hand's fraction bar often stops short of the glyph after an operator (252 − 2 over a bar
 * drawn under "252 −"): nobody writes a numerator or a denominator that ends in an operator,
 * so the glyph right after it, on its row and past the bar's end, is still the fraction's.
 */
function pastTheBarEnd(part: Sym[], rest: Sym[], bar: Sym, side: 'above' | 'below'): Sym[] {
  const row = [...part].sort((a, b) => a.box.x0 - b.box.x0);
  const last = row[row.length - 1];
  if (!last || !TRAILING_OPERATORS.has(last.label)) return [];
  const size = Math.max(...row.map((o) => boxHeight(o.box)));
  const onRow = (o: Sym) =>
    onSideOf(bar, side, o) &&
    (side === 'above' ? o.box.y1 > last.box.y0 - 0.5 * size : o.box.y0 < last.box.y1 + 0.5 * size);
  const next = rest
    .filter((o) => o !== bar && !part.includes(o) && o.box.x0 > last.box.x1 - 2 && onRow(o))
    .sort((a, b) => a.box.x0 - b.box.x0)[0];
  if (!next || next.label === 'bar' || TRAILING_OPERATORS.has(next.label)) return [];
  return next.box.x0 - last.box.x1 <= 0.6 * size ? [next] : [];
}

const TRAILING_OPERATORS = new Set(['+', 'bar', '×', '÷', '±']);

/**
 * A hand's fraction bar often starts right of the denominator's first bracket, or stops
 * short of its last ((n + 2)(n + 1) under a bar drawn from the n on): a numerator or a
 * denominator with a bracket left open (closed) takes the bracket that closes (opens) it
 * from just past the bar's end (start), on its side of the bar. Left out, the bracket stood
 * before the whole fraction and balanced it: 1/((n + 2)(n + 1)) was read (1/(n + 2)(n + 1)).
 */
function bracketPastTheBar(part: Sym[], rest: Sym[], bar: Sym, side: 'above' | 'below'): Sym[] {
  const count = (label: string) => part.filter((o) => o.label === label).length;
  const [opens, closes] = [count('('), count(')')];
  if (opens === closes || part.length === 0) return [];
  const size = Math.max(...part.map((o) => boxHeight(o.box)));
  const onSide = (o: Sym) => onSideOf(bar, side, o);
  const wanted = opens > closes ? ')' : '(';
  const past = (o: Sym) =>
    wanted === ')'
      ? centerX(o.box) > bar.box.x1 && o.box.x0 <= bar.box.x1 + 0.5 * size
      : centerX(o.box) < bar.box.x0 && o.box.x1 >= bar.box.x0 - 0.5 * size;
  const found = rest
    .filter((o) => o.label === wanted && !part.includes(o) && onSide(o) && past(o))
    .sort((a, b) => (wanted === ')' ? a.box.x0 - b.box.x0 : b.box.x1 - a.box.x1));
  return found.slice(0, 1);
}

/**
 * Whether a symbol's middle lies on the given side of a fraction bar, where the bar runs (its
 * ink in the symbol's columns, not its box): every rule that takes a glyph or a radical into
 * a numerator or a denominator asks this, so a sloping bar has one above and one below.
 */
function onSideOf(bar: Sym, side: 'above' | 'below', o: { box: Box }): boolean {
  const { top, bottom } = barRowsAt(bar, o.box);
  return side === 'above' ? centerY(o.box) < top : centerY(o.box) > bottom;
}

/**
 * A hand's short bar leaves a glyph of its numerator or denominator half out from under it
 * (the 2 of 2√3 under a bar drawn from the root on; its middle was before the bar's start,
 * and the fraction read √3 alone under the bar). A glyph reaching in under the bar from past
 * one end, beside the part's first (last) glyph and on its row, is the part's.
 */
function halfUnderTheBar(part: Sym[], rest: Sym[], bar: Sym, side: 'above' | 'below'): Sym[] {
  if (part.length === 0) return [];
  const row = [...part].sort((a, b) => a.box.x0 - b.box.x0);
  const [first, last] = [row[0], row[row.length - 1]];
  const size = Math.max(...part.map((o) => boxHeight(o.box)));
  const onSide = (o: Sym) => onSideOf(bar, side, o);
  const onRow = (o: Sym) => centerY(o.box) > first.box.y0 && centerY(o.box) < first.box.y1;
  const beside = (o: Sym) =>
    (o.box.x0 < bar.box.x0 && o.box.x1 >= first.box.x0 - 0.6 * size && o.box.x1 <= first.box.x1) ||
    (o.box.x1 > bar.box.x1 && o.box.x0 <= last.box.x1 + 0.6 * size && o.box.x0 >= last.box.x0);
  return rest.filter(
    (o) =>
      o !== bar &&
      o.label !== 'bar' &&
      !part.includes(o) &&
      !isRelation(o.label) &&
      onSide(o) &&
      onRow(o) &&
      (partlyUnder(o, bar) || wholeByTheEnd(o, bar, side, size)) &&
      beside(o),
  );
}

/**
 * A glyph of the part's size just short of the bar's end, wholly on the part's side of it:
 * a hand's narrow 1 that starts the numerator a stroke's width before the bar does (11x⁴/4
 * read 1 (1x⁴)/4). On the line beside a fraction, a glyph stands level with its bar, and an
 * operator there (the + after -4/16) joins the line, not the part: only a digit is taken.
 */
function wholeByTheEnd(o: Sym, bar: Sym, side: 'above' | 'below', size: number): boolean {
  const clear = side === 'above' ? o.box.y1 < bar.box.y0 : o.box.y0 > bar.box.y1;
  const near = o.box.x1 >= bar.box.x0 - 0.3 * size && o.box.x0 <= bar.box.x1 + 0.3 * size;
  // A hand's 1 read as an upright bar (|, to be read as the 1 it must be later) is a digit here.
  const digit = isDigit(o.label) || o.label === '|';
  return digit && clear && near && boxHeight(o.box) >= 0.75 * size;
}

/**
 * A hand's radical often stops short of its last digit (√162 drawn with the bar over 16):
 * digits that follow the number under the bar as closely as its own digits follow each
 * other, under the bar's height, are still under it. Nobody writes a number right after a
 * root (√16 2), so the number is read whole.
 */
function digitsPastTheBar(sign: Sym, body: Sym[], rest: Sym[]): Sym[] {
  const inside = [...body].sort((a, b) => a.box.x0 - b.box.x0);
  const last = inside[inside.length - 1];
  if (!last || !isDigit(last.label)) return [];
  // As far apart as the digits under the bar stand, or 0.4 of a digit (a hand that spaces
  // its digits wide wrote √162's 2 as far from the 6 as the 6 from the 1).
  const spacing = inside
    .slice(1)
    .map((o, i) =>
      isDigit(o.label) && isDigit(inside[i].label) ? o.box.x0 - inside[i].box.x1 : 0,
    );
  const gap = Math.max(0.4 * Math.max(...inside.map((o) => boxHeight(o.box))), ...spacing);
  const more: Sym[] = [];
  let end = last;
  for (const o of [...rest].sort((a, b) => a.box.x0 - b.box.x0)) {
    if (o === sign || body.includes(o) || o.box.x0 <= end.box.x1 - 2) continue;
    // Only what stands on the root's line: a fraction's other row is no neighbour.
    if (centerY(o.box) < sign.box.y0 || centerY(o.box) > sign.box.y1) continue;
    if (!isDigit(o.label) || o.box.x0 - end.box.x1 > gap || o.box.y0 <= sign.box.y0) break;
    more.push(o);
    end = o;
  }
  return more;
}

/** A radical's sign, for the size of the symbols around it. */
function rootSign(n: MathNode): Sym {
  return (n as Extract<MathNode, { kind: 'sqrt' }>).sign;
}

/** Where the row's baseline is and how tall its digits are, from the letters and digits on it. */
function lineMetrics(nodes: MathNode[], metrics: Metrics): LineMetrics | null {
  const estimates = nodes.flatMap((n) => {
    // A cross that may be a hand's x says where the line is as an x would.
    const label = crossAsLetter(n) ? 'x' : n.kind === 'sym' ? n.sym.label : null;
    const place = label ? placeOnLine(label, n.box, metrics) : null;
    return place ? [{ ...place, x: centerX(n.box) }] : [];
  });
  if (estimates.length === 0) return null;
  // The larger part decides the size: exponents are the minority on a line.
  const sizes = estimates.map((e) => e.digit).sort((a, b) => a - b);
  // On a short row (e^{3x}) the exponent may be half the symbols: take the largest then.
  const digit = sizes.length <= 4 ? sizes[sizes.length - 1] : sizes[Math.floor(sizes.length * 0.6)];
  const normal = estimates.filter((e) => e.digit > 0.8 * digit);
  const pts = normal.length ? normal : estimates;
  // The median of the slopes between pairs of symbols (Theil–Sen): a stray or a descender
  // does not tilt it, and a hand that writes uphill (10° is common) is followed, where a
  // fit to the symbols near the median baseline cut the far end of such a line off.
  const slopes: number[] = [];
  for (const [i, a] of pts.entries())
    for (const b of pts.slice(i + 1))
      if (Math.abs(b.x - a.x) > 0.5 * digit) slopes.push((b.baseline - a.baseline) / (b.x - a.x));
  const slope = pts.length >= 3 && slopes.length ? clamp(median(slopes), MAX_SLOPE) : 0;
  const intercept = median(pts.map((e) => e.baseline - slope * e.x));
  return { digit, baselineAt: (x) => intercept + slope * x };
}

/** A row's baseline may climb or fall this much (about 11°) after the page's tilt is undone. */
const MAX_SLOPE = 0.2;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const clamp = (v: number, limit: number) => Math.max(-limit, Math.min(limit, v));

/**
 * Whether a node sits raised and small, as an exponent does. Operators and bars are only
 * raised inside an exponent that starts with a letter, digit or bracket (see attachScripts):
 * a minus sign sits as high as a small exponent's bottom.
 */
function isRaised(
  n: MathNode,
  line: LineMetrics,
  metrics: Metrics,
  after: DigitAfter = 'other',
): boolean {
  const baseline = line.baselineAt(centerX(n.box));
  const place = n.kind === 'sym' ? placeOnLine(n.sym.label, n.box, metrics) : null;
  // A digit after a digit is the next digit of the number unless clearly raised: a hand's
  // digits wander up and down ("15" read 1⁵, √113 read √(11³)), and a power of a number is
  // written well up. A digit right after a letter is a power if raised at all: nobody
  // writes x4 for 4x (a hand's x⁴ written low was read "x4", which means nothing).
  // After a closing bracket a digit is a power when raised as after anything else, but may be
  // as large as after a letter: nobody writes (x + 1)2 for 2(x + 1), and a hand's (−1)³ with
  // its 3 of 0.86 digit stood on the line ("(−1)3 − 1").
  const [rise, size] = RISE_AND_SIZE[after];
  // A glyph after a letter or digit whose foot is well up, above the middle of the line, is
  // its exponent even when as large as a digit: a hand writes powers big, and where half a
  // line's glyphs are powers (8z⁷ + 24cz⁵) the line's digit size comes out little larger
  // than theirs. (Not after a fraction or a root, whose middle a glyph after it may stand at.)
  const high =
    (after === 'digit' || after === 'letter') &&
    place &&
    place.baseline < baseline - HIGH_RISE * line.digit;
  if (place)
    return (
      place.digit < (high ? HIGH_SIZE : size) * line.digit &&
      place.baseline < baseline - rise * line.digit
    );
  return n.box.y1 < baseline - 0.45 * line.digit && boxHeight(n.box) < 0.8 * line.digit;
}

/** A rise, in digits, that makes a glyph an exponent at up to HIGH_SIZE digits tall. */
const HIGH_RISE = 0.55;
const HIGH_SIZE = 1.1;

function canStartExponent(n: MathNode): boolean {
  return n.kind !== 'sym' || /^[0-9a-zA-Z()]$/.test(n.sym.label);
}

/**
 * What may start an exponent read as itself or, for a glyph read as an operator with a digit
 * among its readings, as that digit: a hand's raised 4 read + 0.50 / 4 0.49 stood on the
 * line, and 11x⁴/4 was answered as (11 × 4)/4. (Not a point: a dot up by a letter may be a
 * product's.)
 */
function mayStartExponent(n: MathNode): boolean {
  if (canStartExponent(n)) return true;
  return n.kind === 'sym' && !PUNCTUATION.has(n.sym.label) && canStartExponent(asPossibleDigit(n));
}

/**
 * What an exponent can hang on: a number, a letter, a bracket, a root, a fraction — never an
 * operator or a relation (a 2 written high after a minus, on a line climbing uphill, is the
 * next term, not the minus sign's exponent).
 */
function canCarryExponent(n: MathNode): boolean {
  return n.kind !== 'sym' || /^[0-9a-zA-Z)\]}|]$/.test(n.sym.label) || n.sym.label === 'prime';
}

/** A cross read as a times sign, which the classifier also gives some belief as an x. */
function crossAsLetter(n: MathNode): boolean {
  return (
    n.kind === 'sym' &&
    n.sym.label === '×' &&
    n.sym.alternatives.some((a) => a.label === 'x' && a.p >= X_FOR_CROSS)
  );
}

/** The least belief in x that lets a × carrying an exponent be read as one. */
const X_FOR_CROSS = 0.02;

type DigitAfter = 'digit' | 'letter' | 'bracket' | 'other';

/** How far a glyph must rise, and how small it must be, in digits, to be a power (isRaised). */
const RISE_AND_SIZE: Record<DigitAfter, [number, number]> = {
  digit: [0.4, 0.85],
  letter: [0.12, 0.95],
  bracket: [0.28, 0.95],
  other: [0.28, 0.85],
};

/**
 * What a digit follows, for how far it must rise to be a power: a digit, a letter (not an x
 * after a number or bracket, which may be a times sign: 2x3), a closing bracket, or anything
 * else.
 */
function digitAfter(out: MathNode[], n: MathNode): DigitAfter {
  const [before, base] = [out[out.length - 2], out[out.length - 1]];
  if (base.kind !== 'sym' || n.kind !== 'sym' || !isDigit(n.sym.label)) return 'other';
  if (isDigit(base.sym.label)) return 'digit';
  if (base.sym.label === ')' || base.sym.label === ']') return 'bracket';
  const timesSign =
    base.sym.label === 'x' &&
    before?.kind === 'sym' &&
    (isDigit(before.sym.label) || before.sym.label === ')');
  return /^[a-zA-Z]$/.test(base.sym.label) && !timesSign ? 'letter' : 'other';
}

/**
 * Whether a node is raised read as itself and, where it or the glyph before it may be a
 * digit the classifier took for a letter (a hand's 9 read g, a 2 read z), read as that digit
 * too: a g's foot hangs below the line and a z is small, so either looks raised where the
 * digit stands on it, and after a letter a power need hardly rise (492 was read 4g² and
 * answered 49²; 19, its 1 read 7 and its 9 q, answered 7⁹).
 */
function raisedEveryWay(
  n: MathNode,
  out: MathNode[],
  line: LineMetrics,
  metrics: Metrics,
): boolean {
  if (!isRaised(n, line, metrics, digitAfter(out, n))) return false;
  if (digitAfter(out, n) === 'digit' && !overItsBase(n, out[out.length - 1])) return false;
  const [glyph, base] = [asPossibleDigit(n), asPossibleDigit(out[out.length - 1])];
  if (glyph === n && base === out[out.length - 1]) return true;
  const read = [...out.slice(0, -1), base];
  return isRaised(glyph, line, metrics, digitAfter(read, glyph));
}

/**
 * A number's power stands up over the number, its foot well above the last digit's: a hand's
 * number written small and high on its line ("= 26" after 8 + 7 + 7 + 4) is no power, its
 * digits standing level with each other however high they stand on the line.
 */
function overItsBase(n: MathNode, base: MathNode): boolean {
  return n.box.y1 < base.box.y1 - 0.3 * boxHeight(base.box);
}

/** A symbol read as a letter, as the digit among its readings (look-alike or likely), if any. */
function asPossibleDigit(n: MathNode): MathNode {
  if (n.kind !== 'sym' || isDigit(n.sym.label)) return n;
  const digit = digitReading(n.sym);
  return digit ? { ...n, sym: { ...n.sym, label: digit.label } } : n;
}

/**
 * Row order by left edge (placeInRow), but a hand's ) curls its top back over the glyph it
 * closes (the 1 of (n + 1)), its tips left of that glyph's left edge: read by its edge it
 * closed the bracket before the 1. A glyph starting left of the bracket's middle and reaching
 * down into its lower half is inside it; a power tucked back over the ) stands in its upper
 * half and stays after it.
 */
function inRowOrder(nodes: MathNode[]): MathNode[] {
  const sorted = [...nodes].sort((a, b) => placeInRow(a) - placeInRow(b));
  for (let i = 0; i + 1 < sorted.length; i += 1) {
    const [bracket, next] = [sorted[i], sorted[i + 1]];
    if (bracket.kind !== 'sym' || bracket.sym.label !== ')') continue;
    if (next.kind === 'sym' && next.sym.label === ')') continue;
    if (next.box.x0 < centerX(bracket.box) && next.box.y1 > centerY(bracket.box))
      [sorted[i], sorted[i + 1]] = [next, bracket];
  }
  return sorted;
}

/**
 * Where a node stands in its row: its left edge, or a fraction's bar's start — a hand's
 * denominator may start left of the bar and of the = before it (= 1/2 read 1/2 =).
 */
function placeInRow(n: MathNode): number {
  return n.kind === 'frac' ? n.bar.box.x0 : n.box.x0;
}

/** Orders a row left to right and hangs each run of raised nodes on the node before it. */
function attachScripts(nodes: MathNode[], metrics: Metrics): MathNode[] {
  const sorted = inRowOrder(nodes);
  const line = lineMetrics(sorted, metrics);
  if (!line) return sorted;
  const out: MathNode[] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const n = sorted[i];
    if (
      out.length === 0 ||
      !(canCarryExponent(out[out.length - 1]) || crossAsLetter(out[out.length - 1])) ||
      !mayStartExponent(n) ||
      standsOverBase(n, out[out.length - 1], metrics) ||
      !raisedEveryWay(n, out, line, metrics)
    ) {
      out.push(n);
      continue;
    }
    const group = [n];
    // An exponent never ends on an operator: "x² − 4x" keeps its minus on the line.
    // What follows stays in the exponent only at its height: a small 3 after x² − whose
    // middle is below the 2's foot is the next term, written small, not x^(2 − 3).
    const inExponent = (o: MathNode) => centerY(o.box) <= n.box.y1 + 0.2 * boxHeight(n.box);
    const continues = (j: number): boolean =>
      j < sorted.length &&
      isRaised(sorted[j], line, metrics) &&
      inExponent(sorted[j]) &&
      (canStartExponent(sorted[j]) || continues(j + 1));
    while (continues(i + 1)) group.push(sorted[(i += 1)]);
    const popped = out.pop()!;
    // Nobody raises an exponent over a times sign: the cross it hangs on is a hand's x.
    const base: MathNode =
      popped.kind === 'sym' && crossAsLetter(popped)
        ? { ...popped, sym: asLookAlike(popped.sym, 'x') }
        : popped;
    out.push({
      kind: 'script',
      base,
      sup: attachScripts(group, metrics),
      box: unionBox([base.box, ...group.map((g) => g.box)]),
    });
  }
  return out;
}

/**
 * Two neighbours of one row written one above the other (the narrower at least half under
 * the wider, no height shared) that the structure did not explain as a fraction, a radical
 * or an exponent — or null. Read left to right they would make a number or a product the
 * page does not show (x over 6, its short bar read as a point, became ".15"); a reading with
 * such a pair is not trusted.
 */
export function unexplainedStack(nodes: MathNode[]): [MathNode, MathNode] | null {
  for (const [i, a] of nodes.entries())
    for (const b of nodes.slice(i + 1)) if (standsOver(a, b)) return [a, b];
  for (const row of nodes.flatMap(innerRows)) {
    const found = unexplainedStack(row);
    if (found) return found;
  }
  return null;
}

/**
 * An exponent stands after its base: a glyph as big as a digit of the base's size whose left
 * edge is short of the base's middle, with most of its width over the base's columns, stands
 * over it (a hand's 4 over the 3 of 4/3 whose bar ran into the 3, making a 5, was read as its
 * exponent: 5⁴). A hand's smaller power may tuck in over its base (x⁴ with the 4 over the x's
 * right arm), and a power of a bracket reaches back over the narrow ")".
 */
function standsOverBase(n: MathNode, base: MathNode, metrics: Metrics): boolean {
  if (n.box.x0 >= centerX(base.box)) return false;
  if (sharedWidth(n.box, base.box) <= 0.5 * boxWidth(n.box)) return false;
  const place = base.kind === 'sym' ? placeOnLine(base.sym.label, base.box, metrics) : null;
  return boxHeight(n.box) >= 0.9 * (place?.digit ?? boxHeight(base.box));
}

/**
 * Whether two nodes stand one over the other: the narrower at least half within the wider's
 * columns, and at most a sliver of height shared (a hand's 4 over the 3 of 4/3 whose bar ran
 * into the 3, making a 5, touches it: read as its exponent it made 5⁴).
 */
function standsOver(a: MathNode, b: MathNode): boolean {
  const shared = Math.min(a.box.y1, b.box.y1) - Math.max(a.box.y0, b.box.y0) + 1;
  const sliver = 0.1 * Math.min(boxHeight(a.box), boxHeight(b.box));
  return shared <= sliver && xOverlap(a.box, b.box) > 0.5;
}

/** The rows a node holds, each read left to right: a fraction's two, a root's one … */
export function innerRows(n: MathNode): MathNode[][] {
  switch (n.kind) {
    case 'sym':
      return [];
    case 'frac':
      return [n.num, n.den];
    case 'sqrt':
      return [n.body];
    case 'cases':
      return n.rows;
    case 'script':
      return [[n.base], n.sup];
  }
}
