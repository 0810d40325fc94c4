import { boxHeight } from './components';
import { isDigit } from './glyph-classes';
import { MathNode } from './structure';
import type { Sym } from './symbols';

/**
 * Digits are spaced evenly within a number: two digits on a row further apart than a digit
 * is tall are two numbers whose operator or bracket was lost (3)1623 with the bracket cut
 * off at the photo's edge read 31623) — in print always, and in any reading when the gap is
 * three times the row's usual gap between digits (a hand spaces its digits as it pleases,
 * but evenly: 3.00000001 written with small, wide-set zeros). The two digits, if any.
 */
export function digitsFarApart(row: MathNode[], print: boolean): [string, string] | null {
  const pairs: { a: Sym; b: Sym; gap: number; height: number }[] = [];
  for (let i = 1; i < row.length; i += 1) {
    const [a, b] = [row[i - 1], row[i]];
    if (a.kind !== 'sym' || b.kind !== 'sym' || !isDigit(a.sym.label) || !isDigit(b.sym.label))
      continue;
    const height = Math.max(boxHeight(a.box), boxHeight(b.box));
    pairs.push({ a: a.sym, b: b.sym, gap: b.box.x0 - a.box.x1, height });
  }
  const far = pairs.find(({ gap, height }, k) => {
    if (gap <= height) return false;
    const others = pairs
      .filter((_, j) => j !== k)
      .map((p) => Math.max(0, p.gap))
      .sort((x, y) => x - y);
    return print || (others.length > 0 && gap > 3 * others[Math.floor(others.length / 2)]);
  });
  return far ? [far.a.label, far.b.label] : null;
}
