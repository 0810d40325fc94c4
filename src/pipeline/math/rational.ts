import { LIMITS, WorkLimitError, bitLength, checkNumberSize } from './limits';

/** Exact rational numbers on BigInt: the student must see 2/3, never 0.6666666. */
export class Rational {
  readonly num: bigint;
  readonly den: bigint;

  private constructor(num: bigint, den: bigint) {
    this.num = num;
    this.den = den;
  }

  static of(num: bigint | number, den: bigint | number = 1n): Rational {
    let n = BigInt(num);
    let d = BigInt(den);
    if (d === 0n) throw new RangeError('division by zero');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n < 0n ? -n : n, d);
    const r = new Rational(n / g, d / g);
    checkNumberSize(r.num);
    checkNumberSize(r.den);
    return r;
  }

  static readonly ZERO = Rational.of(0);
  static readonly ONE = Rational.of(1);

  /** Parses "12", "-3", "2.75", "1/3" exactly. */
  static parse(text: string): Rational {
    const t = text.trim();
    const frac = /^(-?\d+)\s*\/\s*(\d+)$/.exec(t);
    if (frac) return Rational.of(BigInt(frac[1]), BigInt(frac[2]));
    const dec = /^(-?)(\d*)(?:\.(\d+))?$/.exec(t);
    if (!dec || (dec[2] === '' && dec[3] === undefined))
      throw new SyntaxError(`not a number: ${text}`);
    const digits = (dec[2] || '0') + (dec[3] ?? '');
    const scale = 10n ** BigInt((dec[3] ?? '').length);
    return Rational.of(BigInt(dec[1] + digits), scale);
  }

  add(o: Rational): Rational {
    return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  sub(o: Rational): Rational {
    return this.add(o.neg());
  }
  mul(o: Rational): Rational {
    return Rational.of(this.num * o.num, this.den * o.den);
  }
  div(o: Rational): Rational {
    if (o.num === 0n) throw new RangeError('division by zero');
    return Rational.of(this.num * o.den, this.den * o.num);
  }
  neg(): Rational {
    return new Rational(-this.num, this.den);
  }
  abs(): Rational {
    return this.num < 0n ? this.neg() : this;
  }
  pow(exponent: number): Rational {
    if (!Number.isInteger(exponent)) throw new RangeError('non-integer exponent');
    if (exponent < 0) return Rational.ONE.div(this.pow(-exponent));
    if (Math.abs(exponent) > LIMITS.exponent) throw new WorkLimitError('exponent');
    // Refuse before computing a power that would be too large to carry.
    if (Math.max(bitLength(this.num), bitLength(this.den)) * exponent > LIMITS.numberBits + 64)
      throw new WorkLimitError('numberBits');
    const e = BigInt(exponent);
    return Rational.of(this.num ** e, this.den ** e);
  }

  isZero(): boolean {
    return this.num === 0n;
  }
  isOne(): boolean {
    return this.num === 1n && this.den === 1n;
  }
  isInteger(): boolean {
    return this.den === 1n;
  }
  sign(): -1 | 0 | 1 {
    return this.num === 0n ? 0 : this.num < 0n ? -1 : 1;
  }
  equals(o: Rational): boolean {
    return this.num === o.num && this.den === o.den;
  }
  compare(o: Rational): number {
    const d = this.num * o.den - o.num * this.den;
    return d === 0n ? 0 : d < 0n ? -1 : 1;
  }
  toNumber(): number {
    return Number(this.num) / Number(this.den);
  }

  /** A finite decimal exists when the reduced denominator has only the primes 2 and 5. */
  isTerminatingDecimal(): boolean {
    let d = this.den;
    while (d % 2n === 0n) d /= 2n;
    while (d % 5n === 0n) d /= 5n;
    return d === 1n;
  }

  toDecimalString(): string {
    if (!this.isTerminatingDecimal()) throw new RangeError('not a terminating decimal');
    // den = 2^a·5^b: scale by 10^max(a, b) in one multiplication (no digit-by-digit loop).
    const places = Math.max(multiplicity(this.den, 2n), multiplicity(this.den, 5n));
    const scaled = (this.num * 10n ** BigInt(places)) / this.den;
    const neg = scaled < 0n;
    const digits = (neg ? -scaled : scaled).toString().padStart(places + 1, '0');
    const body = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
    return (neg ? '-' : '') + body;
  }

  /** Plain text usable by mathjs and by people: "7", "-2/3". */
  toString(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }
}

export function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

export function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

function multiplicity(n: bigint, p: bigint): number {
  let k = 0;
  while (n % p === 0n) {
    n /= p;
    k += 1;
  }
  return k;
}

/** Largest k with k*k <= n, exactly (Newton's method: a few dozen steps for any size). */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError('negative');
  if (n < 2n) return n;
  // Start above the root (2^ceil(bits/2)) so the iteration falls monotonically onto it.
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/**
 * Splits n >= 0 into k*sqrt(m): sqrt(72) = 6*sqrt(2). Square factors are taken out by trial
 * division up to a bound; past it the rest stays under the root unless it is itself a
 * perfect square (exact either way, only less tidy for huge n, which nobody is taught).
 */
export function splitSquareFactor(n: bigint): { outside: bigint; inside: bigint } {
  let outside = 1n;
  let inside = n;
  const bound = BigInt(LIMITS.squareFactorTrials);
  for (let p = 2n; p <= bound && p * p <= inside; p += 1n) {
    while (inside % (p * p) === 0n) {
      inside /= p * p;
      outside *= p;
    }
  }
  const root = isqrt(inside);
  if (root * root === inside) return { outside: outside * root, inside: 1n };
  return { outside, inside };
}

/** The exact k-th root of n ≥ 0, or null when n is not a k-th power (Newton's method). */
export function exactRoot(n: bigint, k: number): bigint | null {
  if (n < 2n) return n;
  const K = BigInt(k);
  let x = 1n << BigInt(Math.ceil(bitLength(n) / k) + 1);
  for (;;) {
    const y = ((K - 1n) * x + n / x ** (K - 1n)) / K;
    if (y >= x) break;
    x = y;
  }
  return x ** K === n ? x : null;
}

/**
 * a^(p/q) when it is rational: 8^(1/3) = 2, 4^(−1/2) = 1/2; null for 2^(1/2). Roots of
 * negative numbers only for odd q.
 */
export function exactPower(a: Rational, b: Rational): Rational | null {
  if (b.isInteger()) return a.pow(Number(b.num));
  if (b.den > 12n) return null;
  const q = Number(b.den);
  if (a.sign() < 0 && q % 2 === 0) return null;
  const sign = a.sign() < 0 ? -1n : 1n;
  const num = exactRoot(a.num * sign, q);
  const den = exactRoot(a.den, q);
  if (num === null || den === null) return null;
  return Rational.of(sign * num, den).pow(Number(b.num));
}
