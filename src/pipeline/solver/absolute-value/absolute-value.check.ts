import { Expr, Relation, Statement } from '../../math/expr';
import { evaluateRational } from '../../math/evaluate';
import { Polynomial } from '../../math/polynomial';
import { Rational } from '../../math/rational';
import { toLatex, toPlain } from '../../math/print';
import { AnswerCheckError } from '../errors';
import { CheckReport, Solution } from '../solution';
import {
  agreeEverywhere,
  endpoints,
  holds,
  membership,
  testPoints,
  uniqueSorted,
} from '../solution-sets';

/**
 * The check of an absolute value problem, sharing nothing with the case split: both sides
 * are linear between the points where an absolute value's inside is zero, so on each such
 * piece the difference of the sides is found exactly from two points of the piece, and its
 * root (if it has one there) is exact. Equations: those roots must be the claimed ones.
 * Inequalities: at every boundary, every root, every claimed endpoint, between each two and
 * beyond both ends, the original's truth must equal membership in the claimed set.
 */
export function checkAbsoluteValue(s: Statement, v: string, solution: Solution): CheckReport {
  const f = (x: Rational) =>
    evaluateRational(s.left, { [v]: x }).sub(evaluateRational(s.right, { [v]: x }));
  const breaks = uniqueSorted(absArguments(s).map((a) => zeroOf(a, v)));
  const roots: Rational[] = [];
  const edges = [null, ...breaks, null];
  for (let i = 0; i + 1 < edges.length; i += 1) {
    const [lo, hi] = [edges[i], edges[i + 1]];
    const [p, q] = twoPointsIn(lo, hi);
    const slope = f(q).sub(f(p)).div(q.sub(p));
    const intercept = f(p).sub(slope.mul(p));
    if (slope.isZero()) {
      if (intercept.isZero() && s.relation === '=')
        throw new AnswerCheckError('every number of a stretch is a solution');
      continue;
    }
    const x = intercept.neg().div(slope);
    if ((lo === null || x.compare(lo) >= 0) && (hi === null || x.compare(hi) <= 0)) roots.push(x);
  }
  const found = uniqueSorted(roots);

  if (s.relation === '=') {
    const claimed = uniqueSorted(solution.answer.values.map((a) => Rational.parse(a.value)));
    if (claimed.length !== found.length || claimed.some((c, i) => !c.equals(found[i])))
      throw new AnswerCheckError(
        `claimed ${claimed.join(', ') || 'none'}, the pieces give ${found.join(', ') || 'none'}`,
      );
    return {
      method: 'substitution',
      lines: found.map((x) => `${v} = ${toPlain(numberExpr(x))} \\;\\checkmark`).slice(0, 4),
      facts: { variable: v, roots: found.map(String).join(', '), count: String(found.length) },
    };
  }

  const claimed = solution.answer.values[0]?.value ?? null;
  const inSet = membership(claimed);
  const { boundaries: points, inside } = testPoints(
    [...breaks, ...found, ...endpoints(claimed)],
    pointBetween,
  );
  const tests = [...points, ...inside];
  agreeEverywhere(tests, (x) => holds(f(x), s.relation), inSet, v);
  // On the board: one point inside each stretch between boundaries, worked out.
  const shown = [...inside].sort((a, b) => a.compare(b));
  const side = (e: Expr, x: Rational) => toLatex(numberExpr(evaluateRational(e, { [v]: x })));
  return {
    method: 'boundary_and_test_points',
    lines: shown
      .map((x) => {
        const truth = holds(f(x), s.relation);
        const rel = (truth ? SYMBOL : NEGATED)[s.relation];
        return `${v} = ${toLatex(numberExpr(x))}: \\; ${toLatex(s.left)} = ${side(s.left, x)} ${rel} ${side(s.right, x)} \\; ${truth ? '\\checkmark' : '\\times'}`;
      })
      .slice(0, 4),
    facts: { variable: v, points: String(tests.length), boundaries: points.map(String).join(', ') },
  };
}

const SYMBOL: Record<Relation, string> = {
  '=': '=',
  '<': '<',
  '>': '>',
  '<=': '\\le',
  '>=': '\\ge',
};
const NEGATED: Record<Relation, string> = {
  '=': '\\ne',
  '<': '\\ge',
  '>': '\\le',
  '<=': '>',
  '>=': '<',
};

/** A whole number strictly between lo and hi, the nearest to the middle; else the middle. */
function pointBetween(lo: Rational, hi: Rational): Rational {
  const middle = lo.add(hi).div(Rational.of(2));
  const whole = Rational.of(middle.num / middle.den);
  for (const x of [whole, whole.add(Rational.ONE), whole.sub(Rational.ONE)])
    if (x.compare(lo) > 0 && x.compare(hi) < 0) return x;
  return middle;
}

function absArguments(s: Statement): Expr[] {
  const walk = (e: Expr): Expr[] =>
    e.type === 'call'
      ? [...(e.fn === 'abs' ? [e.arg] : []), ...walk(e.arg)]
      : e.type === 'bin'
        ? [...walk(e.left), ...walk(e.right)]
        : e.type === 'neg'
          ? walk(e.arg)
          : [];
  return [...walk(s.left), ...walk(s.right)];
}

function zeroOf(e: Expr, v: string): Rational {
  const p = Polynomial.fromExpr(e);
  if (p.degree(v) !== 1 || p.variables().some((x) => x !== v))
    throw new AnswerCheckError('an absolute value of a non-linear expression');
  return p.coefficient(v, 0).neg().div(p.coefficient(v, 1));
}

/** Two distinct points strictly inside a piece (an end may be infinite). */
function twoPointsIn(lo: Rational | null, hi: Rational | null): [Rational, Rational] {
  if (lo === null && hi === null) return [Rational.ZERO, Rational.ONE];
  if (lo === null) return [hi!.sub(Rational.of(2)), hi!.sub(Rational.ONE)];
  if (hi === null) return [lo.add(Rational.ONE), lo.add(Rational.of(2))];
  const third = hi.sub(lo).div(Rational.of(3));
  return [lo.add(third), hi.sub(third)];
}

function numberExpr(x: Rational): Expr {
  return { type: 'num', value: x, style: x.isInteger() ? 'integer' : 'fraction' };
}
