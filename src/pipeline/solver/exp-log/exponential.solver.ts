import { Rational } from '../../math/rational';
import { Expr, Statement, call, div, num, sub, variablesOf } from '../../math/expr';
import { evaluateRational } from '../../math/evaluate';
import { NotPolynomial, Polynomial } from '../../math/polynomial';
import { numberToLatex, statementToLatex, toLatex, toPlain } from '../../math/print';
import { UnsupportedProblemError } from '../errors';
import { Solution, SolutionStep } from '../solution';
import { rootsSolution, solveByDegree } from '../roots-answer';
import { commonBase } from './powers';

/** One side of an exponential equation: a number, or coef · base^(exponent). */
type ExpSide =
  | { kind: 'number'; value: Rational }
  | { kind: 'power'; coef: Rational; base: Rational | 'e'; exponent: Polynomial };

const KIND = 'exponential_equation' as const;

/**
 * Exponential equations (指数方程) as taught: both sides written as powers of one base
 * (9ˣ = 27 → 3²ˣ = 3³), the exponents set equal and that equation solved; where no common
 * base exists, a logarithm (3ˣ = 5 → x = log₃ 5); a power is never ≤ 0.
 */
export function solveExponentialEquation(statement: Statement, v: string): Solution {
  const steps: SolutionStep[] = [];
  let left = readSide(statement.left, v);
  let right = readSide(statement.right, v);
  if (left.kind === 'number' && right.kind === 'power') {
    [left, right] = [right, left];
    steps.push({
      action: { type: 'swap_sides' },
      latex: `${toLatex(statement.right)} = ${toLatex(statement.left)}`,
      state: { kind: 'none' },
    });
  }
  if (left.kind !== 'power')
    throw new UnsupportedProblemError('not_supported', 'an equation without an unknown exponent');
  const problemLatex = statementToLatex(statement);
  const base = { kind: KIND, problemLatex };
  if (right.kind === 'power') return equalPowers(left, right, v, steps, base);
  let value = right.value;
  if (!left.coef.isOne()) {
    value = value.div(left.coef);
    steps.push({
      action: {
        type: 'divide_both_sides',
        factor: numberToLatex(left.coef, 'fraction'),
        flips: false,
      },
      latex: `${powerLatex(left.base, left.exponent)} = ${numberToLatex(value, 'fraction')}`,
      state: { kind: 'none' },
    });
  }
  if (value.sign() <= 0) {
    steps.push({
      action: { type: 'exp_always_positive', value: numberToLatex(value, 'fraction') },
      latex: `${powerLatex(left.base, left.exponent)} > 0 \\ne ${numberToLatex(value, 'fraction')}`,
      state: { kind: 'none' },
    });
    return rootsSolution(base, steps, v, []);
  }
  if (left.base === 'e') {
    if (!value.isOne()) return byLogarithm(left, value, v, steps, base);
    // e^f = 1 = e⁰.
    steps.push({
      action: { type: 'exp_same_base', base: 'e', powers: ['1 = e^{0}'] },
      latex: `${powerLatex('e', left.exponent)} = e^{0}`,
      state: { kind: 'none' },
    });
    return exponentsEqual(left.exponent, Polynomial.constant(0), v, steps, base);
  }
  const common = commonBase(left.base, value);
  if (!common) return byLogarithm(left, value, v, steps, base);
  const p = common.base;
  const f = left.exponent.scale(common.a);
  // 8 = 2³ (and 9 = 3² when the base itself is a power): the teacher's first line.
  const powers = [
    ...(left.base.equals(p)
      ? []
      : [`${numberToLatex(left.base, 'fraction')} = ${powerOf(p, common.a)}`]),
    `${numberToLatex(value, 'fraction')} = ${powerOf(p, common.b)}`,
  ];
  steps.push({
    action: { type: 'exp_same_base', base: numberToLatex(p, 'fraction'), powers },
    latex: `${powerLatex(p, f)} = ${powerOf(p, common.b)}`,
    state: { kind: 'none' },
  });
  return exponentsEqual(f, Polynomial.constant(common.b), v, steps, base);
}

/** a^f = b^g: both as powers of one base, then the exponents equal. */
function equalPowers(
  left: Extract<ExpSide, { kind: 'power' }>,
  right: Extract<ExpSide, { kind: 'power' }>,
  v: string,
  steps: SolutionStep[],
  base: { kind: typeof KIND; problemLatex: string },
): Solution {
  if (!left.coef.isOne() || !right.coef.isOne() || left.base === 'e' || right.base === 'e') {
    if (left.base === 'e' && right.base === 'e' && left.coef.isOne() && right.coef.isOne())
      return exponentsEqual(left.exponent, right.exponent, v, steps, base);
    throw new UnsupportedProblemError('not_supported', 'powers with different factors in front');
  }
  if (left.base.equals(right.base))
    return exponentsEqual(left.exponent, right.exponent, v, steps, base);
  const common = commonBase(left.base, right.base);
  if (!common)
    throw new UnsupportedProblemError('not_supported', 'powers of bases with no common base');
  const [a, b, p] = [left.base, right.base, common.base];
  const f = left.exponent.scale(common.a);
  const g = right.exponent.scale(common.b);
  // 4 = 2², 8 = 2³: each base that is not already the common one, as its power.
  const powers = [
    ...(a.equals(p) ? [] : [`${numberToLatex(a, 'fraction')} = ${powerOf(p, common.a)}`]),
    ...(b.equals(p) || b.equals(a)
      ? []
      : [`${numberToLatex(b, 'fraction')} = ${powerOf(p, common.b)}`]),
  ];
  steps.push({
    action: { type: 'exp_same_base', base: numberToLatex(p, 'fraction'), powers },
    latex: `${powerLatex(p, f)} = ${powerLatex(p, g)}`,
    state: { kind: 'none' },
  });
  return exponentsEqual(f, g, v, steps, base);
}

/** Same base on both sides: the exponents are equal; that polynomial equation is solved. */
function exponentsEqual(
  f: Polynomial,
  g: Polynomial,
  v: string,
  steps: SolutionStep[],
  base: { kind: typeof KIND; problemLatex: string },
): Solution {
  const equation: Statement = { left: f.toExpr(), relation: '=', right: g.toExpr() };
  steps.push({
    action: { type: 'exp_equate_exponents' },
    latex: statementToLatex(equation),
    state: { kind: 'none' },
  });
  const degree = f.sub(g).degree(v);
  if (degree < 1)
    throw new UnsupportedProblemError('not_supported', 'exponents that never or always agree');
  if (degree > 4)
    throw new UnsupportedProblemError('degree_too_high', 'the exponents give a degree above 4');
  const { solution, roots } = solveByDegree(equation, v, degree);
  steps.push(...solution.steps);
  return rootsSolution(base, steps, v, roots);
}

/** a^(kx + m) = N with N no power of a: x from the logarithm, log_a N (irrational). */
function byLogarithm(
  left: Extract<ExpSide, { kind: 'power' }>,
  value: Rational,
  v: string,
  steps: SolutionStep[],
  base: { kind: typeof KIND; problemLatex: string },
): Solution {
  const f = left.exponent;
  if (f.degree(v) !== 1)
    throw new UnsupportedProblemError('not_supported', 'a logarithm of a non-linear exponent');
  const [m, k] = [f.coefficient(v, 0), f.coefficient(v, 1)];
  const logLatex =
    left.base === 'e'
      ? `\\ln ${numberToLatex(value, 'fraction')}`
      : `\\log_{${numberToLatex(left.base, 'fraction')}} ${numberToLatex(value, 'fraction')}`;
  steps.push({
    action: {
      type: 'exp_take_log',
      base: left.base === 'e' ? 'e' : numberToLatex(left.base, 'fraction'),
    },
    latex: `${toLatex(f.toExpr())} = ${logLatex}`,
    state: { kind: 'none' },
  });
  // The logarithm in natural logs, as mathjs reads it: log(N) / log(a).
  const ln = (r: Rational) => call('log', num(r));
  const logValue: Expr = left.base === 'e' ? ln(value) : div(ln(value), ln(left.base));
  let x: Expr = m.isZero() ? logValue : sub(logValue, num(m));
  if (!k.isOne()) x = div(x, num(k));
  const shown = `${m.isZero() ? logLatex : `${logLatex} ${m.sign() > 0 ? '-' : '+'} ${numberToLatex(m.abs(), 'fraction')}`}`;
  const answerLatex = k.isOne() ? shown : `\\frac{${shown}}{${numberToLatex(k, 'fraction')}}`;
  if (!k.isOne() || !m.isZero())
    steps.push({
      action: { type: 'solve_single', variable: v },
      latex: `${v} = ${answerLatex}`,
      state: { kind: 'none' },
    });
  return {
    ...base,
    steps,
    outcome: 'roots',
    answer: { latex: `${v} = ${answerLatex}`, values: [{ variable: v, value: toPlain(x) }] },
  };
}

/** Reads a side as a number or c · a^(polynomial in v). */
function readSide(e: Expr, v: string): ExpSide {
  if (!variablesOf(e).has(v)) {
    try {
      return { kind: 'number', value: evaluateRational(e) };
    } catch {
      throw new UnsupportedProblemError('not_supported', 'a side that is not a rational number');
    }
  }
  if (e.type === 'neg') {
    const inner = readSide(e.arg, v);
    if (inner.kind === 'power') return { ...inner, coef: inner.coef.neg() };
  }
  if (e.type === 'bin' && (e.op === '*' || e.op === '/')) {
    const [l, r] = [e.left, e.right];
    const constant = (x: Expr) => !variablesOf(x).has(v);
    if (constant(l) && e.op === '*') return scaledSide(readSide(r, v), readSide(l, v), false);
    if (constant(r)) return scaledSide(readSide(l, v), readSide(r, v), e.op === '/');
  }
  if (e.type === 'bin' && e.op === '^' && !variablesOf(e.left).size) {
    let exponent: Polynomial;
    try {
      exponent = Polynomial.fromExpr(e.right);
    } catch (err) {
      if (err instanceof NotPolynomial)
        throw new UnsupportedProblemError('not_supported', 'an exponent that is not a polynomial');
      throw err;
    }
    if (exponent.variables().some((x) => x !== v))
      throw new UnsupportedProblemError('not_supported', 'more than one unknown');
    if (e.left.type === 'const' && e.left.name === 'e')
      return { kind: 'power', coef: Rational.ONE, base: 'e', exponent };
    const b = readSide(e.left, v);
    if (b.kind === 'number' && b.value.sign() > 0 && !b.value.isOne())
      return { kind: 'power', coef: Rational.ONE, base: b.value, exponent };
  }
  throw new UnsupportedProblemError(
    'not_supported',
    'an exponential equation beyond c·aᶠ⁽ˣ⁾ = b and aᶠ⁽ˣ⁾ = bᵍ⁽ˣ⁾',
  );
}

function scaledSide(power: ExpSide, factor: ExpSide, divide: boolean): ExpSide {
  if (power.kind !== 'power' || factor.kind !== 'number' || factor.value.isZero())
    throw new UnsupportedProblemError('not_supported', 'a product of powers');
  const k = divide ? Rational.ONE.div(factor.value) : factor.value;
  return { ...power, coef: power.coef.mul(k) };
}

/** p^{f} on the board. */
function powerLatex(p: Rational | 'e', f: Polynomial): string {
  const b = p === 'e' ? 'e' : numberToLatex(p, 'fraction');
  return `${p !== 'e' && !p.isInteger() ? `\\left(${b}\\right)` : b}^{${toLatex(f.toExpr())}}`;
}

function powerOf(p: Rational, k: Rational): string {
  return powerLatex(p, Polynomial.constant(k));
}
