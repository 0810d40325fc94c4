import { Expr, Statement, add, mul, neg, num, sub } from '../../math/expr';
import { Polynomial } from '../../math/polynomial';
import { Rational, lcm } from '../../math/rational';
import { statementToLatex, toLatex } from '../../math/print';
import { UnsupportedProblemError } from '../errors';
import { rootExpr } from '../quadratic.solver';
import { QuadraticRoot, Solution, SolutionStep } from '../solution';
import { rootsSolution, solveByDegree } from '../roots-answer';
import {
  Factored,
  asFraction,
  cofactorOf,
  factorDenominator,
  highestPowers,
  productExpr,
  productPolynomial,
  sumTerms,
  writtenDenominators,
} from './fractions';

/**
 * Fractional equations (分式方程) as taught: find the lowest common denominator from the
 * factored denominators, multiply both sides by it to get a polynomial equation, solve that
 * the usual way (its steps are shown), then check every root against the denominators —
 * multiplying by an expression that can be zero may add roots (增根), which are rejected.
 */
export function solveRationalEquation(statement: Statement, v: string): Solution {
  const sides = [statement.left, statement.right].map((side) =>
    sumTerms(side).map((t) => ({ ...t, fraction: asFraction(t.expr) })),
  );
  const allTerms = sides.flat();
  if (
    allTerms.some(
      (t) =>
        t.fraction.num.variables().some((x) => x !== v) ||
        t.fraction.den.variables().some((x) => x !== v),
    )
  )
    throw new UnsupportedProblemError('not_supported', 'more than one unknown');

  // The lowest common denominator: the lcm of the whole-number parts, each irreducible
  // factor to its highest power.
  const denominators = [statement.left, statement.right].flatMap(writtenDenominators);
  const factored = allTerms.map((t) => factorDenominator(t.fraction.den, v));
  const lcd = lowestCommonDenominator(factored);
  const lcdExpr = productExpr(lcd.constant, lcd.factors, v)!;

  // Each term times the lcd: its numerator times what its own denominator lacks.
  const cleared = sides.map((terms) => {
    const parts = terms.map((t, k) => {
      const own = factorDenominator(t.fraction.den, v);
      const cofactor = cofactorOf(lcd, own);
      const numerator = t.fraction.num;
      const constantNumerator = numerator.constantValue();
      const cofactorExpr = productExpr(cofactor.constant, cofactor.factors, v);
      let e: Expr;
      if (!cofactorExpr) e = numerator.toExpr();
      else if (constantNumerator?.isOne()) e = cofactorExpr;
      else if (constantNumerator)
        e = productExpr(cofactor.constant.mul(constantNumerator), cofactor.factors, v) ?? num(1);
      else e = mul(numerator.toExpr(), cofactorExpr);
      const poly = numerator.mul(productPolynomial(cofactor.constant, cofactor.factors, v));
      return { expr: e, poly, sign: t.sign, first: k === 0 };
    });
    const expr = parts.reduce<Expr | null>(
      (acc, p) =>
        acc === null
          ? p.sign < 0
            ? neg(p.expr)
            : p.expr
          : p.sign < 0
            ? sub(acc, p.expr)
            : add(acc, p.expr),
      null,
    )!;
    const poly = parts.reduce(
      (acc, p) => acc.add(p.poly.scale(Rational.of(p.sign))),
      Polynomial.constant(0),
    );
    return { expr, poly };
  });
  const clearedStatement: Statement = {
    left: cleared[0].expr,
    relation: '=',
    right: cleared[1].expr,
  };
  const difference = cleared[0].poly.sub(cleared[1].poly);
  const steps: SolutionStep[] = [
    {
      action: {
        type: 'clear_fraction_denominators',
        lcd: toLatex(lcdExpr),
        denominators: [...new Set(denominators.map(toLatex))],
      },
      latex: statementToLatex(clearedStatement),
      state: { kind: 'none' },
    },
  ];

  const degree = difference.degree(v);
  // x/x = 1 clears to 0 = 0 (the zero polynomial has no degree 0 to test by).
  if (difference.isZero())
    throw new UnsupportedProblemError('not_supported', 'an identity after clearing denominators');
  if (degree > 4)
    throw new UnsupportedProblemError('degree_too_high', 'the cleared equation is above degree 4');
  const candidates: QuadraticRoot[] = [];
  if (degree > 0) {
    // x² on both sides that cancel: the equation is collected first, so its solver sees
    // the degree it really has.
    let toSolve = clearedStatement;
    if (Math.max(cleared[0].poly.degree(v), cleared[1].poly.degree(v)) > degree) {
      toSolve = { left: difference.toExpr(), relation: '=', right: num(0) };
      steps.push({
        action: { type: 'standard_form' },
        latex: statementToLatex(toSolve),
        state: { kind: 'none' },
      });
    }
    const sub = solveByDegree(toSolve, v, degree);
    // The polynomial equation is solved as the student would solve it, step by step.
    steps.push(...sub.solution.steps.map((s) => ({ ...s, state: { kind: 'none' as const } })));
    candidates.push(...sub.roots);
  }

  const lcdPoly = productPolynomial(lcd.constant, lcd.factors, v);
  const kept: QuadraticRoot[] = [];
  const rejected: QuadraticRoot[] = [];
  const lines: string[] = [];
  for (const c of candidates) {
    if (c.q !== 0n)
      throw new UnsupportedProblemError(
        'not_supported',
        'a fractional equation with irrational roots',
      );
    const x = Rational.of(c.p, c.r);
    const atLcd = lcdPoly.evaluate({ [v]: x });
    (atLcd.isZero() ? rejected : kept).push(c);
    lines.push(
      `${v} = ${toLatex(num(x))}: \\; ${toLatex(lcdExpr)} ${atLcd.isZero() ? '= 0 \\; \\times' : `= ${toLatex(num(atLcd))} \\ne 0 \\; \\checkmark`}`,
    );
  }
  steps.push({
    action: {
      type: 'check_denominators',
      lcd: toLatex(lcdExpr),
      candidates: candidates.map((r) => toLatex(rootExpr(r))),
      kept: kept.map((r) => toLatex(rootExpr(r))),
      rejected: rejected.map((r) => toLatex(rootExpr(r))),
    },
    latex: lines.length ? `\\begin{array}{l} ${lines.join(' \\\\ ')} \\end{array}` : '\\varnothing',
    state: { kind: 'none' },
  });

  const base = { kind: 'rational_equation' as const, problemLatex: statementToLatex(statement) };
  return rootsSolution(base, steps, v, kept, { rejected });
}

function lowestCommonDenominator(all: Factored[]): Factored {
  // A denominator's number may be a decimal (3.6/4.5 = 4/x): times its numerator (4.5 = 9/2,
  // times 9) it is whole, so the LCD's number is the lcm of the numerators.
  let whole = 1n;
  for (const d of all) whole = lcm(whole, d.constant.abs().num);
  return { constant: Rational.of(whole), factors: highestPowers(all.map((d) => d.factors)) };
}
