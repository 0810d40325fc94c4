import { Expr, Relation, Statement, flipRelation, num, variable } from '../../math/expr';
import { Polynomial } from '../../math/polynomial';
import { Rational } from '../../math/rational';
import { statementToLatex, toLatex } from '../../math/print';
import { UnsupportedProblemError } from '../errors';
import { rationalRoot } from '../quadratic.solver';
import { solutionSet } from '../quadratic-inequality/quadratic-inequality.solver';
import { Solution, SolutionStep } from '../solution';
import { rootsSolution } from '../roots-answer';

/** Stands for |A| while the rest of the statement is read as a polynomial. */
const PLACEHOLDER = '__abs';

type Linear = { slope: Rational; intercept: Rational };

/**
 * Absolute value equations and inequalities as taught (one |A| with A linear):
 * - a|A| + b = c·x + d is first written |A| = B;
 * - |A| = c: A = c or A = −c (c > 0), A = 0 (c = 0), nothing (c < 0): the numbers at
 *   distance c from 0 on the number line;
 * - |A| = B with B depending on x: A = B or A = −B, and each root kept only if B ≥ 0 there;
 * - |A| = |B|: A = B or A = −B;
 * - |A| < c: −c < A < c; |A| > c: A < −c or A > c (≤ and ≥ alike).
 */
export function solveAbsoluteValue(statement: Statement, v: string): Solution {
  const base = { kind: 'absolute_value' as const, problemLatex: statementToLatex(statement) };
  const both = absCalls(statement.left).length === 1 && absCalls(statement.right).length === 1;
  if (both && statement.relation === '=' && isBare(statement.left) && isBare(statement.right))
    return bothSides(statement, v, base);

  const calls = [...absCalls(statement.left), ...absCalls(statement.right)];
  if (calls.length !== 1)
    throw new UnsupportedProblemError('not_supported', 'more than one absolute value');
  const inner = linearIn(calls[0].arg, v);
  if (!inner || inner.slope.isZero())
    throw new UnsupportedProblemError(
      'not_supported',
      'an absolute value of a non-linear expression',
    );

  // a·u + β(x) rel 0 with u = |A|: |A| rel −β/a (flipped when a < 0).
  const replace = (e: Expr) => replaceAbs(e, calls[0]);
  const p = Polynomial.fromExpr(replace(statement.left)).sub(
    Polynomial.fromExpr(replace(statement.right)),
  );
  const a = p.coefficient(PLACEHOLDER, 1);
  if (a.isZero() || p.degree(PLACEHOLDER) !== 1 || p.degree(v) > 1)
    throw new UnsupportedProblemError('not_supported', 'this absolute value problem');
  const rest = p.sub(Polynomial.variable(PLACEHOLDER).scale(a)).scale(Rational.of(-1).div(a));
  if (rest.variables().some((x) => x !== v) || rest.degree(PLACEHOLDER) > 0)
    throw new UnsupportedProblemError('not_supported', 'this absolute value problem');
  const relation = a.sign() < 0 ? flipRelation(statement.relation) : statement.relation;
  const absExpr = calls[0];
  const isolated: Statement = { left: absExpr, relation, right: rest.toExpr() };
  const steps: SolutionStep[] = [];
  if (statementToLatex(isolated) !== statementToLatex(statement))
    steps.push({
      action: { type: 'isolate_abs' },
      latex: statementToLatex(isolated),
      state: { kind: 'none' },
    });

  const c = rest.constantValue();
  const A = toLatex(calls[0].arg);
  if (c === null) {
    if (relation !== '=')
      throw new UnsupportedProblemError(
        'not_supported',
        'an absolute value inequality with x on both sides',
      );
    return againstExpression(v, inner, rest, steps, base, A);
  }

  const cl = toLatex(num(c));
  const negCl = toLatex(num(c.neg()));
  // The roots of |A| = c, which bound the solution set of every relation.
  const roots =
    c.sign() < 0
      ? []
      : c.isZero()
        ? [solveLinear(inner, Rational.ZERO)]
        : [solveLinear(inner, c.neg()), solveLinear(inner, c)].sort((x, y) => x.compare(y));
  const rootsLatex = roots.map((r) => `${v} = ${toLatex(num(r))}`);

  if (relation === '=') {
    if (c.sign() > 0)
      steps.push(
        {
          action: { type: 'abs_cases', value: cl, how: 'equal' },
          latex: `${A} = ${cl} \\quad \\text{or} \\quad ${A} = ${negCl}`,
          state: { kind: 'none' },
        },
        {
          action: { type: 'abs_solve' },
          latex: rootsLatex.join(' \\quad \\text{or} \\quad '),
          state: { kind: 'none' },
        },
      );
    else if (c.isZero())
      steps.push(
        {
          action: { type: 'abs_cases', value: cl, how: 'equal' },
          latex: `${A} = 0`,
          state: { kind: 'none' },
        },
        { action: { type: 'abs_solve' }, latex: rootsLatex[0], state: { kind: 'none' } },
      );
    else
      steps.push({
        action: { type: 'abs_negative', value: cl },
        latex: '\\varnothing',
        state: { kind: 'none' },
      });
    return rootsAnswer(roots, v, steps, base);
  }

  const rel = relation as Exclude<Relation, '='>;
  const below = rel === '<' || rel === '<=';
  const le = rel === '<=' || rel === '>=' ? '\\le' : '<';
  const ge = rel === '<=' || rel === '>=' ? '\\ge' : '>';
  if (c.sign() > 0)
    steps.push({
      action: { type: 'abs_cases', value: cl, how: below ? 'inside' : 'outside' },
      latex: below
        ? `${negCl} ${le} ${A} ${le} ${cl}`
        : `${A} ${le} ${negCl} \\quad \\text{or} \\quad ${A} ${ge} ${cl}`,
      state: { kind: 'none' },
    });
  else
    steps.push({
      action: { type: 'abs_negative', value: cl },
      latex: `\\left|${A}\\right| \\ge 0`,
      state: { kind: 'none' },
    });
  const set = solutionSet(v, roots.map(rationalRoot), rel);
  steps.push({ action: { type: 'abs_solve' }, latex: set.latex, state: { kind: 'none' } });
  return {
    ...base,
    steps,
    outcome: set.outcome,
    answer: {
      latex: set.latex,
      values: set.value === null ? [] : [{ variable: v, value: set.value }],
    },
  };
}

/** |A| = B with B depending on x: two cases, each root kept only where B ≥ 0. */
function againstExpression(
  v: string,
  inner: Linear,
  right: Polynomial,
  steps: SolutionStep[],
  base: { kind: 'absolute_value'; problemLatex: string },
  A: string,
): Solution {
  const B = linearIn(right.toExpr(), v)!;
  const B1 = toLatex(right.toExpr());
  const minusB = toLatex(right.scale(Rational.of(-1)).toExpr());
  steps.push({
    action: { type: 'abs_cases', value: B1, how: 'equal' },
    latex: `${A} = ${B1} \\quad \\text{or} \\quad ${A} = ${minusB}`,
    state: { kind: 'none' },
  });
  // A = ±B: (p − s·b)x = s·d − q for B = b·x + d.
  const candidates: Rational[] = [];
  for (const s of [1, -1]) {
    const k = Rational.of(s);
    const slope = inner.slope.sub(B.slope.mul(k));
    if (slope.isZero()) {
      // |x| = x holds for every x ≥ 0: a stretch of solutions, not roots.
      if (B.intercept.mul(k).equals(inner.intercept))
        throw new UnsupportedProblemError(
          'not_supported',
          'an absolute value equation true on a whole stretch',
        );
      continue;
    }
    const x = B.intercept.mul(k).sub(inner.intercept).div(slope);
    if (!candidates.some((y) => y.equals(x))) candidates.push(x);
  }
  candidates.sort((x, y) => x.compare(y));
  const at = (x: Rational) => B.slope.mul(x).add(B.intercept);
  const kept = candidates.filter((x) => at(x).sign() >= 0);
  const rejected = candidates.filter((x) => at(x).sign() < 0);
  steps.push({
    action: {
      type: 'abs_check',
      condition: `${B1} \\ge 0`,
      kept: kept.map((x) => toLatex(num(x))),
      rejected: rejected.map((x) => toLatex(num(x))),
    },
    latex: `\\begin{array}{l} ${candidates
      .map(
        (x) =>
          `${v} = ${toLatex(num(x))}: \\; ${B1} = ${toLatex(num(at(x)))} ${at(x).sign() >= 0 ? '\\ge 0 \\; \\checkmark' : '< 0 \\; \\times'}`,
      )
      .join(' \\\\ ')} \\end{array}`,
    state: { kind: 'none' },
  });
  return rootsAnswer(kept, v, steps, base);
}

/** |A| = |B|: A = B or A = −B. */
function bothSides(
  statement: Statement,
  v: string,
  base: { kind: 'absolute_value'; problemLatex: string },
): Solution {
  const [l, r] = [statement.left, statement.right] as Extract<Expr, { type: 'call' }>[];
  const A = linearIn(l.arg, v);
  const B = linearIn(r.arg, v);
  if (!A || !B)
    throw new UnsupportedProblemError(
      'not_supported',
      'an absolute value of a non-linear expression',
    );
  const [Al, Bl] = [toLatex(l.arg), toLatex(r.arg)];
  const minusB = toLatex(Polynomial.fromExpr(r.arg).scale(Rational.of(-1)).toExpr());
  const roots: Rational[] = [];
  for (const s of [1, -1]) {
    const k = Rational.of(s);
    const slope = A.slope.sub(B.slope.mul(k));
    if (slope.isZero()) {
      if (B.intercept.mul(k).equals(A.intercept))
        throw new UnsupportedProblemError('not_supported', 'an absolute value identity');
      continue;
    }
    const x = B.intercept.mul(k).sub(A.intercept).div(slope);
    if (!roots.some((y) => y.equals(x))) roots.push(x);
  }
  roots.sort((x, y) => x.compare(y));
  const steps: SolutionStep[] = [
    {
      action: { type: 'abs_cases', value: `\\left|${Bl}\\right|`, how: 'both' },
      latex: `${Al} = ${Bl} \\quad \\text{or} \\quad ${Al} = ${minusB}`,
      state: { kind: 'none' },
    },
    {
      action: { type: 'abs_solve' },
      latex: roots.length
        ? roots.map((x) => `${v} = ${toLatex(num(x))}`).join(' \\quad \\text{or} \\quad ')
        : '\\varnothing',
      state: { kind: 'none' },
    },
  ];
  return rootsAnswer(roots, v, steps, base);
}

function rootsAnswer(
  roots: Rational[],
  v: string,
  steps: SolutionStep[],
  base: { kind: 'absolute_value'; problemLatex: string },
): Solution {
  return rootsSolution(base, steps, v, roots.map(rationalRoot), { numbered: roots.length > 1 });
}

/** p·x + q = t  ⇒  x = (t − q)/p. */
function solveLinear(a: Linear, t: Rational): Rational {
  return t.sub(a.intercept).div(a.slope);
}

function linearIn(e: Expr, v: string): Linear | null {
  try {
    const p = Polynomial.fromExpr(e);
    if (p.variables().some((x) => x !== v) || p.degree(v) > 1) return null;
    return { slope: p.coefficient(v, 1), intercept: p.coefficient(v, 0) };
  } catch {
    return null;
  }
}

function absCalls(e: Expr): Extract<Expr, { type: 'call' }>[] {
  if (e.type === 'call') return e.fn === 'abs' ? [e, ...absCalls(e.arg)] : absCalls(e.arg);
  if (e.type === 'bin') return [...absCalls(e.left), ...absCalls(e.right)];
  if (e.type === 'neg') return absCalls(e.arg);
  return [];
}

const isBare = (e: Expr) => e.type === 'call' && e.fn === 'abs';

function replaceAbs(e: Expr, target: Expr): Expr {
  if (e === target) return variable(PLACEHOLDER);
  if (e.type === 'bin')
    return { ...e, left: replaceAbs(e.left, target), right: replaceAbs(e.right, target) };
  if (e.type === 'neg') return { ...e, arg: replaceAbs(e.arg, target) };
  return e;
}
