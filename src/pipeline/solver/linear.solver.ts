import { Rational } from '../math/rational';
import { Relation, Statement, flipRelation, num, variable } from '../math/expr';
import { Polynomial } from '../math/polynomial';
import { numberToLatex, statementToLatex, toLatex } from '../math/print';
import { Solution, SolutionStep } from './solution';
import { clearDenominators, expandSides, numberStyleOf, statementStep } from './rewrite';
import { UnsupportedProblemError } from './errors';

/**
 * Linear equations and inequalities in one variable, the way they are taught: clear
 * fractions, expand, bring the variable terms to the left and the numbers to the right,
 * divide by the coefficient (flipping an inequality when it is negative).
 */
export function solveLinear(
  statement: Statement,
  v: string,
  kind: 'linear_equation' | 'linear_inequality',
): Solution {
  const style = numberStyleOf(statement.left, statement.right);
  const steps: SolutionStep[] = [];
  let s = statement;
  if (variableSideShouldSwap(statement, v)) {
    // 2x + 2 = 3x - 3 is easier as 3x - 3 = 2x + 2: the unknown keeps a positive coefficient.
    s = {
      left: statement.right,
      relation: flipRelation(statement.relation),
      right: statement.left,
    };
    steps.push(statementStep({ type: 'swap_sides' }, s));
  }

  if (style !== 'decimal') {
    const cleared = clearDenominators(s);
    if (cleared) {
      steps.push(cleared.step);
      s = cleared.statement;
    }
  }
  const expanded = expandSides(s, style);
  if (expanded) {
    steps.push(expanded.step);
    s = expanded.statement;
  }

  let left = Polynomial.fromExpr(s.left);
  let right = Polynomial.fromExpr(s.right);
  for (const p of [left, right])
    if (p.variables().some((x) => x !== v))
      throw new UnsupportedProblemError('not_supported', 'more than one variable');
  if (left.sub(right).degree(v) > 1)
    throw new UnsupportedProblemError('degree_too_high', 'not linear');
  // (x + 1)² − 4 = (x + 1)(x − 1) expands to x² on both sides: taken away from both, the
  // equation is linear.
  const shared = left.sub(linearPart(left, v));
  if (!shared.isZero()) {
    left = left.sub(shared);
    right = right.sub(shared);
    s = { left: left.toExpr(style), relation: s.relation, right: right.toExpr(style) };
    steps.push(
      statementStep({ type: 'cancel_both_sides', term: toLatex(shared.toExpr(style)) }, s),
    );
  }
  let a = left.coefficient(v, 1);
  const b = left.coefficient(v, 0);
  const c = right.coefficient(v, 1);
  let d = right.coefficient(v, 0);
  let relation = s.relation;
  const fmt = (r: Rational) => numberToLatex(r, style === 'decimal' ? 'decimal' : 'fraction');
  const side = (coef: Rational, constant: Rational) =>
    Polynomial.variable(v).scale(coef).add(Polynomial.constant(constant)).toExpr(style);

  if (!c.isZero()) {
    const term = toLatex(Polynomial.variable(v).scale(c.abs()).toExpr(style));
    a = a.sub(c);
    s = { left: side(a, b), relation, right: num(d, style === 'decimal' ? 'decimal' : undefined) };
    steps.push(
      statementStep({ type: c.sign() > 0 ? 'subtract_both_sides' : 'add_both_sides', term }, s),
    );
  }

  if (a.isZero()) return degenerate(statement, v, kind, steps, b, relation, d);

  if (!b.isZero()) {
    d = d.sub(b);
    const term = fmt(b.abs());
    s = { left: side(a, Rational.ZERO), relation, right: numberExpr(d, style) };
    steps.push(
      statementStep({ type: b.sign() > 0 ? 'subtract_both_sides' : 'add_both_sides', term }, s),
    );
  }

  if (!a.isOne()) {
    const flips = a.sign() < 0 && relation !== '=';
    if (flips) relation = flipRelation(relation);
    d = d.div(a);
    s = { left: variable(v), relation, right: numberExpr(d, style) };
    const action =
      a.isInteger() || style === 'decimal'
        ? { type: 'divide_both_sides' as const, factor: fmt(a), flips }
        : { type: 'multiply_both_sides' as const, factor: fmt(Rational.ONE.div(a)), flips };
    steps.push(statementStep(action, s));
  }

  const plainValue =
    style === 'decimal' && d.isTerminatingDecimal() ? d.toDecimalString() : d.toString();
  const relText = relation === '=' ? '' : `${relation} `;
  return {
    kind,
    problemLatex: statementToLatex(statement),
    steps,
    outcome: relation === '=' ? 'value' : 'interval',
    answer: { latex: statementToLatex(s), values: [{ variable: v, value: relText + plainValue }] },
  };
}

/** The terms of `p` of degree at most 1 in `v`. */
function linearPart(p: Polynomial, v: string): Polynomial {
  return Polynomial.variable(v)
    .scale(p.coefficient(v, 1))
    .add(Polynomial.constant(p.coefficient(v, 0)));
}

function variableSideShouldSwap(s: Statement, v: string): boolean {
  try {
    const l = Polynomial.fromExpr(s.left).coefficient(v, 1);
    const r = Polynomial.fromExpr(s.right).coefficient(v, 1);
    return !r.isZero() && l.compare(r) < 0;
  } catch {
    return false;
  }
}

function numberExpr(r: Rational, style: ReturnType<typeof numberStyleOf>) {
  return num(
    r,
    style === 'decimal' && r.isTerminatingDecimal()
      ? 'decimal'
      : r.isInteger()
        ? 'integer'
        : 'fraction',
  );
}

/** 0·x on the left: the statement is either always or never true. */
function degenerate(
  original: Statement,
  v: string,
  kind: 'linear_equation' | 'linear_inequality',
  steps: SolutionStep[],
  b: Rational,
  relation: Relation,
  d: Rational,
): Solution {
  const holds = compare(b, relation, d);
  const latex = holds ? `${v} \\in \\mathbb{R}` : '\\varnothing';
  return {
    kind,
    problemLatex: statementToLatex(original),
    steps,
    outcome: holds ? 'all_numbers' : 'no_solution',
    answer: { latex, values: holds ? [{ variable: v, value: 'all real numbers' }] : [] },
  };
}

export function compare(x: Rational, relation: Relation, y: Rational): boolean {
  const c = x.compare(y);
  switch (relation) {
    case '=':
      return c === 0;
    case '<':
      return c < 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    case '>=':
      return c >= 0;
  }
}
