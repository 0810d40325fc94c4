import { Expr } from '../../math/expr';
import { parseExpression } from '../../math/parser';
import { Polynomial } from '../../math/polynomial';
import { Rational, gcd, isqrt } from '../../math/rational';
import { numberToLatex, toLatex } from '../../math/print';
import { AnswerCheckError } from '../errors';
import { CheckReport, Solution } from '../solution';

/**
 * The check of a factoring, independent of how it was found: (1) the factors multiplied
 * out are the original, exactly; (2) the answer is in factored form — one constant at most,
 * every other factor a monomial or a primitive integer polynomial that is irreducible.
 * Irreducibility is shown another way than the solver's: from numeric roots (Durand–Kerner),
 * each candidate linear or quadratic factor is then tested exactly.
 */
export function checkFactoring(original: Expr, solution: Solution): CheckReport {
  const claimed = parseExpression(solution.answer.values[0].value);
  const want = Polynomial.fromExpr(original);
  if (!Polynomial.fromExpr(claimed).equals(want))
    fail('the factors do not multiply out to the original');
  const factors = productFactors(claimed);
  if (factors.filter((f) => Polynomial.fromExpr(f).constantValue()).length > 1)
    fail('more than one constant factor');
  for (const f of factors) {
    const p = Polynomial.fromExpr(f);
    if (p.constantValue() || p.termList().length === 1) continue;
    const coefs = oneVariableCoefficients(p);
    if (!coefs) fail(`cannot confirm that ${toLatex(f)} is irreducible`);
    if (coefs.some((c) => !c.isInteger())) fail(`${toLatex(f)} has fractions inside`);
    const ints = coefs.map((c) => c.num);
    if (ints.reduce((g, c) => gcd(g, c), 0n) !== 1n)
      fail(`${toLatex(f)} still has a common factor`);
    if (hasRationalFactor(ints)) fail(`${toLatex(f)} can be factored further`);
  }
  const vars = want.variables();
  const env = Object.fromEntries(vars.map((v, i) => [v, Rational.of(i + 2)]));
  const value = want.evaluate(env);
  const point = vars.map((v) => `${v} = ${env[v].toString()}`).join(', ');
  return {
    method: 'identity',
    lines: [`${point}: \\; ${toLatex(original)} = ${numberToLatex(value, 'fraction')}`],
    facts: { point, value: value.toString() },
  };
}

function fail(message: string): never {
  throw new AnswerCheckError(message);
}

/** a·b·c^2 → [a, b, c, c]; anything else is one factor. */
function productFactors(e: Expr): Expr[] {
  if (e.type === 'bin' && e.op === '*')
    return [...productFactors(e.left), ...productFactors(e.right)];
  if (e.type === 'neg')
    return [{ type: 'num', value: Rational.of(-1), style: 'integer' }, ...productFactors(e.arg)];
  if (e.type === 'bin' && e.op === '^' && e.right.type === 'num' && e.right.value.isInteger()) {
    const k = Number(e.right.value.num);
    if (k >= 1 && k <= 8) return Array.from({ length: k }, () => e.left).flatMap(productFactors);
  }
  return [e];
}

/**
 * Coefficients (lowest first) of a polynomial in one letter, or of a homogeneous one in two
 * (as a polynomial in their ratio); null otherwise.
 */
function oneVariableCoefficients(p: Polynomial): Rational[] | null {
  const vars = p.variables();
  const d = p.degree();
  if (vars.length === 1) return Array.from({ length: d + 1 }, (_, k) => p.coefficient(vars[0], k));
  if (vars.length !== 2) return null;
  const [v, w] = vars;
  if (p.termList().some((t) => (t.mono[v] ?? 0) + (t.mono[w] ?? 0) !== d)) return null;
  return Array.from({ length: d + 1 }, (_, k) =>
    p.coefficientOf({ ...(k ? { [v]: k } : {}), ...(d - k ? { [w]: d - k } : {}) }),
  );
}

/** Whether an integer polynomial of degree ≤ 4 has a factor of degree 1 or 2 over ℚ. */
function hasRationalFactor(c: bigint[]): boolean {
  const d = c.length - 1;
  if (d <= 1) return false;
  if (d === 2) {
    const disc = c[1] * c[1] - 4n * c[2] * c[0];
    return disc >= 0n && isqrt(disc) ** 2n === disc;
  }
  if (d > 4) fail('a factor of degree above 4 cannot be confirmed');
  const roots = durandKerner(c.map(Number));
  // Linear factors: a real root r with a leading-coefficient denominator, tested exactly.
  for (const [re, im] of roots) {
    if (Math.abs(im) > 1e-6) continue;
    for (let q = 1n; q <= (c[d] < 0n ? -c[d] : c[d]); q += 1n) {
      if (c[d] % q !== 0n) continue;
      const r = Rational.of(BigInt(Math.round(re * Number(q))), q);
      if (valueAt(c, r).isZero()) return true;
    }
  }
  if (d < 4) return false;
  // Quadratic factors: a pair of roots whose sum and product are rational (with the
  // leading coefficient's divisors as denominators), tested by exact division.
  for (let i = 0; i < 4; i += 1)
    for (let j = i + 1; j < 4; j += 1) {
      const [a, b] = [roots[i], roots[j]];
      const sum = [a[0] + b[0], a[1] + b[1]];
      const prod = [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
      if (Math.abs(sum[1]) > 1e-6 || Math.abs(prod[1]) > 1e-6) continue;
      for (let q = 1n; q <= (c[4] < 0n ? -c[4] : c[4]); q += 1n) {
        if (c[4] % q !== 0n) continue;
        const quad = [
          BigInt(Math.round(prod[0] * Number(q))),
          BigInt(Math.round(-sum[0] * Number(q))),
          q,
        ];
        if (dividesExactly(c, quad)) return true;
      }
    }
  return false;
}

function valueAt(c: bigint[], r: Rational): Rational {
  return c.reduceRight((acc, k) => acc.mul(r).add(Rational.of(k)), Rational.ZERO);
}

/** Long division of c by q over ℚ leaves no remainder. */
function dividesExactly(c: bigint[], q: bigint[]): boolean {
  const rest = c.map((k) => Rational.of(k));
  const dq = q.length - 1;
  for (let k = rest.length - 1; k >= dq; k -= 1) {
    const factor = rest[k].div(Rational.of(q[dq]));
    for (let i = 0; i <= dq; i += 1)
      rest[k - dq + i] = rest[k - dq + i].sub(factor.mul(Rational.of(q[i])));
  }
  return rest.every((r) => r.isZero());
}

/** All complex roots of a real polynomial (lowest coefficient first), as [re, im] pairs. */
function durandKerner(c: number[]): [number, number][] {
  const d = c.length - 1;
  const monic = c.map((k) => k / c[d]);
  let z: [number, number][] = Array.from({ length: d }, (_, k) => {
    const angle = (2 * Math.PI * k) / d + 0.4;
    return [0.9 * Math.cos(angle), 0.9 * Math.sin(angle)];
  });
  const mul = (a: [number, number], b: [number, number]): [number, number] => [
    a[0] * b[0] - a[1] * b[1],
    a[0] * b[1] + a[1] * b[0],
  ];
  const div = (a: [number, number], b: [number, number]): [number, number] => {
    const n = b[0] * b[0] + b[1] * b[1];
    return [(a[0] * b[0] + a[1] * b[1]) / n, (a[1] * b[0] - a[0] * b[1]) / n];
  };
  const evaluate = (x: [number, number]) =>
    monic.reduceRight<[number, number]>(
      (acc, k) => {
        const m = mul(acc, x);
        return [m[0] + k, m[1]];
      },
      [0, 0],
    );
  // Scale the start to the size of the roots.
  const radius = 1 + Math.max(...monic.slice(0, d).map(Math.abs));
  z = z.map(([re, im]) => [re * radius, im * radius]);
  for (let iteration = 0; iteration < 500; iteration += 1) {
    z = z.map((zi, i) => {
      let denominator: [number, number] = [1, 0];
      z.forEach((zj, j) => {
        if (j !== i) denominator = mul(denominator, [zi[0] - zj[0], zi[1] - zj[1]]);
      });
      const step = div(evaluate(zi), denominator);
      return [zi[0] - step[0], zi[1] - step[1]];
    });
  }
  return z;
}
