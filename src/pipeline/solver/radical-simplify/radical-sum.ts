import { Rational, splitSquareFactor } from '../../math/rational';
import { Expr, call, div, mul, num } from '../../math/expr';
import { Field, NotEvaluable } from '../../math/evaluate';

/**
 * A sum of rational multiples of square roots of square-free integers: 3 + 2√2 − √6/3.
 * Keys are the square-free radicands (1 for the rational part). Exact and canonical: two
 * equal numbers have the same terms.
 */
export class RadicalSum {
  private constructor(readonly terms: ReadonlyMap<bigint, Rational>) {}

  static of(terms: [bigint, Rational][]): RadicalSum {
    const map = new Map<bigint, Rational>();
    for (const [m, c] of terms) {
      const sum = (map.get(m) ?? Rational.ZERO).add(c);
      if (sum.isZero()) map.delete(m);
      else map.set(m, sum);
    }
    return new RadicalSum(map);
  }

  static rational(r: Rational): RadicalSum {
    return RadicalSum.of([[1n, r]]);
  }

  /** √r in simplest form: √(p/q) = √(pq)/q, square factors taken out. */
  static sqrt(r: Rational): RadicalSum {
    if (r.sign() < 0) throw new NotEvaluable('square root of a negative number');
    const { outside, inside } = splitSquareFactor(r.num * r.den);
    return RadicalSum.of([[inside, Rational.of(outside, r.den)]]);
  }

  add(o: RadicalSum): RadicalSum {
    return RadicalSum.of([...this.terms, ...o.terms]);
  }
  neg(): RadicalSum {
    return RadicalSum.of([...this.terms].map(([m, c]) => [m, c.neg()]));
  }
  mul(o: RadicalSum): RadicalSum {
    const out: [bigint, Rational][] = [];
    for (const [m1, c1] of this.terms)
      for (const [m2, c2] of o.terms) {
        // √a·√b = √(ab), its square factor taken out.
        const { outside, inside } = splitSquareFactor(m1 * m2);
        out.push([inside, c1.mul(c2).mul(Rational.of(outside))]);
      }
    return RadicalSum.of(out);
  }

  /**
   * Division as rationalising: by a number, by c√m (times √m/√m), or by a + b√m (times the
   * conjugate); a denominator with two different roots is not taught.
   */
  div(o: RadicalSum): RadicalSum {
    const conjugate = o.conjugate();
    if (!conjugate) throw new NotEvaluable('a denominator with several square roots');
    const denominator = o.mul(conjugate).rationalValue();
    if (!denominator || denominator.isZero()) throw new NotEvaluable('division by zero');
    return this.mul(conjugate).scale(Rational.ONE.div(denominator));
  }

  /**
   * What the denominator is multiplied by to make it rational: 1 when it already is, √m for
   * c√m, and for two terms p + q the conjugate p − q (each term squared is rational), written
   * with its root positive: √3 − 1 takes √3 + 1. Null for three terms or more.
   */
  conjugate(): RadicalSum | null {
    const radicals = [...this.terms.keys()].filter((m) => m !== 1n);
    if (radicals.length === 0) return RadicalSum.rational(Rational.ONE);
    if (this.terms.size === 1) return RadicalSum.of([[radicals[0], Rational.ONE]]);
    if (this.terms.size > 2) return null;
    const [[m1, c1], [m2, c2]] = [...this.terms];
    const conjugate = RadicalSum.of([
      [m1, c1],
      [m2, c2.neg()],
    ]);
    const root = m1 === 1n ? c2.neg() : c1;
    return root.sign() < 0 ? conjugate.neg() : conjugate;
  }

  scale(k: Rational): RadicalSum {
    return RadicalSum.of([...this.terms].map(([m, c]) => [m, c.mul(k)]));
  }

  rationalValue(): Rational | null {
    if (this.terms.size === 0) return Rational.ZERO;
    return this.terms.size === 1 && this.terms.has(1n) ? this.terms.get(1n)! : null;
  }

  hasRadical(): boolean {
    return [...this.terms.keys()].some((m) => m !== 1n);
  }

  toNumber(): number {
    return [...this.terms].reduce((a, [m, c]) => a + c.toNumber() * Math.sqrt(Number(m)), 0);
  }

  /** As an expression: radicals by increasing radicand, then the rational part (2√3 − 1). */
  toExpr(): Expr {
    const ordered = [...this.terms].sort(([a], [b]) =>
      a === 1n ? 1 : b === 1n ? -1 : a < b ? -1 : 1,
    );
    if (ordered.length === 0) return num(0);
    // A sum starts with a positive term where there is one: √3 − √2, 3 − 3√2/2.
    const firstPositive = ordered.findIndex(([, c]) => c.sign() > 0);
    if (firstPositive > 0) ordered.unshift(...ordered.splice(firstPositive, 1));
    let acc: Expr | null = null;
    for (const [m, c] of ordered) {
      const magnitude = termExpr(m, c.abs());
      if (!acc) acc = c.sign() < 0 ? { type: 'neg', arg: magnitude } : magnitude;
      else acc = { type: 'bin', op: c.sign() < 0 ? '-' : '+', left: acc, right: magnitude };
    }
    return acc!;
  }
}

/** c√m with c > 0: √2, 5√2, 5√2/3 (the fraction over the whole), 7. */
function termExpr(m: bigint, c: Rational): Expr {
  if (m === 1n) return num(c);
  const root = call('sqrt', num(m));
  const top = c.num === 1n ? root : mul(num(c.num), root);
  return c.den === 1n ? top : div(top, num(c.den));
}

/** The field the evaluator computes radical expressions in. */
export const RadicalField: Field<RadicalSum> = {
  fromRational: (r) => RadicalSum.rational(r),
  add: (a, b) => a.add(b),
  sub: (a, b) => a.add(b.neg()),
  mul: (a, b) => a.mul(b),
  div: (a, b) => a.div(b),
  neg: (a) => a.neg(),
  pow: (a, b) => {
    const k = b.rationalValue();
    if (!k) throw new NotEvaluable('a radical exponent');
    if (k.den === 2n) {
      // x^(1/2) is √x, for a rational x.
      const base = a.rationalValue();
      if (!base) throw new NotEvaluable('a root of a radical');
      return RadicalField.pow(RadicalSum.sqrt(base), RadicalSum.rational(Rational.of(k.num)));
    }
    if (!k.isInteger() || k.abs().num > 8n)
      throw new NotEvaluable('an exponent other than a small whole number');
    let out = RadicalSum.rational(Rational.ONE);
    for (let i = 0n; i < k.abs().num; i += 1n) out = out.mul(a);
    return k.sign() < 0 ? RadicalSum.rational(Rational.ONE).div(out) : out;
  },
  call: (fn, a) => {
    if (fn !== 'sqrt') throw new NotEvaluable(`${fn} of a radical`);
    const r = a.rationalValue();
    if (!r) throw new NotEvaluable('a square root of a square root');
    return RadicalSum.sqrt(r);
  },
};
