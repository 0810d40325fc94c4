import { Statement } from '../../math/expr';
import { evaluate } from '../../math/evaluate';
import { Polynomial } from '../../math/polynomial';
import { Rational } from '../../math/rational';
import { Surd, surdField } from '../../math/surd';
import { toLatex } from '../../math/print';
import { AnswerCheckError } from '../errors';
import { rootExpr, rootValue } from '../quadratic.solver';
import { CheckReport, QuadraticRoot, Solution } from '../solution';

/**
 * The check of a polynomial equation, independent of how it was solved: every claimed root
 * makes the two sides of the original equal, exactly (surds included); and the number of
 * distinct real roots is the one Sturm's theorem counts on the original polynomial, so no
 * root was lost or invented.
 */
export function checkPolynomialEquation(s: Statement, v: string, solution: Solution): CheckReport {
  const p = Polynomial.fromExpr(s.left).sub(Polynomial.fromExpr(s.right));
  const coefficients = Array.from({ length: p.degree(v) + 1 }, (_, k) => p.coefficient(v, k));
  const count = sturmRealRootCount(coefficients);
  const roots = solution.exactRoots ?? [];
  if (roots.length !== count)
    throw new AnswerCheckError(`${roots.length} roots claimed, Sturm's theorem counts ${count}`);
  for (const root of roots)
    if (!satisfies(s, v, root))
      throw new AnswerCheckError(`${toLatex(rootExpr(root))} is not a root`);
  return {
    method: 'substitution',
    lines: roots
      .map(
        (r) =>
          `${v} = ${toLatex(rootExpr(r))}: \\; ${toLatex(s.left)} = ${toLatex(s.right)} \\;\\checkmark`,
      )
      .slice(0, 4),
    facts: {
      variable: v,
      count: String(count),
      roots: roots.map((r) => rootValue(r).toPrecision(4)).join(', '),
    },
  };
}

function satisfies(s: Statement, v: string, root: QuadraticRoot): boolean {
  // For a rational root any non-square m does; √2 is then simply never used.
  const m = root.q === 0n ? 2n : root.m;
  const field = surdField(m);
  const value = new Surd(Rational.of(root.p, root.r), Rational.of(root.q, root.r), m);
  return evaluate(s.left, field, { [v]: value })
    .sub(evaluate(s.right, field, { [v]: value }))
    .isZero();
}

export type Poly = Rational[];

export const trimPoly = (p: Poly): Poly => {
  const out = [...p];
  while (out.length > 1 && out[out.length - 1].isZero()) out.pop();
  return out;
};

function derivative(p: Poly): Poly {
  return p.length <= 1 ? [Rational.ZERO] : p.slice(1).map((c, k) => c.mul(Rational.of(k + 1)));
}

export function remainder(a: Poly, b: Poly): Poly {
  let r = trimPoly(a);
  const d = trimPoly(b);
  while (r.length >= d.length && !(r.length === 1 && r[0].isZero())) {
    const factor = r[r.length - 1].div(d[d.length - 1]);
    const shift = r.length - d.length;
    r = trimPoly(
      r.map((c, i) => (i >= shift && i - shift < d.length ? c.sub(factor.mul(d[i - shift])) : c)),
    );
    if (r.length < d.length || (r.length === 1 && r[0].isZero())) break;
  }
  return r;
}

/** Distinct real roots by Sturm's theorem: sign changes at −∞ minus those at +∞. */
export function sturmRealRootCount(coefficients: Rational[]): number {
  const chain: Poly[] = [trimPoly(coefficients), trimPoly(derivative(coefficients))];
  for (;;) {
    const r = remainder(chain[chain.length - 2], chain[chain.length - 1]);
    if (r.length === 1 && r[0].isZero()) break;
    chain.push(r.map((c) => c.neg()));
  }
  const changes = (signs: number[]) =>
    signs.filter((x) => x !== 0).reduce((n, x, i, a) => (i > 0 && x !== a[i - 1] ? n + 1 : n), 0);
  const lead = (p: Poly) => p[p.length - 1].sign();
  const atPlus = chain.map(lead);
  const atMinus = chain.map((p) => lead(p) * ((p.length - 1) % 2 === 0 ? 1 : -1));
  return changes(atMinus) - changes(atPlus);
}

/** Greatest common divisor of two polynomials over the rationals (Euclid). */
export function polynomialGcd(a: Poly, b: Poly): Poly {
  let [x, y] = [trimPoly(a), trimPoly(b)];
  while (!(y.length === 1 && y[0].isZero())) [x, y] = [y, remainder(x, y)];
  return x;
}
