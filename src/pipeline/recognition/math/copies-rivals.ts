import { isDigit } from './glyph-classes';
import { Sym, probabilityOf } from './symbols';

/** The mean probability from which a digit the copies read is a rival. */
const COPIES_RIVAL = 0.05;

/**
 * For the two digits of a hand their perturbed copies (steady-shapes.ts) doubt most — shape
 * under `unsure` — each other digit the mean of their readings gives at least COPIES_RIVAL,
 * as [symbol, digit]: readings of the line to set against the one read. Digits only: another
 * digit still makes a problem, and a wrong answer, where another letter or operator mostly
 * makes none (x² + x + 1 had been doubted as x²·f·x + 1, its + read f by a copy).
 */
export function digitsTheCopiesRead(
  symbols: Sym[],
  copies: ReadonlyMap<Sym, Sym[] | null>,
  shapeOf: (s: Sym) => number,
  unsure: number,
): [Sym, string][] {
  return (
    symbols
      .filter((s) => isDigit(s.label))
      // Perturbed (and `copies` filled) as its shape is asked, unless read surely.
      .map((s) => ({ s, shape: shapeOf(s) }))
      .filter(({ s, shape }) => shape < unsure && copies.get(s))
      .sort((a, b) => a.shape - b.shape)
      .slice(0, 2)
      .flatMap(({ s }) =>
        meanReading(s, copies.get(s) ?? [])
          .slice(1)
          .filter((a) => a.p >= COPIES_RIVAL && isDigit(a.label))
          .map((a): [Sym, string] => [s, a.label]),
      )
  );
}

/**
 * A symbol's labels as the mean of its own reading and its copies': each label's
 * probability averaged, its own label first (the one the page reads), the others in order.
 */
export function meanReading(s: Sym, copies: Sym[]): { label: string; p: number }[] {
  const reads = [s, ...copies];
  const mean = (label: string) =>
    reads.reduce((sum, r) => sum + probabilityOf(label, r), 0) / reads.length;
  const others = [...new Set(reads.flatMap((r) => r.alternatives.map((a) => a.label)))]
    .filter((label) => label !== s.label)
    .map((label) => ({ label, p: mean(label) }))
    .sort((a, b) => b.p - a.p);
  return [{ label: s.label, p: mean(s.label) }, ...others];
}
