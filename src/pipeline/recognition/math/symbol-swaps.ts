import { RecognizedSymbol } from '../recognizer';
import { Component } from './components';
import { isDigit, letterPrior, lookAlikes, readingPrior, shapeAsRead } from './glyph-classes';
import { LabelOverrides, displayLabel } from './math-text';
import { otherDigits } from './column-arithmetic';
import { MathNode } from './structure';
import { leaves } from './math-nodes';
import { Sym, probabilityOf } from './symbols';
import { onesAmongBars } from './bar-pairs';
import { perturbedBlobs } from './steady-shapes';
import { straightStroke } from './straight-stroke';

/**
 * Which other labels a reading's unsure symbols take: each reading of a formula is a set of
 * label overrides on the classifier's first choices (alternativeReadings), and a symbol as a
 * reading has it carries the belief in its label and in its shape (symbolAsRead).
 */

/** A symbol below this probability is offered to the solver with its runner-up readings. */
export const UNSURE = 0.85;
export const MAX_READINGS = 12;
/** The least probability at which a look-alike (or an unlikely letter's runner-up) is offered. */
const LOOK_ALIKE_FLOOR = 0.003;

/**
 * The other labels an unsure symbol is offered with, likeliest first, each with the
 * log-odds a reading gains by it (unlikely letters counting against): its two runners-up,
 * and any look-alike of the first choice however unlikely the classifier finds it — which
 * of one shape a hand meant (9 or q) is the context's call. An unlikely letter's runners-up
 * are offered however unlikely too, so they may cast doubt: a hand's sideways 8 read z
 * (0.91; 2 at 0.02) also reads as 3, and "8cm" is refused, not answered as 2cm. By hand, a
 * runner-up's look-alikes are offered so too: a hand's 5 read 3 at 0.64, s 0.33 (5 at 0.02)
 * made 4528 ÷ 8 read 4328 ÷ 8, its 5 never offered. (Print's runners-up are its fonts'
 * look-alikes: a 9's o offered as 0 doubted 499 × 2 and three more printed columns.)
 * A column's digit is offered as other digits only (otherDigits), its two likeliest: a
 * letter makes no column, and letters took the swaps a digit needed (965 read 969, its 9
 * 0.67 and 3 0.05).
 */
function swapsOf(s: Sym, byHand: boolean, inColumn: boolean): { label: string; gain: number }[] {
  // Letters only: the absolute-value bar's runners-up ({, ]) would doubt every |x − 2|.
  const rare = letterPrior(s.label) < 0;
  const others = inColumn && isDigit(s.label) ? otherDigits(s, byHand) : s.alternatives.slice(1);
  const runnersUp = byHand ? others.slice(0, 2).filter((alt) => alt.p >= 0.03) : [];
  return others
    .filter((alt, k) =>
      lookAlikes(alt.label, s.label) ||
      (rare && k < 2) ||
      runnersUp.some((r) => lookAlikes(alt.label, r.label))
        ? alt.p >= LOOK_ALIKE_FLOOR
        : k < 2 && alt.p >= 0.03,
    )
    .map((alt) => ({
      label: alt.label,
      gain: Math.log(alt.p / s.confidence) + readingPrior(alt.label) - readingPrior(s.label),
    }))
    .sort((a, b) => b.gain - a.gain);
}

/**
 * A symbol as one reading has it: a swapped symbol carries its runner-up's (low)
 * probability; its shape, the belief in it with its look-alikes counted.
 */
export function symbolAsRead(
  s: Sym,
  overrides: LabelOverrides,
  settled: LabelOverrides,
  steady: (s: Sym, label: string, shape: number) => number,
): RecognizedSymbol {
  const label = overrides.get(s) ?? s.label;
  // A mark read as nothing (a glyph's broken-off piece) is no symbol to be unsure of: the
  // doubt it leaves is the reading that keeps it, a rival of its own.
  if (label === 'stray') return { text: displayLabel(label), confidence: 1, shape: 1 };
  // A dot read as a point or a product is still the dot the classifier saw; so is a stroke
  // the line makes a 1 where a slash cannot stand, or any symbol the line settles.
  const p =
    overrides.has(s) && s.label !== 'dot' && settled.get(s) !== label
      ? probabilityOf(label, s)
      : s.confidence;
  const read = shapeAsRead(label, p, s);
  const shape = settled.get(s) === label ? read : steady(s, label, read);
  return {
    text: displayLabel(label),
    confidence: Number(p.toFixed(3)),
    shape: Number(shape.toFixed(3)),
  };
}

/**
 * A symbol's shape belief, lowered to its mean over the blob and the blob as a slightly
 * thicker or thinner pen or a slightly turned hand would have left it (steady-shapes.ts): a
 * shape whose reading flips with a pixel of pen is a guess, however sure the one reading was.
 * Only lowered: a shape the perturbed blobs read better is still the one the page shows.
 */
export function steadyShapes(
  classify: (c: Component) => Sym,
  // Each symbol's copies as read, once for every reading that asks (null: not perturbed).
  reads: Map<Sym, Sym[] | null>,
): (s: Sym, label: string, shape: number) => number {
  return (s, label, shape) => {
    if (shape >= SURE_SHAPE || s.parts.length !== 1 || UNSTEADIED.has(label)) return shape;
    let perturbed = reads.get(s);
    if (perturbed === undefined) {
      // A lone straight stroke (1, l, /, |) is told by its slant and length, which turning
      // and thickening change by design: no perturbation of it is the same shape.
      perturbed = straightStroke(s.parts[0]) ? null : perturbedBlobs(s.parts[0]).map(classify);
      reads.set(s, perturbed);
    }
    if (!perturbed) return shape;
    const shapes = perturbed.map((r) => shapeAsRead(label, probabilityOf(label, r), r));
    return Math.min(shape, (shape + shapes.reduce((a, b) => a + b, 0)) / (1 + shapes.length));
  };
}

/** A shape read this surely is not perturbed: the check costs four classifications a symbol. */
const SURE_SHAPE = 0.95;

/** Marks read by their place and size more than their shape: left as the classifier saw them. */
const UNSTEADIED = new Set(['dot', 'comma', 'bar', 'prime', 'stray']);

/**
 * A comma between digits that is no thousands separator (not followed by exactly three
 * digits): a point read as a comma (23,7), or a decimal comma; either way its point
 * reading is offered.
 */
export function decimalComma(symbols: Sym[], i: number): boolean {
  const digit = (s?: Sym) => s !== undefined && isDigit(s.label);
  if (symbols[i].label !== 'comma' || !digit(symbols[i - 1]) || !digit(symbols[i + 1]))
    return false;
  let after = 0;
  while (digit(symbols[i + 1 + after])) after += 1;
  return after !== 3;
}

/**
 * The bars each line must read as 1s for its absolute values to pair up (onesAmongBars): the
 * first choice of every line, then each other choice of one line; as label overrides.
 */
export function barsAsOnes(rows: MathNode[][]): LabelOverrides[] {
  const choices = rows.map((row) => onesAmongBars(leaves(row)));
  const asOnes = (bars: Sym[]) => bars.map((b): [Sym, string] => [b, '1']);
  const first = choices.flatMap((c) => asOnes(c[0]));
  const others = choices.flatMap((c, row) =>
    c
      .slice(1)
      .map((bars) => [
        ...choices.flatMap((o, k) => (k === row ? [] : asOnes(o[0]))),
        ...asOnes(bars),
      ]),
  );
  return [first, ...others].map((pairs) => new Map(pairs));
}

/**
 * The first reading (with its lines' bars read as the 1s they must be, and each other such
 * choice), then readings where unsure symbols (the four closest calls) take their other
 * labels, ordered by how likely the classifier finds them, unlikely letters counting against.
 */
export function alternativeReadings(
  symbols: Sym[],
  starts: LabelOverrides[],
  { byHand, inColumn, unsteady }: { byHand: boolean; inColumn: boolean; unsteady: Set<Sym> },
): LabelOverrides[] {
  const decided = new Set(starts.flatMap((o) => [...o.keys()]));
  // A rare letter or a bar | is doubted however sure the classifier is: an l in 1/2 is a misread 1.
  const unsure = symbols
    .filter(
      (s, i) =>
        s.parts.length === 1 &&
        !decided.has(s) &&
        (s.confidence < UNSURE ||
          unsteady.has(s) ||
          readingPrior(s.label) < 0 ||
          decimalComma(symbols, i)),
    )
    .map((s) => ({ s, swaps: swapsOf(s, byHand, inColumn) }))
    .filter(({ swaps }) => swaps.length > 0)
    // The closest calls first: a z the classifier gave 0.9 and a 2 0.1 is likelier a 2.
    .sort((a, b) => b.swaps[0].gain - a.swaps[0].gain)
    .slice(0, 4);
  const options = starts.map((overrides) => ({ overrides, logP: 0 }));
  for (const { s, swaps } of unsure) {
    const extended: typeof options = [];
    for (const o of options) {
      for (const { label, gain } of swaps) {
        const overrides = new Map(o.overrides);
        overrides.set(s, label);
        extended.push({ overrides, logP: o.logP + gain });
      }
    }
    options.push(...extended);
  }
  return options
    .sort((a, b) => b.logP - a.logP)
    .slice(0, MAX_READINGS)
    .map((o) => o.overrides);
}
