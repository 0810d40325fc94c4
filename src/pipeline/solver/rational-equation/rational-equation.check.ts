import { Statement } from '../../math/expr';
import { Polynomial } from '../../math/polynomial';
import { Rational } from '../../math/rational';
import { toLatex, toPlain } from '../../math/print';
import { AnswerCheckError } from '../errors';
import {
  Poly,
  polynomialGcd as gcd,
  sturmRealRootCount,
  trimPoly,
} from '../polynomial-equation/polynomial-equation.check';
import { rootExpr } from '../quadratic.solver';
import { CheckReport, QuadraticRoot, Solution } from '../solution';
import { asFraction, writtenDenominators } from './fractions';

/**
 * The check of a fractional equation against the original, sharing nothing with the
 * solver's lowest common denominator: each side is one fraction N/D (cross-multiplied, not
 * reduced). Every root makes both denominators non-zero and both sides equal, exactly;
 * every rejected root makes a denominator zero; and the number of solutions is the number
 * of distinct real roots of N₁D₂ − N₂D₁ that are not roots of D₁D₂ (Sturm's theorem on it
 * and on its greatest common divisor with D₁D₂), so no root was lost or invented.
 */
export function checkRationalEquation(s: Statement, v: string, solution: Solution): CheckReport {
  const left = asFraction(s.left);
  const right = asFraction(s.right);
  const kept = solution.exactRoots ?? [];
  const rejected = solution.rejectedRoots ?? [];
  const value = (r: QuadraticRoot) => {
    if (r.q !== 0n) throw new AnswerCheckError('an irrational root cannot be checked exactly here');
    return Rational.of(r.p, r.r);
  };
  const at = (p: Polynomial, x: Rational) => p.evaluate({ [v]: x });
  for (const r of kept) {
    const x = value(r);
    const [dl, dr] = [at(left.den, x), at(right.den, x)];
    if (dl.isZero() || dr.isZero())
      throw new AnswerCheckError(`${toPlain(rootExpr(r))} makes a denominator zero`);
    if (!at(left.num, x).div(dl).equals(at(right.num, x).div(dr)))
      throw new AnswerCheckError(`${toPlain(rootExpr(r))} does not satisfy the equation`);
  }
  for (const r of rejected) {
    const x = value(r);
    if (!at(left.den, x).isZero() && !at(right.den, x).isZero())
      throw new AnswerCheckError(`${toPlain(rootExpr(r))} was rejected but keeps the denominators`);
  }
  const cross = left.num.mul(right.den).sub(right.num.mul(left.den));
  // An identity (x/x = 1) has no roots to count: every allowed value solves it.
  if (cross.isZero()) throw new AnswerCheckError('the equation holds wherever it is defined');
  const denominators = left.den.mul(right.den);
  const dense = (p: Polynomial): Poly =>
    Array.from({ length: p.degree(v) + 1 }, (_, k) => p.coefficient(v, k));
  const count = realRoots(dense(cross)) - realRoots(gcd(dense(cross), dense(denominators)));
  if (kept.length !== count)
    throw new AnswerCheckError(`${kept.length} roots claimed, the equation has ${count}`);
  return {
    method: 'substitution',
    lines: [
      ...kept.map((r) => `${v} = ${toLatex(rootExpr(r))} \\;\\checkmark`),
      // A rejected root is shown with the denominator it makes zero.
      ...rejected.map((r) => {
        const zero = [s.left, s.right].flatMap(writtenDenominators).find((d) =>
          asFraction(d)
            .num.evaluate({ [v]: value(r) })
            .isZero(),
        );
        return `${v} = ${toLatex(rootExpr(r))}: \\; ${zero ? toLatex(zero) : '\\text{denominator}'} = 0 \\;\\times`;
      }),
    ].slice(0, 4),
    facts: {
      variable: v,
      kept: kept.map((r) => toPlain(rootExpr(r))).join(', '),
      rejected: rejected.map((r) => toPlain(rootExpr(r))).join(', '),
    },
  };
}

/** Distinct real roots; a constant has none (Sturm's chain needs a degree). */
function realRoots(p: Poly): number {
  return trimPoly(p).length < 2 ? 0 : sturmRealRootCount(p);
}
