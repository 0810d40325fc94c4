import { Expr, Statement, mul, neg, num, pow } from '../../math/expr';
import { Polynomial } from '../../math/polynomial';
import { Rational } from '../../math/rational';
import { UnsupportedProblemError } from '../errors';
import { factorCompletely } from '../factoring/factoring.solver';
import { IntPoly, toExpr as intPolyExpr, trim } from '../factoring/int-poly';

/** A rational expression as one fraction: numerator over denominator, both polynomials. */
export interface Fraction {
  num: Polynomial;
  den: Polynomial;
}

/** Any expression built from + − × ÷ and whole powers, as one (unsimplified) fraction. */
export function asFraction(e: Expr): Fraction {
  switch (e.type) {
    case 'num':
    case 'var':
      return { num: Polynomial.fromExpr(e), den: Polynomial.constant(1) };
    case 'neg': {
      const a = asFraction(e.arg);
      return { num: a.num.scale(Rational.of(-1)), den: a.den };
    }
    case 'bin': {
      if (e.op === '^') {
        const k = e.right.type === 'num' ? e.right.value : null;
        if (!k || !k.isInteger() || k.sign() < 0 || k.num > 8n)
          throw new UnsupportedProblemError(
            'not_supported',
            'a power other than a small whole one',
          );
        const a = asFraction(e.left);
        return { num: a.num.pow(Number(k.num)), den: a.den.pow(Number(k.num)) };
      }
      const a = asFraction(e.left);
      const b = asFraction(e.right);
      if (e.op === '*') return { num: a.num.mul(b.num), den: a.den.mul(b.den) };
      if (e.op === '/') {
        if (b.num.isZero()) throw new UnsupportedProblemError('not_supported', 'division by zero');
        return { num: a.num.mul(b.den), den: a.den.mul(b.num) };
      }
      const sign = Rational.of(e.op === '+' ? 1 : -1);
      return { num: a.num.mul(b.den).add(b.num.mul(a.den).scale(sign)), den: a.den.mul(b.den) };
    }
    default:
      throw new UnsupportedProblemError('not_supported', 'a function in a fractional equation');
  }
}

/** The terms of a sum as written, each with its sign: a − b/c + d → [a, −b/c, d]. */
export function sumTerms(e: Expr, sign = 1): { expr: Expr; sign: number }[] {
  if (e.type === 'bin' && (e.op === '+' || e.op === '-'))
    return [...sumTerms(e.left, sign), ...sumTerms(e.right, e.op === '+' ? sign : -sign)];
  if (e.type === 'neg') return sumTerms(e.arg, -sign);
  return [{ expr: e, sign }];
}

/** True when the unknown appears in a denominator: a fractional equation (分式方程). */
export function hasUnknownDenominator(s: Statement, v: string): boolean {
  return [s.left, s.right].some((side) => {
    try {
      return asFraction(side).den.degree(v) > 0;
    } catch {
      return false;
    }
  });
}

/** A polynomial in v with integer coefficients, as an IntPoly (constant term first). */
export function toIntPoly(p: Polynomial, v: string): IntPoly {
  const coefficients = Array.from({ length: p.degree(v) + 1 }, (_, k) => p.coefficient(v, k));
  if (!coefficients.every((c) => c.isInteger()))
    throw new UnsupportedProblemError(
      'not_supported',
      'a denominator with fractional coefficients',
    );
  return trim(coefficients.map((c) => c.num));
}

/** An irreducible factor and its power. */
export type PolyFactor = { poly: IntPoly; power: number };

/** A denominator as a whole number times irreducible factors with their powers. */
export interface Factored {
  constant: Rational;
  factors: PolyFactor[];
}

export function factorDenominator(p: Polynomial, v: string): Factored {
  const constant = p.constantValue();
  if (constant) return { constant, factors: [] };
  toIntPoly(p, v); // refuses fractional coefficients
  const f = factorCompletely(p.toExpr());
  const factors = f.grouped().map((g) => ({ poly: g.poly, power: g.power }));
  if (f.monomial) {
    const power =
      f.monomial.type === 'bin' && f.monomial.right.type === 'num'
        ? Number(f.monomial.right.value.num)
        : 1;
    factors.unshift({ poly: [0n, 1n], power });
  }
  return { constant: f.constant, factors };
}

export const factorKey = (p: IntPoly) => trim(p).join(',');

const powerIn = (fs: PolyFactor[], f: PolyFactor) =>
  fs.find((g) => factorKey(g.poly) === factorKey(f.poly))?.power ?? 0;

/** Each factor to the highest power any of the lists has it (a common denominator's factors). */
export function highestPowers(lists: PolyFactor[][]): PolyFactor[] {
  const out: PolyFactor[] = [];
  for (const f of lists.flat()) {
    const seen = out.find((o) => factorKey(o.poly) === factorKey(f.poly));
    if (!seen) out.push({ ...f });
    else seen.power = Math.max(seen.power, f.power);
  }
  return out;
}

/** whole ÷ part: the constants' quotient and each of whole's factors to its missing power. */
export function cofactorOf(whole: Factored, part: Factored): Factored {
  return {
    constant: whole.constant.div(part.constant),
    factors: whole.factors.map((f) => ({
      poly: f.poly,
      power: f.power - powerIn(part.factors, f),
    })),
  };
}

/** The factors two products share, each to the lower of its two powers. */
export function sharedFactors(a: PolyFactor[], b: PolyFactor[]): PolyFactor[] {
  return a.flatMap((f) => {
    const power = Math.min(f.power, powerIn(b, f));
    return power > 0 ? [{ poly: f.poly, power }] : [];
  });
}

/** A product of factors (with powers) times a constant, as an expression. */
export function productExpr(
  constant: Rational,
  factors: { poly: IntPoly; power: number }[],
  v: string,
): Expr | null {
  const parts: Expr[] = [];
  const minus = constant.equals(Rational.of(-1));
  if (!constant.isOne() && !minus) parts.push(num(constant));
  for (const f of factors) {
    if (f.power === 0) continue;
    const base = intPolyExpr(f.poly, v);
    parts.push(f.power === 1 ? base : pow(base, num(f.power)));
  }
  if (!parts.length) return minus ? num(-1) : null;
  const product = parts.reduce((a, b) => mul(a, b));
  // −(x + 1), not −1(x + 1).
  return minus ? neg(product) : product;
}

export function productPolynomial(
  constant: Rational,
  factors: { poly: IntPoly; power: number }[],
  v: string,
): Polynomial {
  return factors.reduce(
    (acc, f) => acc.mul(Polynomial.fromExpr(intPolyExpr(f.poly, v)).pow(f.power)),
    Polynomial.constant(constant),
  );
}

/** The denominators as the student wrote them: 1 − x stays 1 − x. */
export function writtenDenominators(e: Expr): Expr[] {
  if (e.type === 'bin')
    return [
      ...writtenDenominators(e.left),
      ...(e.op === '/' ? [e.right] : writtenDenominators(e.right)),
    ];
  return e.type === 'neg' ? writtenDenominators(e.arg) : [];
}
