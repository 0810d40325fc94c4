import { Expr, div, num, variablesOf } from '../../math/expr';
import { Polynomial } from '../../math/polynomial';
import { Rational } from '../../math/rational';
import { toLatex, toPlain } from '../../math/print';
import { UnsupportedProblemError } from '../errors';
import { degree } from '../factoring/int-poly';
import { Solution, SolutionStep } from '../solution';
import {
  Factored,
  PolyFactor,
  asFraction,
  cofactorOf,
  factorDenominator,
  highestPowers,
  productExpr,
  productPolynomial,
  sharedFactors,
  sumTerms,
  writtenDenominators,
} from '../rational-equation/fractions';

/**
 * Simplifying a rational expression (分式化简) as taught: fractions added over their lowest
 * common denominator, numerator and denominator factored, common factors cancelled — with
 * the values the variable may not take, which cancelling hides, stated.
 */
export function solveRationalExpression(expr: Expr, v: string): Solution {
  const steps: SolutionStep[] = [];
  const terms = sumTerms(expr);
  let numerator: Polynomial;
  let denominator: Factored;
  if (terms.length > 1) {
    // Over the lowest common denominator: each numerator times what its denominator lacks.
    const parts = terms.map((t) => {
      const f = asFraction(t.expr);
      return { sign: t.sign, num: f.num, den: factorDenominator(f.den, v) };
    });
    const lcd = highestPowers(parts.map((p) => p.den.factors));
    numerator = parts.reduce((acc, p) => {
      const missing = cofactorOf({ constant: Rational.ONE, factors: lcd }, p.den);
      const scaled = p.num.mul(productPolynomial(missing.constant, missing.factors, v));
      return acc.add(scaled.scale(Rational.of(p.sign)));
    }, Polynomial.constant(0));
    denominator = { constant: Rational.ONE, factors: lcd };
    const shown = fractionLatex(numerator.toExpr(), productExpr(Rational.ONE, lcd, v));
    steps.push({
      action: {
        type: 'fraction_common_denominator',
        denominator: toLatex(productExpr(Rational.ONE, lcd, v) ?? num(1)),
      },
      latex: `= ${shown}`,
      state: { kind: 'none' },
    });
  } else {
    const f = asFraction(expr);
    numerator = f.num;
    denominator = factorDenominator(f.den, v);
  }
  if (numerator.variables().some((x) => x !== v) || denominator.factors.length === 0)
    throw new UnsupportedProblemError('not_supported', 'a rational expression in one letter');
  const top = numerator.isZero()
    ? { constant: Rational.ZERO, factors: [] }
    : factorDenominator(numerator, v);
  const topExpr = productExpr(top.constant, top.factors, v) ?? num(1);
  const bottomExpr = productExpr(denominator.constant, denominator.factors, v) ?? num(1);
  const factored = `= ${fractionLatex(topExpr, bottomExpr)}`;
  // Already factored as written (or as just put over one denominator): no new line.
  if (factored !== steps[steps.length - 1]?.latex && factored !== `= ${toLatex(expr)}`)
    steps.push({ action: { type: 'fraction_factor' }, latex: factored, state: { kind: 'none' } });
  // Cancel: each factor the two share, to the lower power.
  const common = sharedFactors(top.factors, denominator.factors);
  const less = (fs: PolyFactor[]) =>
    cofactorOf({ constant: Rational.ONE, factors: fs }, { constant: Rational.ONE, factors: common })
      .factors;
  const constant = top.constant.div(denominator.constant);
  const newTop = productExpr(
    constant.abs().num === 0n ? Rational.ZERO : Rational.of(constant.num),
    less(top.factors),
    v,
  );
  const newBottom = productExpr(Rational.of(constant.den), less(denominator.factors), v);
  const result = resultExpr(numerator.isZero() ? num(0) : (newTop ?? num(1)), newBottom, constant);
  // The values the variable may not take: the zeros of every denominator written.
  const excluded = restrictions(expr, v);
  const restriction = excluded.length ? `\\quad (${excluded.join(', \\; ')})` : '';
  steps.push({
    action: {
      type: 'fraction_cancel',
      factors: common.map((c) => toLatex(productExpr(Rational.ONE, [{ ...c, power: 1 }], v)!)),
      restrictions: excluded,
    },
    latex: `= ${toLatex(result)}${restriction}`,
    state: { kind: 'expr', expr: result },
  });
  return {
    kind: 'rational_expression',
    problemLatex: toLatex(expr),
    steps,
    outcome: 'expression',
    answer: {
      latex: `${toLatex(result)}${restriction}`,
      values: [{ variable: '', value: toPlain(result) }],
    },
  };
}

function fractionLatex(top: Expr | null, bottom: Expr | null): string {
  const t = toLatex(top ?? num(1));
  return bottom ? `\\frac{${t}}{${toLatex(bottom)}}` : t;
}

/** top / bottom with the sign in front: −(x − 1)/(x + 2), not (−(x − 1))/(x + 2). */
function resultExpr(top: Expr, bottom: Expr | null, constant: Rational): Expr {
  if (!bottom) return top;
  if (constant.sign() < 0 && top.type === 'neg') return { type: 'neg', arg: div(top.arg, bottom) };
  return div(top, bottom);
}

/** x ≠ a for every rational zero of a denominator; an irreducible factor q(x) ≠ 0 otherwise. */
export function restrictions(expr: Expr, v: string): string[] {
  const out: string[] = [];
  for (const d of writtenDenominators(expr)) {
    if (!variablesOf(d).has(v)) continue;
    for (const f of factorDenominator(asFraction(d).num, v).factors) {
      const text =
        degree(f.poly) === 1
          ? `${v} \\ne ${toLatex(num(Rational.of(-f.poly[0], f.poly[1])))}`
          : `${toLatex(productExpr(Rational.ONE, [{ poly: f.poly, power: 1 }], v)!)} \\ne 0`;
      if (!out.includes(text)) out.push(text);
    }
  }
  return out;
}
