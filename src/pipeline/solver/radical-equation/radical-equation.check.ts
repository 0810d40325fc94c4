import { Statement } from '../../math/expr';
import { evaluateRational } from '../../math/evaluate';
import { Rational } from '../../math/rational';
import { toPlain } from '../../math/print';
import { AnswerCheckError } from '../errors';
import { sturmRealRootCount } from '../polynomial-equation/polynomial-equation.check';
import { rootExpr } from '../quadratic.solver';
import { CheckReport, QuadraticRoot, Solution } from '../solution';
import { isolateRadical } from './isolate';

/**
 * The check of a radical equation against the original: every root satisfies it exactly;
 * every rejected candidate really fails it (an extraneous root, not a lost one); and
 * kept + rejected are all the real roots of the squared equation, counted by Sturm's theorem.
 */
export function checkRadicalEquation(s: Statement, v: string, solution: Solution): CheckReport {
  const kept = solution.exactRoots ?? [];
  const rejected = solution.rejectedRoots ?? [];
  const value = (r: QuadraticRoot) => {
    if (r.q !== 0n) throw new AnswerCheckError('an irrational root cannot be checked exactly here');
    return Rational.of(r.p, r.r);
  };
  const holds = (x: Rational) =>
    evaluateRational(s.left, { [v]: x }).equals(evaluateRational(s.right, { [v]: x }));
  for (const r of kept)
    if (!holds(value(r)))
      throw new AnswerCheckError(`${toPlain(rootExpr(r))} does not satisfy the equation`);
  for (const r of rejected)
    if (holds(value(r)))
      throw new AnswerCheckError(`${toPlain(rootExpr(r))} was rejected but is a root`);
  const { radicand, other } = isolateRadical(s);
  const squared = radicand.sub(other.mul(other));
  const coefficients = Array.from({ length: squared.degree(v) + 1 }, (_, k) =>
    squared.coefficient(v, k),
  );
  const count = sturmRealRootCount(coefficients);
  const all = [...kept, ...rejected];
  if (all.length !== count)
    throw new AnswerCheckError(
      `${all.length} candidates, the squared equation has ${count} real roots`,
    );
  for (const r of all)
    if (!squared.evaluate({ [v]: value(r) }).isZero())
      throw new AnswerCheckError(`${toPlain(rootExpr(r))} is not a root of the squared equation`);
  return {
    method: 'substitution',
    lines: kept.map((r) => `${v} = ${toPlain(rootExpr(r))} \\;\\checkmark`),
    facts: {
      variable: v,
      kept: kept.map((r) => toPlain(rootExpr(r))).join(', '),
      rejected: rejected.map((r) => toPlain(rootExpr(r))).join(', '),
    },
  };
}
