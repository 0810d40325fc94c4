import { Statement } from '../../math/expr';
import { Polynomial } from '../../math/polynomial';
import { Rational } from '../../math/rational';
import { AnswerCheckError } from '../errors';
import { IntPoly, divideByLinear, rationalRoot, trim } from '../factoring/int-poly';
import { sturmRealRootCount } from '../polynomial-equation/polynomial-equation.check';
import { CheckReport, Solution } from '../solution';
import { agreeEverywhere, endpoints, holds, membership, testPoints } from '../solution-sets';
import { asFraction } from '../rational-equation/fractions';

/**
 * The check of a rational inequality with test points, sharing nothing with the sign chart:
 * the sides are cross-multiplied (N₁D₂ − N₂D₁ over D₁D₂), every real zero of either is found
 * (rational roots, and Sturm's theorem proving the rest of each polynomial has none), and at
 * each zero, each claimed endpoint, between each two and beyond both ends, the original's
 * truth (undefined counts as false) must equal membership in the answer.
 */
export function checkRationalInequality(s: Statement, v: string, solution: Solution): CheckReport {
  const left = asFraction(s.left);
  const right = asFraction(s.right);
  const cross = left.num.mul(right.den).sub(right.num.mul(left.den));
  const denominators = left.den.mul(right.den);
  const zeros = [...realZeros(cross, v), ...realZeros(denominators, v)];
  const claimed = solution.answer.values[0]?.value ?? null;
  const { boundaries: points, inside } = testPoints([...zeros, ...endpoints(claimed)]);
  const tests = [...points, ...inside];
  const inSet = membership(claimed);
  const at = (p: Polynomial, x: Rational) => p.evaluate({ [v]: x });
  // Undefined (a denominator zero) counts as false.
  const truth = (x: Rational) =>
    !at(left.den, x).isZero() &&
    !at(right.den, x).isZero() &&
    holds(
      at(left.num, x)
        .div(at(left.den, x))
        .sub(at(right.num, x).div(at(right.den, x))),
      s.relation,
    );
  agreeEverywhere(tests, truth, inSet, v);
  return {
    method: 'boundary_and_test_points',
    lines: [...inside]
      .sort((a, b) => a.compare(b))
      .map((x) => `${v} = ${x.toString()}: \\; ${inSet(x) ? '\\checkmark' : '\\times'}`)
      .slice(0, 4),
    facts: { variable: v, points: String(tests.length), boundaries: points.join(', ') },
  };
}

/** Every real zero of p: its rational roots, and a proof (Sturm) that no other is real. */
function realZeros(p: Polynomial, v: string): Rational[] {
  const degree = p.degree(v);
  if (degree < 1) return [];
  const scaled = p.scale(Rational.of(p.denominatorLcm()));
  let q: IntPoly = trim(Array.from({ length: degree + 1 }, (_, k) => scaled.coefficient(v, k).num));
  const roots: Rational[] = [];
  for (;;) {
    if (q.length < 2) break;
    const r = rationalRoot(q);
    if (!r) break;
    roots.push(Rational.of(r.r, r.q));
    q = divideByLinear(q, r.q, r.r)!;
  }
  if (q.length > 2 && sturmRealRootCount(q.map((c) => Rational.of(c))) > 0)
    throw new AnswerCheckError('an irrational boundary cannot be checked exactly here');
  return roots;
}
