import { Rational, exactPower, isqrt } from './rational';
import { Expr } from './expr';

/** A number system the evaluator can run in: exact rationals, exact surds or floats. */
export interface Field<T> {
  fromRational(r: Rational): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  neg(a: T): T;
  /** Integer powers are exact; other exponents may be unsupported (throw). */
  pow(a: T, exponent: T): T;
  call?(fn: string, a: T): T;
  /** log of `a` to `base` (log₂ 8 = 3). */
  log?(a: T, base: T): T;
  constant?(name: 'pi' | 'e'): T;
  /** An angle written in degrees, in the field's radians. */
  degrees?(d: Rational): T;
}

export class NotEvaluable extends Error {}

export function evaluate<T>(e: Expr, field: Field<T>, env: Record<string, T>): T {
  switch (e.type) {
    case 'num':
      if (e.style === 'degree') {
        if (!field.degrees) throw new NotEvaluable('an angle in degrees is not exact');
        return field.degrees(e.value);
      }
      return field.fromRational(e.value);
    case 'var': {
      if (!(e.name in env)) throw new NotEvaluable(`no value for ${e.name}`);
      return env[e.name];
    }
    case 'const':
      if (!field.constant) throw new NotEvaluable(`constant ${e.name} is not exact`);
      return field.constant(e.name);
    case 'neg':
      return field.neg(evaluate(e.arg, field, env));
    case 'call':
      if (e.base) {
        if (!field.log) throw new NotEvaluable(`log to base is not exact`);
        return field.log(evaluate(e.arg, field, env), evaluate(e.base, field, env));
      }
      if (!field.call) throw new NotEvaluable(`${e.fn} is not exact`);
      return field.call(e.fn, evaluate(e.arg, field, env));
    case 'bin': {
      const l = evaluate(e.left, field, env);
      const r = evaluate(e.right, field, env);
      switch (e.op) {
        case '+':
          return field.add(l, r);
        case '-':
          return field.sub(l, r);
        case '*':
          return field.mul(l, r);
        case '/':
          return field.div(l, r);
        case '^':
          return field.pow(l, r);
      }
    }
  }
}

export const RationalField: Field<Rational> = {
  fromRational: (r) => r,
  add: (a, b) => a.add(b),
  sub: (a, b) => a.sub(b),
  mul: (a, b) => a.mul(b),
  div: (a, b) => a.div(b),
  neg: (a) => a.neg(),
  pow: (a, b) => {
    if (b.abs().compare(Rational.of(64)) > 0) throw new NotEvaluable('exponent too large');
    const power = exactPower(a, b);
    if (!power) throw new NotEvaluable('irrational power');
    return power;
  },
  log: (a, base) => exactLog(a, base),
  call: (fn, a) => {
    if (fn === 'abs') return a.abs();
    if (fn === 'lg') return exactLog(a, Rational.of(10));
    // Only roots of perfect squares are rational; anything else is not exact.
    if (fn !== 'sqrt' || a.sign() < 0) throw new NotEvaluable(`${fn} is not exact`);
    const n = isqrt(a.num);
    const d = isqrt(a.den);
    if (n * n !== a.num || d * d !== a.den) throw new NotEvaluable('irrational square root');
    return Rational.of(n, d);
  },
};

/**
 * log_base(a) when it is a rational p/q with small q (log₂ 8 = 3, log₄ 2 = 1/2, lg 0.01 = −2);
 * anything else is irrational and not exact.
 */
export function exactLog(a: Rational, base: Rational): Rational {
  if (a.sign() <= 0 || base.sign() <= 0 || base.isOne())
    throw new NotEvaluable('log of a non-positive number or to base 1');
  const estimate = Math.log(Math.abs(a.toNumber())) / Math.log(base.toNumber());
  for (let q = 1; q <= 6; q += 1) {
    const p = Math.round(estimate * q);
    if (Math.abs(p) > 64 * q) continue;
    const k = Rational.of(p, q);
    const power = exactPower(base, k);
    if (power && power.equals(a)) return k;
  }
  throw new NotEvaluable('irrational logarithm');
}

/** log is natural, as in mathjs (what plain answers are written for); lg is base 10. */
const FLOAT_FUNCTIONS: Record<string, (a: number) => number> = {
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  cot: (a) => 1 / Math.tan(a),
  sec: (a) => 1 / Math.cos(a),
  csc: (a) => 1 / Math.sin(a),
  arcsin: Math.asin,
  arccos: Math.acos,
  arctan: Math.atan,
  exp: Math.exp,
  ln: Math.log,
  log: Math.log,
  lg: Math.log10,
  sqrt: Math.sqrt,
  abs: Math.abs,
};

export const FloatField: Field<number> = {
  fromRational: (r) => r.toNumber(),
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  neg: (a) => -a,
  pow: (a, b) => {
    if (a >= 0 || Number.isInteger(b)) return Math.pow(a, b);
    // A negative base has a real odd root: (−8)^(1/3) = −2, as exact arithmetic says.
    for (const q of [3, 5, 7, 9, 11]) {
      const p = Math.round(b * q);
      if (Math.abs(b * q - p) < 1e-9) return (p % 2 ? -1 : 1) * Math.pow(-a, b);
    }
    return NaN;
  },
  call: (fn, a) => {
    const f = FLOAT_FUNCTIONS[fn];
    if (!f) throw new NotEvaluable(fn);
    return f(a);
  },
  log: (a, base) => Math.log(a) / Math.log(base),
  degrees: (d) => (d.toNumber() * Math.PI) / 180,
  constant: (name) => (name === 'pi' ? Math.PI : Math.E),
};

export function evaluateRational(e: Expr, env: Record<string, Rational> = {}): Rational {
  return evaluate(e, RationalField, env);
}

export function evaluateFloat(e: Expr, env: Record<string, number> = {}): number {
  return evaluate(e, FloatField, env);
}
