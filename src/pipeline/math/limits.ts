/**
 * Bounds on the work one problem may cost. Every expensive step checks its bound *before*
 * doing the work, so a hostile or mistyped input is refused in milliseconds instead of
 * pinning a CPU: no school problem comes near any of these.
 */
export const LIMITS = {
  /** Characters of one problem as typed or read. */
  inputChars: 2000,
  /** Digits of one number as written. */
  literalDigits: 30,
  /** Bits of a numerator or denominator during the work (about 150 decimal digits). */
  numberBits: 512,
  /** A power's exponent when evaluated exactly. */
  exponent: 64,
  /** Total degree of a polynomial after expansion. */
  totalDegree: 40,
  /** Terms of a polynomial after expansion. */
  terms: 400,
  /** Brackets, powers and function calls inside one another. */
  nesting: 40,
  /** Trial divisors tried when taking square factors out of a surd. */
  squareFactorTrials: 20000,
} as const;

export type LimitName =
  'inputChars' | 'literalDigits' | 'numberBits' | 'exponent' | 'totalDegree' | 'terms' | 'nesting';

/** The problem is too large to explain: thrown before the expensive step, never after. */
export class WorkLimitError extends Error {
  constructor(readonly limit: LimitName) {
    super(`too large to explain (limit: ${limit} ${LIMITS[limit]})`);
    this.name = 'WorkLimitError';
  }
}

const NUMBER_LIMIT = 1n << BigInt(LIMITS.numberBits);

/** Throws when |n| has more bits than the work may carry. */
export function checkNumberSize(n: bigint): void {
  if (n >= NUMBER_LIMIT || -n >= NUMBER_LIMIT) throw new WorkLimitError('numberBits');
}

/**
 * Every number the problem contains — including constant parts such as ((9^16)^13)^27 that
 * a symbolic solver might never evaluate — must stay within the work's size: estimated in
 * floating point (log scale), before anything is solved.
 */
export function checkConstantSize(value: number): void {
  const bits = Math.log2(Math.abs(value));
  if (!Number.isFinite(value) || (value !== 0 && Math.abs(bits) > LIMITS.numberBits))
    throw new WorkLimitError('numberBits');
}

/** Bits of |n| (0 for 0), cheaply. */
export function bitLength(n: bigint): number {
  return (n < 0n ? -n : n).toString(16).length * 4;
}
