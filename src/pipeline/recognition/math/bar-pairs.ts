import { Sym } from './symbols';
import { isRelation } from './glyph-classes';

/** Labels no absolute value ends with (a minus may open one: |−x|). */
const TRAILING = new Set(['+', '×', '÷', '/', 'bar', '±', 'dot', 'comma', '·']);
/** More bars than this on one line are not tried subset by subset: all of them are strokes. */
const MOST_BARS = 10;

/**
 * A plain upright stroke is a 1 or an absolute-value bar, and only the line says which: bars
 * come in pairs around something that is no relation and does not end in an operator. A
 * hand's 1 without a flag reads | however sure the classifier is ("||y = |0y − 7" is
 * 11y = 10y − 7). Returns the fewest bars of the line (symbols left to right) that must be
 * 1s for the rest to pair up — every such choice, so that two equally good ones make the
 * photo doubted rather than guessed. An empty choice first when the bars already pair.
 */
export function onesAmongBars(line: Sym[]): Sym[][] {
  const bars = line.filter((s) => s.label === '|');
  if (bars.length === 0 || pairsUp(line, new Set())) return [[]];
  if (bars.length > MOST_BARS) return [bars];
  for (let ones = 1; ones <= bars.length; ones += 1) {
    const found = subsets(bars, ones).filter((set) => pairsUp(line, new Set(set)));
    if (found.length) return found;
  }
  return [bars];
}

/** Whether the line's bars, less those read as 1s, pair up left to right around terms. */
function pairsUp(line: Sym[], ones: Set<Sym>): boolean {
  const at = line.flatMap((s, i) => (s.label === '|' && !ones.has(s) ? [i] : []));
  if (at.length % 2 === 1) return false;
  for (let k = 0; k < at.length; k += 2) {
    const inside = line.slice(at[k] + 1, at[k + 1]).map((s) => (ones.has(s) ? '1' : s.label));
    if (inside.length === 0 || inside.some(isRelation)) return false;
    if (TRAILING.has(inside[inside.length - 1])) return false;
    if (inside[0] !== 'bar' && TRAILING.has(inside[0])) return false;
  }
  return true;
}

/** Every way of choosing `size` of the items, in order. */
function subsets<T>(items: T[], size: number, from = 0): T[][] {
  if (size === 0) return [[]];
  const out: T[][] = [];
  for (let i = from; i <= items.length - size; i += 1)
    for (const rest of subsets(items, size - 1, i + 1)) out.push([items[i], ...rest]);
  return out;
}
