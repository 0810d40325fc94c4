import { Rational, exactRoot } from '../../math/rational';

/** r = base^exponent with the smallest base > 1 (or < 1 for r < 1): 27 = 3³, 1/8 = (1/2)³. */
export interface AsPower {
  base: Rational;
  exponent: bigint;
}

/** A positive rational other than 1 as a power of the smallest base it is a power of. */
export function asPower(r: Rational): AsPower | null {
  if (r.sign() <= 0 || r.isOne()) return null;
  const bits = Math.max(r.num.toString(2).length, r.den.toString(2).length);
  for (let k = bits; k >= 1; k -= 1) {
    const num = exactRoot(r.num, k);
    const den = num === null ? null : exactRoot(r.den, k);
    if (num !== null && den !== null) return { base: Rational.of(num, den), exponent: BigInt(k) };
  }
  return null;
}

/**
 * The base both numbers are powers of, when there is one: 9 and 27 are 3² and 3³, 4 and
 * 1/8 are 2² and 2⁻³. Returns each number's exponent to that base (1 is any base to the 0).
 */
export function commonBase(
  a: Rational,
  b: Rational,
): { base: Rational; a: Rational; b: Rational } | null {
  const pa = asPower(a);
  if (!pa) return null;
  // The base greater than 1, so the exponents carry the signs: 1/8 = 2⁻³.
  const base = pa.base.compare(Rational.ONE) > 0 ? pa.base : Rational.ONE.div(pa.base);
  const aExp = Rational.of(pa.base.equals(base) ? pa.exponent : -pa.exponent);
  if (b.isOne()) return { base, a: aExp, b: Rational.ZERO };
  const pb = asPower(b);
  if (!pb) return null;
  if (pb.base.equals(base)) return { base, a: aExp, b: Rational.of(pb.exponent) };
  if (pb.base.equals(Rational.ONE.div(base)))
    return { base, a: aExp, b: Rational.of(-pb.exponent) };
  return null;
}
