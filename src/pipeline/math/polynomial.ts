import { Rational, lcm } from './rational';
import { LIMITS, WorkLimitError } from './limits';
import { Expr, NumberStyle, buildSum, mul, num, pow, variable } from './expr';

export class NotPolynomial extends Error {}

type Monomial = Record<string, number>;
interface Term {
  mono: Monomial;
  coef: Rational;
}

function monoKey(m: Monomial): string {
  return Object.keys(m)
    .sort()
    .map((v) => `${v}^${m[v]}`)
    .join('*');
}

function monoDegree(m: Monomial): number {
  return Object.values(m).reduce((a, b) => a + b, 0);
}

/** Polynomials in any variables with exact rational coefficients. Immutable. */
export class Polynomial {
  private constructor(private readonly terms: Map<string, Term>) {}

  static constant(c: Rational | number): Polynomial {
    const r = c instanceof Rational ? c : Rational.of(c);
    return Polynomial.fromTerms([{ mono: {}, coef: r }]);
  }
  static variable(name: string): Polynomial {
    return Polynomial.fromTerms([{ mono: { [name]: 1 }, coef: Rational.ONE }]);
  }
  private static fromTerms(list: Term[]): Polynomial {
    const map = new Map<string, Term>();
    for (const t of list) {
      const key = monoKey(t.mono);
      const prev = map.get(key);
      const coef = prev ? prev.coef.add(t.coef) : t.coef;
      if (coef.isZero()) map.delete(key);
      else map.set(key, { mono: t.mono, coef });
    }
    if (map.size > LIMITS.terms) throw new WorkLimitError('terms');
    return new Polynomial(map);
  }

  /** Reads an expression as a polynomial; division only by non-zero constants. */
  static fromExpr(e: Expr): Polynomial {
    switch (e.type) {
      case 'num':
        if (e.style === 'degree') throw new NotPolynomial('an angle');
        return Polynomial.constant(e.value);
      case 'var':
        return Polynomial.variable(e.name);
      case 'neg':
        return Polynomial.fromExpr(e.arg).scale(Rational.of(-1));
      case 'bin': {
        const l = Polynomial.fromExpr(e.left);
        if (e.op === '^') {
          const ex = Polynomial.fromExpr(e.right);
          const k = ex.constantValue();
          if (!k || !k.isInteger() || k.sign() < 0) throw new NotPolynomial('exponent');
          // A number's power is bounded by the number's own limits (2^60 is fine).
          const base = l.constantValue();
          if (base) return Polynomial.constant(base.pow(Number(k.num)));
          // The total degree is bounded, not each exponent: ((x+1)^12)^12 is refused here.
          if (k.num > BigInt(LIMITS.totalDegree) || l.degree() * Number(k.num) > LIMITS.totalDegree)
            throw new WorkLimitError('totalDegree');
          return l.pow(Number(k.num));
        }
        const r = Polynomial.fromExpr(e.right);
        if (e.op === '+') return l.add(r);
        if (e.op === '-') return l.sub(r);
        if (e.op === '*') return l.mul(r);
        const c = r.constantValue();
        if (!c || c.isZero()) throw new NotPolynomial('division by a non-constant');
        return l.scale(Rational.ONE.div(c));
      }
      default:
        throw new NotPolynomial(e.type);
    }
  }

  termList(): Term[] {
    return [...this.terms.values()];
  }
  add(o: Polynomial): Polynomial {
    return Polynomial.fromTerms([...this.termList(), ...o.termList()]);
  }
  sub(o: Polynomial): Polynomial {
    return this.add(o.scale(Rational.of(-1)));
  }
  scale(c: Rational): Polynomial {
    return Polynomial.fromTerms(
      this.termList().map((t) => ({ mono: t.mono, coef: t.coef.mul(c) })),
    );
  }
  mul(o: Polynomial): Polynomial {
    if (this.degree() + o.degree() > LIMITS.totalDegree) throw new WorkLimitError('totalDegree');
    if (this.terms.size * o.terms.size > LIMITS.terms * LIMITS.terms)
      throw new WorkLimitError('terms');
    const out: Term[] = [];
    for (const a of this.termList()) {
      for (const b of o.termList()) {
        const mono: Monomial = { ...a.mono };
        for (const [v, k] of Object.entries(b.mono)) mono[v] = (mono[v] ?? 0) + k;
        out.push({ mono, coef: a.coef.mul(b.coef) });
      }
    }
    return Polynomial.fromTerms(out);
  }
  pow(n: number): Polynomial {
    let acc = Polynomial.constant(1);
    for (let i = 0; i < n; i += 1) acc = acc.mul(this);
    return acc;
  }

  isZero(): boolean {
    return this.terms.size === 0;
  }
  constantValue(): Rational | null {
    if (this.isZero()) return Rational.ZERO;
    if (this.terms.size === 1 && this.terms.has('')) return this.terms.get('')!.coef;
    return null;
  }
  variables(): string[] {
    const vs = new Set<string>();
    for (const t of this.termList()) Object.keys(t.mono).forEach((v) => vs.add(v));
    return [...vs].sort();
  }
  degree(v?: string): number {
    let d = this.isZero() ? -Infinity : 0;
    for (const t of this.termList()) d = Math.max(d, v ? (t.mono[v] ?? 0) : monoDegree(t.mono));
    return d;
  }
  /** Coefficient of v^k in a polynomial whose only variable is v (or of the constant). */
  coefficient(v: string, k: number): Rational {
    const key = k === 0 ? '' : monoKey({ [v]: k });
    return this.terms.get(key)?.coef ?? Rational.ZERO;
  }
  /** Coefficient of a monomial given as {x:1} etc. */
  coefficientOf(mono: Monomial): Rational {
    return this.terms.get(monoKey(mono))?.coef ?? Rational.ZERO;
  }
  /** LCM of all coefficient denominators: multiplying by it clears fractions. */
  denominatorLcm(): bigint {
    return this.termList().reduce((acc, t) => lcm(acc, t.coef.den), 1n);
  }
  equals(o: Polynomial): boolean {
    return this.sub(o).isZero();
  }
  evaluate(env: Record<string, Rational>): Rational {
    let acc = Rational.ZERO;
    for (const t of this.termList()) {
      let v = t.coef;
      for (const [name, k] of Object.entries(t.mono)) v = v.mul(env[name].pow(k));
      acc = acc.add(v);
    }
    return acc;
  }

  /** Textbook order: higher degree first, then alphabetical, constant last. */
  toExpr(style: NumberStyle | 'auto' = 'auto'): Expr {
    const ordered = this.termList().sort((a, b) => {
      const d = monoDegree(b.mono) - monoDegree(a.mono);
      if (d !== 0) return d;
      return compareMonomials(a.mono, b.mono);
    });
    if (ordered.length === 0) return num(0);
    return buildSum(
      ordered.map((t) => ({
        sign: t.coef.sign() < 0 ? -1 : 1,
        term: termExpr(t.mono, t.coef.abs(), style),
      })),
    );
  }
}

function compareMonomials(a: Monomial, b: Monomial): number {
  const vars = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const v of vars) {
    const d = (b[v] ?? 0) - (a[v] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function termExpr(mono: Monomial, coef: Rational, style: NumberStyle | 'auto'): Expr {
  const factors: Expr[] = Object.keys(mono)
    .sort()
    .map((v) => (mono[v] === 1 ? variable(v) : pow(variable(v), num(mono[v]))));
  const numberStyle: NumberStyle =
    style === 'decimal' && coef.isTerminatingDecimal()
      ? 'decimal'
      : coef.isInteger()
        ? 'integer'
        : 'fraction';
  if (factors.length === 0) return num(coef, numberStyle);
  // Left-nested so 2xy prints as one monomial, not 2(xy).
  const start = coef.isOne() ? factors[0] : mul(num(coef, numberStyle), factors[0]);
  return factors.slice(1).reduce((a, b) => mul(a, b), start);
}
