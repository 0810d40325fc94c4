import { Expr } from '../../math/expr';
import { evaluateRational } from '../../math/evaluate';
import { parseExpression } from '../../math/parser';
import { Polynomial } from '../../math/polynomial';
import { Rational } from '../../math/rational';
import { numberToLatex } from '../../math/print';
import { AnswerCheckError } from '../errors';
import { CheckReport, Solution } from '../solution';
import { Poly, polynomialGcd, trimPoly } from '../polynomial-equation/polynomial-equation.check';
import { asFraction } from '../rational-equation/fractions';

/** Exact sample points, none a likely zero of a school denominator. */
const POINTS = [
  Rational.of(3, 7),
  Rational.of(11, 5),
  Rational.of(-5, 3),
  Rational.of(7, 2),
  Rational.of(-13, 4),
];

/**
 * The check of a simplified rational expression, without factoring: it equals the
 * original exactly at sample points where both are defined, and its numerator and
 * denominator share no factor (their greatest common divisor, by Euclid, is a constant).
 */
export function checkRationalExpression(
  original: Expr,
  v: string,
  solution: Solution,
): CheckReport {
  const claimed = parseExpression(solution.answer.values[0].value);
  let shown: { x: Rational; value: Rational } | null = null;
  let checked = 0;
  for (const x of POINTS) {
    let want: Rational;
    try {
      want = evaluateRational(original, { [v]: x });
    } catch {
      continue; // a zero of a denominator
    }
    let got: Rational;
    try {
      got = evaluateRational(claimed, { [v]: x });
    } catch {
      throw new AnswerCheckError(`the answer is undefined at ${v} = ${x}, the original is not`);
    }
    if (!got.equals(want)) throw new AnswerCheckError(`the answer differs at ${v} = ${x}`);
    checked += 1;
    shown ??= { x, value: want };
  }
  if (checked < 3 || !shown) throw new AnswerCheckError('too few points to compare at');
  const { num, den } = asFraction(claimed);
  const dense = (p: Polynomial): Poly =>
    Array.from({ length: p.degree(v) + 1 }, (_, k) => p.coefficient(v, k));
  if (!num.isZero() && trimPoly(polynomialGcd(dense(num), dense(den))).length > 1)
    throw new AnswerCheckError('numerator and denominator still share a factor');
  const at = `${v} = ${numberToLatex(shown.x, 'fraction')}`;
  return {
    method: 'identity',
    lines: [`${at}: \\; ${numberToLatex(shown.value, 'fraction')}`],
    facts: { point: `${v} = ${shown.x.toString()}`, value: shown.value.toString() },
  };
}
