import { Rational, gcd, isqrt } from '../../math/rational';
import { Expr, add, mul, neg, num, pow, sub, variable } from '../../math/expr';

/**
 * Polynomials in one variable with integer coefficients, dense, lowest degree first:
 * [6, 5, 1] is x² + 5x + 6. Factoring works on these; the checker has its own tests.
 */
export type IntPoly = bigint[];

export function trim(p: IntPoly): IntPoly {
  const out = [...p];
  while (out.length > 1 && out[out.length - 1] === 0n) out.pop();
  return out;
}

export const degree = (p: IntPoly): number => trim(p).length - 1;
export const lead = (p: IntPoly): bigint => trim(p)[degree(p)];

export function content(p: IntPoly): bigint {
  return p.reduce((g, c) => gcd(g, c), 0n) || 1n;
}

export function scale(p: IntPoly, k: bigint): IntPoly {
  return p.map((c) => c * k);
}

export function divideExact(p: IntPoly, k: bigint): IntPoly {
  return p.map((c) => c / k);
}

/** p(r) exactly, for a rational r. */
export function valueAt(p: IntPoly, r: Rational): Rational {
  let acc = Rational.ZERO;
  for (let i = p.length - 1; i >= 0; i -= 1) acc = acc.mul(r).add(Rational.of(p[i]));
  return acc;
}

/** p ÷ (q·x − r) when it divides exactly (synthetic division on the root r/q). */
export function divideByLinear(p: IntPoly, q: bigint, r: bigint): IntPoly | null {
  // Divide from the top: p = (q x − r)·s, s has degree deg p − 1.
  const n = degree(p);
  const s: bigint[] = new Array(n).fill(0n);
  let rest = [...trim(p)];
  for (let k = n - 1; k >= 0; k -= 1) {
    const top = rest[k + 1];
    if (top % q !== 0n) return null;
    s[k] = top / q;
    rest[k + 1] = 0n;
    rest[k] += s[k] * r;
  }
  rest = trim(rest);
  return rest.length === 1 && rest[0] === 0n ? s : null;
}

export function multiply(p: IntPoly, q: IntPoly): IntPoly {
  const out: bigint[] = new Array(p.length + q.length - 1).fill(0n);
  p.forEach((a, i) => q.forEach((b, j) => (out[i + j] += a * b)));
  return trim(out);
}

export function isSquare(n: bigint): boolean {
  return n >= 0n && isqrt(n) ** 2n === n;
}

function divisors(n: bigint): bigint[] {
  const m = n < 0n ? -n : n;
  const out: bigint[] = [];
  // Coefficients are bounded (30 digits as written), but trial division is bounded too.
  for (let d = 1n; d * d <= m && d <= 100000n; d += 1n) {
    if (m % d === 0n) out.push(d, m / d);
  }
  return [...new Set(out)].sort((a, b) => (a < b ? -1 : 1));
}

/** A rational root r/q of p (q > 0, lowest terms), by the rational-root theorem, or null. */
export function rationalRoot(p: IntPoly): { r: bigint; q: bigint } | null {
  const t = trim(p);
  if (t[0] === 0n) return { r: 0n, q: 1n };
  for (const q of divisors(lead(t)))
    for (const r0 of divisors(t[0]))
      for (const r of [r0, -r0]) {
        if (gcd(r, q) !== 1n) continue;
        if (valueAt(t, Rational.of(r, q)).isZero()) return { r, q };
      }
  return null;
}

/** The polynomial as an expression in v, highest power first: 2x² − 3x + 1. */
export function toExpr(p: IntPoly, v: string): Expr {
  const t = trim(p);
  let acc: Expr | null = null;
  for (let k = t.length - 1; k >= 0; k -= 1) {
    const c = t[k];
    if (c === 0n && !(k === 0 && acc === null)) continue;
    const power = k === 0 ? null : k === 1 ? variable(v) : pow(variable(v), num(k));
    const magnitude = c < 0n ? -c : c;
    const term: Expr = !power
      ? num(magnitude)
      : magnitude === 1n
        ? power
        : mul(num(magnitude), power);
    if (acc === null) acc = c < 0n ? neg(term) : term;
    else acc = c < 0n ? sub(acc, term) : add(acc, term);
  }
  return acc ?? num(0);
}
