import { Statement } from '../../math/expr';
import { evaluate, evaluateRational } from '../../math/evaluate';
import { Polynomial } from '../../math/polynomial';
import { Rational } from '../../math/rational';
import { Surd, surdField } from '../../math/surd';
import { parseExpression } from '../../math/parser';
import { evaluateFloat } from '../../math/evaluate';
import { toPlain } from '../../math/print';
import { AnswerCheckError } from '../errors';
import { compare } from '../linear.solver';
import { rootExpr, rootValue } from '../quadratic.solver';
import { CheckReport, QuadraticRoot, Solution } from '../solution';

/**
 * The check of a quadratic inequality against the original, not the solver's working:
 * every finite endpoint makes both sides equal (exactly, surds included); the number of
 * endpoints is the one the discriminant allows; and a test point in every region, and each
 * endpoint itself, satisfies the original exactly when the claimed set contains it.
 */
interface Interval {
  lo: number;
  hi: number;
  loClosed: boolean;
  hiClosed: boolean;
}

export function checkQuadraticInequality(s: Statement, v: string, solution: Solution): CheckReport {
  const p = Polynomial.fromExpr(s.left).sub(Polynomial.fromExpr(s.right));
  const [a, b, c] = [p.coefficient(v, 2), p.coefficient(v, 1), p.coefficient(v, 0)];
  const disc = b.mul(b).sub(Rational.of(4).mul(a).mul(c));
  const roots = solution.exactRoots ?? [];
  const expected = disc.sign() < 0 ? 0 : disc.isZero() ? 1 : 2;
  if (roots.length !== expected)
    fail(`${roots.length} boundary points, the discriminant allows ${expected}`);
  for (const root of roots)
    if (!isRoot(s, v, root)) fail(`${toPlain(rootExpr(root))} is not a boundary point`);
  const set = parseSet(solution.answer.values[0]?.value ?? null, solution.outcome);
  // Every finite endpoint is one of the roots.
  for (const i of set)
    for (const e of [i.lo, i.hi])
      if (Number.isFinite(e) && !roots.some((r) => Math.abs(rootValue(r) - e) < 1e-9))
        fail(`endpoint ${e} is not a root`);
  const holds = (x: Rational) =>
    compare(
      evaluateRational(s.left, { [v]: x }),
      s.relation,
      evaluateRational(s.right, { [v]: x }),
    );
  const inSet = (x: number) =>
    set.some(
      (i) => (x > i.lo || (i.loClosed && x === i.lo)) && (x < i.hi || (i.hiClosed && x === i.hi)),
    );
  const critical = roots.map(rootValue);
  const points = testPoints(critical);
  for (const x of points) {
    if (holds(x) !== inSet(x.toNumber()))
      fail(`the test point ${v} = ${x} disagrees with the answer`);
  }
  for (const root of roots) {
    const included = s.relation === '<=' || s.relation === '>=';
    if (inSet(rootValue(root)) !== included)
      fail(`the boundary ${toPlain(rootExpr(root))} is wrongly included`);
  }
  const shown = points.slice(0, 3);
  return {
    method: 'boundary_and_test_points',
    lines: shown.map((x) => `${v} = ${x.toString()}: \\; ${holds(x) ? '\\checkmark' : '\\times'}`),
    // `inside` only when some test point satisfies the inequality (the narration says so).
    facts: {
      variable: v,
      ...(points.some(holds) ? { inside: points.find(holds)!.toString() } : {}),
      boundary: critical.join(', '),
    },
  };
}

function fail(message: string): never {
  throw new AnswerCheckError(message);
}

function isRoot(s: Statement, v: string, root: QuadraticRoot): boolean {
  const m = root.q === 0n ? 2n : root.m;
  const value = new Surd(Rational.of(root.p, root.r), Rational.of(root.q, root.r), m);
  const field = surdField(m);
  return evaluate(s.left, field, { [v]: value })
    .sub(evaluate(s.right, field, { [v]: value }))
    .isZero();
}

/** A rational point in every region the critical points cut the line into. */
function testPoints(critical: number[]): Rational[] {
  const near = (x: number) => Rational.of(BigInt(Math.round(x * 1000)), 1000n);
  if (critical.length === 0) return [-7, 0, 3].map((x) => Rational.of(x));
  const sorted = [...critical].sort((x, y) => x - y);
  const points = [near(sorted[0] - 1)];
  for (let i = 0; i + 1 < sorted.length; i += 1) points.push(near((sorted[i] + sorted[i + 1]) / 2));
  points.push(near(sorted[sorted.length - 1] + 1));
  return points;
}

/** "(-inf, 2) U (3, inf)", "[1, 2]", "all real numbers", or no solution, as intervals. */
function parseSet(value: string | null, outcome: Solution['outcome']): Interval[] {
  if (value === null || outcome === 'no_solution') return [];
  if (value === 'all real numbers')
    return [{ lo: -Infinity, hi: Infinity, loClosed: false, hiClosed: false }];
  return value.split(/\s+U\s+/).map((part) => {
    const m = /^([[(])\s*(.+?)\s*,\s*(.+?)\s*([\])])$/.exec(part.trim());
    if (!m) fail(`cannot read the interval ${part}`);
    const end = (t: string) =>
      t === '-inf' ? -Infinity : t === 'inf' ? Infinity : evaluateFloat(parseExpression(t));
    return { lo: end(m[2]), hi: end(m[3]), loClosed: m[1] === '[', hiClosed: m[4] === ']' };
  });
}
