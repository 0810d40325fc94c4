import { Relation } from '../math/expr';
import { Rational } from '../math/rational';
import { AnswerCheckError } from './errors';

/**
 * Solution sets as answer.values writes them (product.md: "(-inf, 1] U [3, inf)", "[2, 2]",
 * "all real numbers"), for the checkers that test an inequality's answer point by point.
 */
export function membership(value: string | null): (x: Rational) => boolean {
  if (value === null) return () => false;
  if (value === 'all real numbers') return () => true;
  const parts = value.split(/\s+U\s+/).map((part) => {
    const m = /^([[(])\s*([^,]+),\s*([^\])]+)([\])])$/.exec(part.trim());
    if (!m) throw new AnswerCheckError(`cannot read the answer "${part}"`);
    const lo = m[2].trim() === '-inf' ? null : Rational.parse(m[2].trim());
    const hi = m[3].trim() === 'inf' ? null : Rational.parse(m[3].trim());
    return (x: Rational) =>
      (lo === null || (m[1] === '[' ? x.compare(lo) >= 0 : x.compare(lo) > 0)) &&
      (hi === null || (m[4] === ']' ? x.compare(hi) <= 0 : x.compare(hi) < 0));
  });
  return (x) => parts.some((inside) => inside(x));
}

/** The finite ends of the set's intervals. */
export function endpoints(value: string | null): Rational[] {
  if (!value || value === 'all real numbers') return [];
  return [...value.matchAll(/-?\d+(?:\/\d+)?/g)].map((m) => Rational.parse(m[0]));
}

/** Whether "difference relation 0" holds. */
export function holds(difference: Rational, relation: Relation): boolean {
  const d = difference.sign();
  return { '=': d === 0, '<': d < 0, '>': d > 0, '<=': d <= 0, '>=': d >= 0 }[relation];
}

export function uniqueSorted(xs: Rational[]): Rational[] {
  return [...xs]
    .sort((a, b) => a.compare(b))
    .filter((x, i, all) => i === 0 || !x.equals(all[i - 1]));
}

const midpoint = (a: Rational, b: Rational) => a.add(b).div(Rational.of(2));

/**
 * The points at which an inequality's answer is tested: every boundary, one point inside
 * each stretch between two (by `between`) and one beyond each end. A union of intervals
 * whose ends are among the boundaries is fixed by its truth at these points.
 */
export function testPoints(
  boundaries: Rational[],
  between: (a: Rational, b: Rational) => Rational = midpoint,
): { boundaries: Rational[]; inside: Rational[] } {
  const points = uniqueSorted(boundaries);
  const inside = points.slice(1).map((x, i) => between(points[i], x));
  inside.push(
    (points[0] ?? Rational.ZERO).sub(Rational.ONE),
    (points[points.length - 1] ?? Rational.ZERO).add(Rational.ONE),
  );
  return { boundaries: points, inside };
}

/** Fails the check at the first point where the original's truth and the answer disagree. */
export function agreeEverywhere(
  points: Rational[],
  truth: (x: Rational) => boolean,
  inSet: (x: Rational) => boolean,
  v: string,
): void {
  for (const x of points)
    if (truth(x) !== inSet(x))
      throw new AnswerCheckError(
        `at ${v} = ${x} the inequality is ${truth(x)}, the answer says ${inSet(x)}`,
      );
}
