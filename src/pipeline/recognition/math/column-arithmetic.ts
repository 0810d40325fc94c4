import { boxHeight, boxWidth, unionBox } from './components';
import { Sym, typicalHeight } from './symbols';
import { digitOfShape, isDigit, surelyAGlyph } from './glyph-classes';
import { Prediction } from './glyph-model';

const OPERATOR = /^(\+|bar|×|−)$/;
const NUMBER_PART = /^([0-9]|dot|comma)$/;

/** The digit a symbol may be: its own label, or a digit among its readings (l for 1, o for 0). */
function digitReading(s: Sym): { label: string; p: number } | null {
  if (NUMBER_PART.test(s.label)) return { label: s.label, p: s.confidence };
  if (LOOKALIKE[s.label]) return { label: LOOKALIKE[s.label], p: s.confidence };
  const digit = s.alternatives.find((a) => isDigit(a.label) && a.p >= 0.05);
  return digit ? { label: digit.label, p: digit.p } : null;
}

/** Marks that are a digit's shape exactly: a stroke is a 1, a ring a 0. */
const LOOKALIKE: Record<string, string> = { l: '1', '|': '1', 'i-stem': '1', o: '0' };

/**
 * In column arithmetic every mark on the number rows is a digit: a symbol read as a letter
 * that might be a digit (a handwritten 1 as l, 0 as o) is read as that digit.
 */
export function readRowsAsNumbers(rows: Sym[][]): void {
  for (const s of rows.flat()) {
    if (NUMBER_PART.test(s.label) || OPERATOR.test(s.label)) continue;
    const digit = digitReading(s);
    if (!digit) continue;
    s.label = digit.label;
    s.confidence = digit.p;
  }
}

/**
 * Column arithmetic (竖式) as primary school writes it: numbers stacked right-aligned, the
 * operator in front of the last one, a rule under them all (or lost: the last rows are then
 * the operands). Returns the operand rows, top to bottom, to be read as one expression
 * ("49" over "+ 76" is 49 + 76) — or null when the rows are not such a layout (a system of
 * equations, a prompt over a formula). Whatever a student wrote under the rule (their
 * answer) is left out.
 */
export function columnRows(bands: Sym[][], all: Sym[]): Sym[][] | null {
  if (bands.length < 2) return null;
  const typical = typicalHeight(all);
  const rows: Sym[][] = [];
  for (const line of bands) {
    // A rule close under a row's digits may fall into its band: it is no part of the row.
    const foot = Math.max(...line.filter((s) => s.label !== 'bar').map((s) => s.box.y1));
    const band = line.filter((s) => s.label !== 'bar' || s.box.y0 < foot - 0.2 * typical);
    if (band.length === 0) return null;
    const box = unionBox(band.map((s) => s.box));
    const rule = all.find(
      (s) =>
        s.label === 'bar' &&
        s.box.y0 > box.y1 - 0.2 * typical &&
        s.box.y0 < box.y1 + 1.5 * typical &&
        boxWidth(s.box) >= 0.8 * boxWidth(box) &&
        !band.includes(s),
    );
    rows.push(band);
    if (rule && rows.length >= 2) return isColumnLayout(rows, all, typical) ? rows : null;
  }
  // No rule: cut off with the margin of a photo cropped to the digits, or never drawn. The
  // rows read as one expression all the same, the operator in front of the last (as a line
  // of its own they would be numbers over "− 443", and "− 443" alone no problem to answer).
  return isColumnLayout(rows, all, typical) ? rows : null;
}

/**
 * A row the line finder took for dust, which the sum of the other rows would silently leave
 * out: a glyph-sized mark in no row between the first row and the last (a hand's "821" run
 * together into one blob, alone on its line), or right above the first row, over the
 * column, a sure digit or glyphs run together (a prompt's characters stand apart).
 */
function rowLeftOut(rows: Sym[][], all: Sym[], typical: number): boolean {
  const first = unionBox(rows[0].map((s) => s.box));
  const bottom = Math.max(...rows[rows.length - 1].map((s) => s.box.y1));
  const [left, right] = [
    Math.min(...rows.flat().map((s) => s.box.x0)),
    Math.max(...rows.flat().map((s) => s.box.x1)),
  ];
  return all.some((s) => {
    if (rows.some((row) => row.includes(s)) || s.label === 'bar') return false;
    const middle = (s.box.y0 + s.box.y1) / 2;
    if (middle > first.y0 && middle < bottom) return boxHeight(s.box) > 0.6 * typical;
    const above = s.box.y1 <= first.y0 + 0.3 * typical && s.box.y1 > first.y0 - 1.5 * typical;
    const over = s.box.x1 > left && s.box.x0 < right;
    return above && over && (runTogether(s, typical) || (isDigit(s.label) && surelyAGlyph(s)));
  });
}

/** A blob as tall as a glyph and as wide as several: glyphs run together (a hand's "821"). */
export function runTogether(s: Sym, typical: number): boolean {
  return boxHeight(s.box) >= 0.8 * typical && boxWidth(s.box) >= 1.6 * typical;
}

/**
 * Numbers only, right edges (or decimal points) in line, and one operator, in front of the
 * last row. More than two rows are a sum (连加: the plus in front of the last addend); a
 * difference or a product is taught two rows at a time.
 */
function isColumnLayout(rows: Sym[][], all: Sym[], typical: number): boolean {
  if (rowLeftOut(rows, all, typical)) return false;
  const last = rows.length - 1;
  const rights: number[] = [];
  const points: number[] = [];
  let pointed = false;
  for (const [i, row] of rows.entries()) {
    const sorted = [...row].sort((a, b) => a.box.x0 - b.box.x0);
    const digits = i === last && OPERATOR.test(sorted[0].label) ? sorted.slice(1) : sorted;
    if (i === last && digits.length === sorted.length) return false;
    if (i === last && last > 1 && sorted[0].label !== '+') return false;
    if (digits.length === 0 || !digits.every((s) => digitReading(s) !== null)) return false;
    if (!digits.some((s) => boxHeight(s.box) > 0.6 * typical)) return false;
    rights.push(Math.max(...digits.map((s) => s.box.x1)));
    // Decimals are lined up on their points (6926 over + 31.52); a whole number's point
    // would stand just right of its last digit.
    const point = digits.find((s) => s.label === 'dot' || s.label === 'comma');
    if (point) pointed = true;
    points.push(point ? (point.box.x0 + point.box.x1) / 2 : rights[i] + 0.25 * typical);
  }
  const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
  // With a point in any row, the points line up: right edges in line over a point would be
  // a point lost from the other row (442.63 over + 371.9 read + 3719 and added). Without,
  // the right edges line up within less than a digit's width: rows a digit apart are
  // decimals lined up on points the photo lost (823.87 over − 163.6 was answered
  // 82387 − 1636; the two were 0.78 of a digit's height apart, where columns read right
  // by hand are within 0.5 but for one in twenty).
  return pointed ? spread(points) <= 0.6 * typical : spread(rights) <= 0.7 * typical;
}

/**
 * Column arithmetic's rows, read one by one, as one expression: the last row brings its
 * operator along, and rows between, which only a sum has, are added (49 over + 76 is
 * 49 + 76; 1200, 345 over + 67 is 1200 + 345 + 67).
 */
export function columnExpression(lines: { text: string; latex: string }[]): {
  text: string;
  latex: string;
} {
  const join = (parts: string[]) =>
    parts.map((part, i) => (i === 0 || i === parts.length - 1 ? part : `+ ${part}`)).join(' ');
  return { text: join(lines.map((l) => l.text)), latex: join(lines.map((l) => l.latex)) };
}

/**
 * A line that can only be a column's lower row: opening with an operator no working opens
 * with, or with a minus paired, as an "=", with the column's rule under it (one stroke many
 * times the other's length), or a minus and digits only.
 */
export function columnRowBelow(line: Sym[]): boolean {
  const [first, ...rest] = line;
  if (/^[+×±]$/.test(first.label)) return true;
  if (first.label === '=' && minusOverRule(first)) return true;
  return first.label === 'bar' && rest.length > 0 && rest.every((s) => NUMBER_PART.test(s.label));
}

/** Whether an "=" is a short stroke over (or under) one more than three times its length. */
function minusOverRule(equals: Sym): boolean {
  const widths = equals.parts.map((p) => boxWidth(p.box)).sort((a, b) => a - b);
  return widths.length === 2 && widths[1] > 3 * widths[0];
}

/**
 * Whether a bar no line holds lies under all the lines, as wide as most of them: a column's
 * rule. Lines over a rule are a column misread (its lower row's operator lost), not a
 * problem and its working: read apart, the lower row "+ 235.7" under 9265.1, its + read 1
 * and 357 run together, was answered as "12x = 1".
 */
export function ruleUnderLines(lines: Sym[][], math: Sym[]): boolean {
  const lined = lines.flat();
  const held = new Set(lined);
  const span = unionBox(lined.map((s) => s.box));
  const lowest = Math.max(...lined.map((s) => (s.box.y0 + s.box.y1) / 2));
  return math.some(
    (s) =>
      !held.has(s) &&
      s.label === 'bar' &&
      s.box.y0 > lowest &&
      boxWidth(s.box) >= 0.6 * boxWidth(span),
  );
}

/**
 * A column digit's other readings that are digits; by hand, a letter read nearly as likely
 * (CONTENDING_LETTER) too, as its shape's digit — a hand's 7 read 3 0.61, z 0.37 made 278
 * read 238, where the z is a 2 as much. (Every letter so, however unlikely, doubted many
 * columns read right: 3 of 180 by hand, 6 printed read by the hand classifier.)
 */
export function otherDigits(s: Sym, byHand: boolean): Prediction[] {
  return s.alternatives
    .map((alt) => {
      const digit = byHand && alt.p >= CONTENDING_LETTER ? digitOfShape(alt.label) : null;
      return digit ? { label: digit, p: alt.p } : alt;
    })
    .filter((alt, i, all) => alt.label !== s.label && isDigit(alt.label) && firstOf(alt, i, all));
}

/** Whether a reading is the first of its label in a list (a letter's digit may repeat one). */
function firstOf(alt: Prediction, i: number, all: Prediction[]): boolean {
  return all.findIndex((o) => o.label === alt.label) === i;
}

/** Belief at which a column digit's letter reading contends with it (otherDigits). */
const CONTENDING_LETTER = 0.3;
