import { Expr, div, num } from '../../math/expr';
import { Polynomial } from '../../math/polynomial';
import { Rational } from '../../math/rational';
import { numberToLatex, toLatex, toPlain } from '../../math/print';
import { UnsupportedProblemError } from '../errors';
import { Solution, SolutionStep } from '../solution';
import {
  Factored,
  asFraction,
  cofactorOf,
  factorDenominator,
  productExpr,
  productPolynomial,
  sharedFactors,
} from '../rational-equation/fractions';

/** Where the variable goes: a number, or +∞ / −∞. */
export type LimitPoint = Rational | 'inf' | '-inf';

export function limitLatex(e: Expr, v: string, point: LimitPoint): string {
  const to =
    point === 'inf' ? '\\infty' : point === '-inf' ? '-\\infty' : numberToLatex(point, 'fraction');
  const body =
    e.type === 'bin' && (e.op === '+' || e.op === '-')
      ? `\\left(${toLatex(e)}\\right)`
      : toLatex(e);
  return `\\lim_{${v} \\to ${to}} ${body}`;
}

/**
 * Limits as the first chapter teaches them: put the number in where that works; 0/0 —
 * factor, cancel the factor that vanishes, then put the number in; at infinity, the
 * leading terms decide; and the standard limit sin(kx)/(mx) → k/m at 0.
 */
export function solveLimit(expr: Expr, v: string, point: LimitPoint): Solution {
  const problemLatex = limitLatex(expr, v, point);
  const steps: SolutionStep[] = [];
  const standard = standardSine(expr, v);
  let value: Rational;
  if (standard && point !== 'inf' && point !== '-inf' && point.isZero()) {
    value = standard.k.div(standard.m);
    const inner = toLatex(standard.inner);
    const sine = `\\sin\\left(${inner}\\right)`;
    steps.push({
      action: {
        type: 'limit_standard_sine',
        k: numberToLatex(standard.k, 'fraction'),
        m: numberToLatex(standard.m, 'fraction'),
      },
      latex: `${problemLatex} = ${numberToLatex(value, 'fraction')} \\cdot \\lim_{${v} \\to 0} ${standard.inverted ? `\\frac{${inner}}{${sine}}` : `\\frac{${sine}}{${inner}}`} = ${numberToLatex(value, 'fraction')}`,
      state: { kind: 'none' },
    });
  } else {
    let fraction;
    try {
      fraction = asFraction(expr);
    } catch {
      throw new UnsupportedProblemError(
        'not_supported',
        'limits beyond rational functions and sin(kx)/(mx)',
      );
    }
    if ([...fraction.num.variables(), ...fraction.den.variables()].some((x) => x !== v))
      throw new UnsupportedProblemError('not_supported', 'a limit in one variable');
    value =
      point === 'inf' || point === '-inf'
        ? atInfinity(fraction, v, steps, problemLatex)
        : atNumber(fraction, v, point, steps, problemLatex);
  }
  return {
    kind: 'limit',
    problemLatex,
    steps,
    outcome: 'value',
    answer: {
      latex: `${problemLatex} = ${numberToLatex(value, 'fraction')}`,
      values: [{ variable: '', value: toPlain(num(value)) }],
    },
  };
}

function atNumber(
  f: { num: Polynomial; den: Polynomial },
  v: string,
  a: Rational,
  steps: SolutionStep[],
  problemLatex: string,
): Rational {
  let { num: top, den: bottom } = f;
  const at = (p: Polynomial) => p.evaluate({ [v]: a });
  if (!at(bottom).isZero()) {
    const value = at(top).div(at(bottom));
    steps.push({
      action: { type: 'limit_substitute', point: numberToLatex(a, 'fraction') },
      latex: `${problemLatex} = ${numberToLatex(value, 'fraction')}`,
      state: { kind: 'none' },
    });
    return value;
  }
  if (!at(top).isZero())
    throw new UnsupportedProblemError(
      'not_supported',
      'an infinite limit (the denominator alone tends to 0)',
    );
  steps.push({
    action: { type: 'limit_zero_over_zero', point: numberToLatex(a, 'fraction') },
    latex: `\\frac{${toLatex(top.toExpr())}}{${toLatex(bottom.toExpr())}} \\to \\frac{0}{0}`,
    state: { kind: 'none' },
  });
  // Factor both; the factor (x − a) they share is cancelled (x ≠ a while x approaches a).
  const n = factorDenominator(top, v);
  const d = factorDenominator(bottom, v);
  const vanishing = (poly: bigint[]) =>
    poly.length === 2 && Rational.of(-poly[0], poly[1]).equals(a);
  const shared = sharedFactors(
    n.factors.filter((g) => vanishing(g.poly)),
    d.factors,
  );
  const cancelled = (f: Factored) => cofactorOf(f, { constant: Rational.ONE, factors: shared });
  const [reducedTop, reducedBottom] = [cancelled(n), cancelled(d)];
  // A denominator of 1 is not written.
  const quotient = (top: Expr | null, bottom: Expr | null) =>
    bottom ? div(top ?? num(1), bottom) : (top ?? num(1));
  const factored = quotient(
    productExpr(n.constant, n.factors, v),
    productExpr(d.constant, d.factors, v),
  );
  const reduced = quotient(
    productExpr(reducedTop.constant, reducedTop.factors, v),
    productExpr(reducedBottom.constant, reducedBottom.factors, v),
  );
  steps.push({
    action: {
      type: 'limit_cancel',
      factor: shared.length
        ? toLatex(productExpr(Rational.ONE, [{ ...shared[0], power: 1 }], v)!)
        : '',
    },
    latex: `= \\lim_{${v} \\to ${numberToLatex(a, 'fraction')}} ${toLatex(factored)} = \\lim_{${v} \\to ${numberToLatex(a, 'fraction')}} ${toLatex(reduced)}`,
    state: { kind: 'none' },
  });
  top = productPolynomial(reducedTop.constant, reducedTop.factors, v);
  bottom = productPolynomial(reducedBottom.constant, reducedBottom.factors, v);
  if (at(bottom).isZero())
    throw new UnsupportedProblemError(
      'not_supported',
      'an infinite limit (the denominator alone tends to 0)',
    );
  const value = at(top).div(at(bottom));
  steps.push({
    action: { type: 'limit_substitute', point: numberToLatex(a, 'fraction') },
    latex: `= ${numberToLatex(value, 'fraction')}`,
    state: { kind: 'none' },
  });
  return value;
}

function atInfinity(
  f: { num: Polynomial; den: Polynomial },
  v: string,
  steps: SolutionStep[],
  problemLatex: string,
): Rational {
  const [p, q] = [f.num.degree(v), f.den.degree(v)];
  if (p > q)
    throw new UnsupportedProblemError(
      'not_supported',
      'an infinite limit (the numerator grows faster)',
    );
  const lead = (poly: Polynomial, k: number) => poly.coefficient(v, k);
  const value = p < q ? Rational.ZERO : lead(f.num, p).div(lead(f.den, q));
  const power = q === 1 ? v : `${v}^{${q}}`;
  steps.push({
    action: { type: 'limit_leading_terms', numerator: String(p), denominator: String(q), power },
    latex: `${problemLatex} = ${p < q ? '0' : `\\frac{${numberToLatex(lead(f.num, p), 'fraction')}}{${numberToLatex(lead(f.den, q), 'fraction')}}`}${p < q ? '' : ` = ${numberToLatex(value, 'fraction')}`}`,
    state: { kind: 'none' },
  });
  return value;
}

/** c · sin(kx)/(mx), or (mx)/sin(kx) read upside down, with the inner kx. */
function standardSine(
  e: Expr,
  v: string,
): { k: Rational; m: Rational; inner: Expr; inverted: boolean } | null {
  if (e.type !== 'bin' || e.op !== '/') return null;
  const linear = (x: Expr) => {
    try {
      const p = Polynomial.fromExpr(x);
      return p.degree(v) === 1 &&
        p.coefficient(v, 0).isZero() &&
        !p.variables().some((w) => w !== v)
        ? p.coefficient(v, 1)
        : null;
    } catch {
      return null;
    }
  };
  const sine = (x: Expr) => (x.type === 'call' && x.fn === 'sin' ? linear(x.arg) : null);
  const [top, bottom] = [e.left, e.right];
  const k = sine(top);
  const m = linear(bottom);
  if (k && m && top.type === 'call') return { k, m, inner: top.arg, inverted: false };
  const k2 = sine(bottom);
  const m2 = linear(top);
  if (k2 && m2 && bottom.type === 'call')
    return { k: m2, m: k2, inner: bottom.arg, inverted: true };
  return null;
}
