import { Rational } from '../../math/rational';
import {
  Expr,
  buildSum,
  call,
  div,
  flattenSum,
  mul,
  num,
  pow,
  substitute,
  variable,
} from '../../math/expr';
import { evaluateRational } from '../../math/evaluate';
import { NotPolynomial, Polynomial } from '../../math/polynomial';
import { numberToLatex, toLatex, toPlain } from '../../math/print';
import { IntegralRule, Solution, SolutionStep } from '../solution';
import { UnsupportedProblemError } from '../errors';
import { BasicFunction, IntegrandTerm, readTerm } from './integrand';

/** ∫ from `lower` to `upper`, when the integral is definite. */
export interface IntegralBounds {
  lower: Expr;
  upper: Expr;
}

/**
 * Integrals as the textbook's table teaches them: rewrite the integrand as a sum of
 * number × basic function (expanding a polynomial, writing √x and 1/x² as powers), then
 * the sum rule and one rule per term (power rule, 1/x → ln|x|, eˣ, sin, cos), the
 * antiderivative with + C, and for a definite integral the fundamental theorem F(b) − F(a).
 */
export function solveIntegral(integrand: Expr, v: string, bounds?: IntegralBounds): Solution {
  const steps: SolutionStep[] = [];
  const { terms, rewritten } = integrandTerms(integrand, v);
  const integral = (e: Expr) => integralLatex(e, v, bounds);
  if (rewritten)
    steps.push({
      action: { type: 'rewrite_integrand', reason: rewritten.reason },
      latex: `${integral(integrand)} = ${integral(rewritten.expr)}`,
      state: { kind: 'none' },
    });
  const sumOf = rewritten?.expr ?? integrand;
  if (terms.length > 1) {
    const parts = terms.map((t, i) => {
      const sign = t.coef.sign() < 0 ? '-' : '+';
      const integralOf = integralLatex(termExpr({ ...t, coef: t.coef.abs() }, v), v);
      return i === 0 ? `${sign === '-' ? '-' : ''}${integralOf}` : ` ${sign} ${integralOf}`;
    });
    steps.push({
      action: { type: 'integral_sum_rule' },
      latex: `${integral(sumOf)} = ${parts.join('')}`,
      state: { kind: 'none' },
    });
  }
  const antiderivatives = terms.map((t) => antiderivativeOf(t, v));
  terms.forEach((t, i) =>
    steps.push({
      action: {
        type: 'integrate_term',
        rule: ruleOf(t.basic),
        term: toLatex(termExpr(t, v)),
        result: toLatex(antiderivatives[i]),
      },
      latex: `${integralLatex(termExpr(t, v), v)} = ${toLatex(antiderivatives[i])}`,
      state: { kind: 'none' },
    }),
  );
  const F = signedSum(antiderivatives);
  const problemLatex = integral(integrand);
  if (!bounds) {
    steps.push({
      action: { type: 'antiderivative' },
      latex: `${problemLatex} = ${toLatex(F)} + C`,
      state: { kind: 'expr', expr: F },
    });
    return {
      kind: 'integral',
      problemLatex,
      steps,
      outcome: 'expression',
      answer: {
        latex: `${problemLatex} = ${toLatex(F)} + C`,
        values: [{ variable: '', value: `${toPlain(F)} + C` }],
      },
    };
  }
  refuseImproper(terms, bounds);
  steps.push({
    action: { type: 'antiderivative_definite' },
    latex: `${problemLatex} = \\left[ ${toLatex(F)} \\right]_{${toLatex(bounds.lower)}}^{${toLatex(bounds.upper)}}`,
    state: { kind: 'expr', expr: F },
  });
  const at = (bound: Expr) => {
    try {
      return evaluateRational(substitute(F, v, bound));
    } catch {
      throw new UnsupportedProblemError(
        'not_supported',
        'a definite integral whose value is not a rational number',
      );
    }
  };
  const [upper, lower] = [at(bounds.upper), at(bounds.lower)];
  const value = upper.sub(lower);
  const show = (r: Rational) => numberToLatex(r, 'fraction');
  const lowerShown = lower.sign() < 0 ? `\\left(${show(lower)}\\right)` : show(lower);
  steps.push({
    action: {
      type: 'evaluate_bounds',
      upper: toLatex(bounds.upper),
      lower: toLatex(bounds.lower),
      atUpper: show(upper),
      atLower: show(lower),
    },
    latex: `= ${show(upper)} - ${lowerShown} = ${show(value)}`,
    state: { kind: 'expr', expr: num(value) },
  });
  return {
    kind: 'integral',
    problemLatex,
    steps,
    outcome: 'value',
    answer: {
      latex: `${problemLatex} = ${show(value)}`,
      values: [{ variable: '', value: toPlain(num(value)) }],
    },
  };
}

/** ∫ e dx, with bounds when definite; a sum is bracketed. */
export function integralLatex(e: Expr, v: string, bounds?: IntegralBounds): string {
  const sign = bounds ? `\\int_{${toLatex(bounds.lower)}}^{${toLatex(bounds.upper)}}` : '\\int';
  const sum = e.type === 'bin' && (e.op === '+' || e.op === '-');
  return `${sign} ${sum ? `\\left(${toLatex(e)}\\right)` : toLatex(e)} \\, d${v}`;
}

interface Rewritten {
  expr: Expr;
  reason: 'expand' | 'powers';
}

/** The integrand as table terms, and how it was rewritten to get them (if it was). */
function integrandTerms(e: Expr, v: string): { terms: IntegrandTerm[]; rewritten?: Rewritten } {
  const written = flattenSum(e).map(({ sign, term }) => {
    const read = readTerm(term, v);
    return read && sign < 0 ? { ...read, coef: read.coef.neg() } : read;
  });
  if (written.every((t): t is IntegrandTerm => t !== null)) {
    const terms = written.filter((t) => !t.coef.isZero());
    const plain = flattenSum(e).every(({ term }) => isTableForm(term, v));
    if (terms.length === 0) throw new UnsupportedProblemError('not_supported', 'integral of 0');
    return plain
      ? { terms }
      : {
          terms,
          rewritten: { expr: signedSum(terms.map((t) => termExpr(t, v))), reason: 'powers' },
        };
  }
  // (x + 1)², x(x − 2): a polynomial is multiplied out first.
  let poly: Polynomial;
  try {
    poly = Polynomial.fromExpr(e);
  } catch (err) {
    if (err instanceof NotPolynomial)
      throw new UnsupportedProblemError(
        'not_supported',
        'integrals beyond sums of powers, 1/x, eˣ, sin x and cos x',
      );
    throw err;
  }
  if (poly.variables().some((x) => x !== v))
    throw new UnsupportedProblemError('not_supported', 'integrals in one variable only');
  const expanded = poly.toExpr();
  const terms = flattenSum(expanded).map(({ sign, term }) => {
    const read = readTerm(term, v)!;
    return sign < 0 ? { ...read, coef: read.coef.neg() } : read;
  });
  return { terms, rewritten: { expr: expanded, reason: 'expand' } };
}

/** Whether a term is already written as the table has it: a number times xⁿ, eˣ, sin x … */
function isTableForm(term: Expr, v: string): boolean {
  const t = term.type === 'neg' ? term.arg : term;
  const atom = (e: Expr): boolean =>
    (e.type === 'var' && e.name === v) ||
    (e.type === 'bin' &&
      e.op === '^' &&
      e.left.type === 'var' &&
      e.right.type === 'num' &&
      e.right.value.sign() > 0) ||
    (e.type === 'bin' && e.op === '^' && e.left.type === 'const') ||
    (e.type === 'call' && e.fn !== 'sqrt');
  if (t.type === 'num' || atom(t)) return true;
  const quotient = t.type === 'bin' && t.op === '/' && t.left.type === 'num';
  if (quotient && t.right.type === 'var' && t.right.name === v) return true;
  return t.type === 'bin' && t.op === '*' && t.left.type === 'num' && atom(t.right);
}

/** The term as it is integrated: coefficient × basic function; k/x stays a fraction. */
function termExpr(t: IntegrandTerm, v: string): Expr {
  if (t.basic?.kind === 'reciprocal') {
    const quotient = div(num(t.coef.abs()), variable(v));
    return t.coef.sign() < 0 ? { type: 'neg', arg: quotient } : quotient;
  }
  return scaled(t.coef, basicExpr(t.basic, v));
}

function basicExpr(b: BasicFunction | null, v: string): Expr | null {
  if (!b) return null;
  switch (b.kind) {
    case 'power':
      return b.n.isOne() ? variable(v) : pow(variable(v), num(b.n));
    case 'reciprocal':
      return pow(variable(v), num(-1));
    case 'exp':
      return pow({ type: 'const', name: 'e' }, variable(v));
    case 'sin':
    case 'cos':
      return call(b.kind, variable(v));
  }
}

/** k · f, written 3x², −x, 5 (k alone when f is 1). */
function scaled(k: Rational, f: Expr | null): Expr {
  if (!f) return num(k);
  if (k.isOne()) return f;
  if (k.equals(Rational.of(-1))) return { type: 'neg', arg: f };
  return mul(num(k), f);
}

/** The table's antiderivative of one term (without + C). */
function antiderivativeOf(t: IntegrandTerm, v: string): Expr {
  const x = variable(v);
  const b = t.basic;
  if (!b) return scaled(t.coef, x);
  switch (b.kind) {
    case 'power': {
      const m = b.n.add(Rational.ONE);
      const k = t.coef.div(m);
      // x⁻¹ is written 1/x in the answer, as the textbook writes it.
      if (m.sign() < 0) {
        const quotient = div(num(k.abs()), m.equals(Rational.of(-1)) ? x : pow(x, num(m.neg())));
        return k.sign() < 0 ? { type: 'neg', arg: quotient } : quotient;
      }
      return scaled(k, m.isOne() ? x : pow(x, num(m)));
    }
    case 'reciprocal':
      return scaled(t.coef, call('ln', call('abs', x)));
    case 'exp':
      return scaled(t.coef, pow({ type: 'const', name: 'e' }, x));
    case 'sin':
      return scaled(t.coef.neg(), call('cos', x));
    case 'cos':
      return scaled(t.coef, call('sin', x));
  }
}

/** Terms added up, a negative one written with a minus sign. */
function signedSum(terms: Expr[]): Expr {
  return buildSum(
    terms.map((term) => {
      if (term.type === 'neg') return { sign: -1 as const, term: term.arg };
      if (term.type === 'bin' && term.op === '*' && term.left.type === 'num')
        if (term.left.value.sign() < 0) {
          const k = term.left.value.neg();
          return { sign: -1 as const, term: k.isOne() ? term.right : mul(num(k), term.right) };
        }
      return { sign: 1 as const, term };
    }),
  );
}

function ruleOf(b: BasicFunction | null): IntegralRule {
  return b ? b.kind : 'constant';
}

/**
 * A definite integral is explained only where the integrand is continuous on the interval:
 * a negative power must not meet 0, an even root must not see a negative number.
 */
function refuseImproper(terms: IntegrandTerm[], bounds: IntegralBounds): void {
  let a: Rational;
  let b: Rational;
  try {
    [a, b] = [evaluateRational(bounds.lower), evaluateRational(bounds.upper)];
  } catch {
    throw new UnsupportedProblemError('not_supported', 'bounds that are not rational numbers');
  }
  const [lo, hi] = a.compare(b) <= 0 ? [a, b] : [b, a];
  for (const t of terms) {
    if (!t.basic) continue;
    if (t.basic.kind !== 'power')
      throw new UnsupportedProblemError(
        'not_supported',
        'definite integrals of 1/x, eˣ, sin x and cos x (their values are not rational)',
      );
    const n = t.basic.n;
    const touchesZero = lo.sign() <= 0 && hi.sign() >= 0;
    if (n.sign() < 0 && touchesZero)
      throw new UnsupportedProblemError('not_supported', 'an improper integral (through x = 0)');
    if (n.den % 2n === 0n && lo.sign() < 0)
      throw new UnsupportedProblemError('not_supported', 'a square root of negative numbers');
  }
}
