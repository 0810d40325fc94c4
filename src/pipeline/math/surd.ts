import { Rational, isqrt } from './rational';
import { Field, NotEvaluable } from './evaluate';

/**
 * a + b·√m with rational a, b and one fixed square-free m: enough to substitute a
 * quadratic-formula root back into the equation and check it exactly.
 */
export class Surd {
  constructor(
    readonly a: Rational,
    readonly b: Rational,
    readonly m: bigint,
  ) {}

  static rational(r: Rational, m: bigint): Surd {
    return new Surd(r, Rational.ZERO, m);
  }

  add(o: Surd): Surd {
    return new Surd(this.a.add(o.a), this.b.add(o.b), this.m);
  }
  sub(o: Surd): Surd {
    return new Surd(this.a.sub(o.a), this.b.sub(o.b), this.m);
  }
  mul(o: Surd): Surd {
    const m = Rational.of(this.m);
    return new Surd(
      this.a.mul(o.a).add(this.b.mul(o.b).mul(m)),
      this.a.mul(o.b).add(this.b.mul(o.a)),
      this.m,
    );
  }
  conjugate(): Surd {
    return new Surd(this.a, this.b.neg(), this.m);
  }
  div(o: Surd): Surd {
    const norm = o.a.mul(o.a).sub(o.b.mul(o.b).mul(Rational.of(this.m)));
    if (norm.isZero()) throw new RangeError('division by zero');
    const top = this.mul(o.conjugate());
    return new Surd(top.a.div(norm), top.b.div(norm), this.m);
  }
  isZero(): boolean {
    return this.a.isZero() && this.b.isZero();
  }
  toNumber(): number {
    return this.a.toNumber() + this.b.toNumber() * Math.sqrt(Number(this.m));
  }
}

export function surdField(m: bigint): Field<Surd> {
  // Exactness needs √m irrational (then a + b√m = 0 only when a = b = 0); m need not be
  // square-free past the square-factor bound.
  const root = isqrt(m);
  if (root * root === m) throw new RangeError('m must not be a perfect square');
  return {
    fromRational: (r) => Surd.rational(r, m),
    add: (x, y) => x.add(y),
    sub: (x, y) => x.sub(y),
    mul: (x, y) => x.mul(y),
    div: (x, y) => x.div(y),
    neg: (x) => new Surd(x.a.neg(), x.b.neg(), m),
    pow: (x, e) => {
      if (!e.b.isZero() || !e.a.isInteger() || e.a.sign() < 0 || e.a.num > 64n)
        throw new NotEvaluable('exponent');
      let acc = Surd.rational(Rational.ONE, m);
      for (let i = 0n; i < e.a.num; i += 1n) acc = acc.mul(x);
      return acc;
    },
  };
}
