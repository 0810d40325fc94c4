import { Rational, isqrt, lcm, gcd } from '../../math/rational';
import { Expr, flattenSum, mul, neg, num, pow, variable } from '../../math/expr';
import { Polynomial } from '../../math/polynomial';
import { toLatex } from '../../math/print';
import { UnsupportedProblemError } from '../errors';
import { FactoringMove, Solution, SolutionStep } from '../solution';
import {
  IntPoly,
  content,
  degree,
  divideByLinear,
  divideExact,
  isSquare,
  multiply,
  rationalRoot,
  toExpr,
  trim,
} from './int-poly';

/**
 * Factoring as taught (因式分解): the common factor first, then for each factor the first
 * method that applies — difference of squares, perfect square, the cross method (十字相乘),
 * grouping, a biquadratic substitution, the rational-root theorem with synthetic division —
 * until every factor is irreducible over the integers.
 */
interface Piece {
  poly: IntPoly;
  done: boolean;
}

/** A factor written in the problem's letters: one variable, or x and y (homogeneous). */
interface Letters {
  v: string;
  /** For a homogeneous quadratic in v and w: coefficients are of v^k·w^(d−k). */
  w?: string;
}

function pieceExpr(p: IntPoly, letters: Letters): Expr {
  if (!letters.w) return toExpr(p, letters.v);
  // Homogeneous: c_k v^k w^(d−k).
  const d = degree(p);
  const poly = trim(p).reduce(
    (acc, c, k) =>
      acc.add(
        Polynomial.variable(letters.v)
          .pow(k)
          .mul(Polynomial.variable(letters.w!).pow(d - k))
          .scale(Rational.of(c)),
      ),
    Polynomial.constant(0),
  );
  return poly.toExpr();
}

export class Factoring {
  readonly steps: SolutionStep[] = [];
  readonly pieces: Piece[] = [];

  constructor(
    readonly constant: Rational,
    readonly monomial: Expr | null,
    readonly letters: Letters,
  ) {}

  /** The whole product as it stands now. */
  expr(): Expr {
    const parts: Expr[] = [];
    const minus = this.constant.equals(Rational.of(-1));
    if (!this.constant.isOne() && !minus) parts.push(num(this.constant));
    if (this.monomial) parts.push(this.monomial);
    for (const group of this.grouped())
      parts.push(
        group.power === 1
          ? pieceExpr(group.poly, this.letters)
          : pow(pieceExpr(group.poly, this.letters), num(group.power)),
      );
    const product = parts.reduce((a, b) => mul(a, b));
    // −(x + 2)(x − 2), not −1(x + 2)(x − 2).
    return minus ? neg(product) : product;
  }

  /** Equal factors written once with a power: (x − 3)(x − 3) → (x − 3)². */
  grouped(): { poly: IntPoly; power: number }[] {
    const out: { poly: IntPoly; power: number }[] = [];
    for (const p of this.pieces) {
      const same = out.find((g) => g.poly.join() === trim(p.poly).join());
      if (same) same.power += 1;
      else out.push({ poly: trim(p.poly), power: 1 });
    }
    return out;
  }

  step(move: FactoringMove): void {
    const latex = `= ${toLatex(this.expr())}`;
    this.steps.push({
      action: { type: 'factoring', move },
      latex,
      state: { kind: 'expr', expr: this.expr() },
    });
  }

  latexOf(p: IntPoly): string {
    return toLatex(pieceExpr(p, this.letters));
  }

  /** Replaces piece i by `parts` (each still to be looked at) and records the move. */
  split(i: number, parts: IntPoly[], move: FactoringMove): void {
    this.pieces.splice(i, 1, ...parts.map((poly) => ({ poly, done: degree(poly) <= 1 })));
    this.step(move);
  }

  run(): void {
    for (let guard = 0; guard < 20; guard += 1) {
      const i = this.pieces.findIndex((p) => !p.done);
      if (i < 0) return;
      if (!this.factorPiece(i)) this.pieces[i].done = true;
    }
    throw new UnsupportedProblemError('too_complex', 'too many factoring steps');
  }

  private factorPiece(i: number): boolean {
    const p = trim(this.pieces[i].poly);
    const d = degree(p);
    if (d === 2) return this.quadratic(i, p);
    if (d === 3 && this.grouping(i, p)) return true;
    if (d === 4 && p[1] === 0n && p[3] === 0n && this.biquadratic(i, p)) return true;
    if (d > 4) throw new UnsupportedProblemError('degree_too_high', 'factoring above degree 4');
    const root = rationalRoot(p);
    if (root) {
      const rest = divideByLinear(p, root.q, root.r)!;
      const factor: IntPoly = [-root.r, root.q];
      this.split(i, [factor, rest], {
        kind: 'rational_root',
        root: toLatex(num(Rational.of(root.r, root.q))),
        factor: this.latexOf(factor),
        work: `${this.letters.v} = ${toLatex(num(Rational.of(root.r, root.q)))}: \\; ${this.latexOf(p)} = 0`,
      });
      return true;
    }
    // A cubic without a rational root is irreducible; a quartic may still split into two
    // quadratics, which this solver does not look for: refuse rather than claim otherwise.
    if (d === 4)
      throw new UnsupportedProblemError('not_supported', 'a quartic without rational roots');
    return false;
  }

  private quadratic(i: number, p: IntPoly): boolean {
    const [c, b, a] = p;
    const disc = b * b - 4n * a * c;
    if (disc < 0n || !isSquare(disc)) return false;
    if (b === 0n && isSquare(a) && isSquare(-c)) {
      const [alpha, beta] = [isqrt(a), isqrt(-c)];
      this.split(
        i,
        [
          [beta, alpha],
          [-beta, alpha],
        ],
        {
          kind: 'difference_of_squares',
          a: this.latexOf([0n, alpha]),
          b: toLatex(num(beta)),
        },
      );
      return true;
    }
    if (disc === 0n && isSquare(a) && isSquare(c)) {
      const [alpha, beta] = [isqrt(a), isqrt(c) * (b < 0n ? -1n : 1n)];
      this.split(
        i,
        [
          [beta, alpha],
          [beta, alpha],
        ],
        {
          kind: 'perfect_square',
          a: this.latexOf([0n, alpha]),
          b: toLatex(num(beta < 0n ? -beta : beta)),
          sign: beta < 0n ? '-' : '+',
        },
      );
      return true;
    }
    // The cross method: a = a1·a2 and c = c1·c2 with a1·c2 + a2·c1 = b.
    const sq = isqrt(disc);
    const r1 = Rational.of(-b - sq, 2n * a);
    const r2 = Rational.of(-b + sq, 2n * a);
    const f1: IntPoly = [-r1.num, r1.den];
    const f2: IntPoly = [-r2.num, r2.den];
    if (multiply(f1, f2).join() !== p.join()) return false;
    const [a1, c1, a2, c2] = [f1[1], f1[0], f2[1], f2[0]];
    const term = (k: bigint) => this.latexOf([0n, k]);
    const signed = (k: bigint) => (k < 0n ? `-${-k}` : `+${k}`);
    this.split(i, [f1, f2], {
      kind: 'cross',
      work:
        `\\begin{array}{ccc} ${term(a1)} & & ${signed(c1)} \\\\ & \\times & \\\\ ${term(a2)} & & ${signed(c2)} \\end{array}` +
        ` \\quad ${term(a1)} \\cdot (${c2}) + ${term(a2)} \\cdot (${c1}) = ${term(b)}`,
      a1: term(a1),
      c1: c1.toString(),
      a2: term(a2),
      c2: c2.toString(),
      b: term(b),
    });
    return true;
  }

  /** a v³ + b v² + c v + d with a·d = b·c: v²(a'v + b') + g(a'v + b'). */
  private grouping(i: number, p: IntPoly): boolean {
    const [d, c, b, a] = p;
    if (a * d !== b * c || b === 0n || c === 0n) return false;
    const g1 = gcd(a, b) * (a < 0n ? -1n : 1n);
    const inner: IntPoly = [b / g1, a / g1];
    if (c % inner[1] !== 0n) return false;
    const g2 = c / inner[1];
    if (g2 * inner[0] !== d) return false;
    const outer: IntPoly = [g2, 0n, g1];
    const v = this.letters.v;
    this.split(i, [inner, outer], {
      kind: 'grouping',
      work: `${toLatex(mul(num(g1), pow(variable(v), num(2))))}\\left(${this.latexOf(inner)}\\right) ${g2 < 0n ? '-' : '+'} ${g2 < 0n ? -g2 : g2}\\left(${this.latexOf(inner)}\\right)`.replace(
        /^1(?=[a-z])/,
        '',
      ),
      common: this.latexOf(inner),
    });
    return true;
  }

  /** a v⁴ + b v² + c as a quadratic in u = v². */
  private biquadratic(i: number, p: IntPoly): boolean {
    const [c, , b, , a] = p;
    const disc = b * b - 4n * a * c;
    if (disc < 0n || !isSquare(disc)) return false;
    const sq = isqrt(disc);
    const r1 = Rational.of(-b - sq, 2n * a);
    const r2 = Rational.of(-b + sq, 2n * a);
    const f1: IntPoly = [-r1.num, 0n, r1.den];
    const f2: IntPoly = [-r2.num, 0n, r2.den];
    if (multiply(f1, f2).join() !== p.join()) return false;
    this.split(i, [f1, f2], {
      kind: 'substitute_square',
      u: toLatex(pow(variable(this.letters.v), num(2))),
    });
    return true;
  }
}

/** Factors a polynomial expression completely over the integers, with the steps shown. */
export function solveFactoring(expr: Expr): Solution {
  const factoring = factorCompletely(expr);
  const answer = factoring.expr();
  if (factoring.steps.length === 0)
    factoring.step({ kind: 'irreducible', factor: toLatex(answer) });
  return {
    kind: 'factoring',
    problemLatex: toLatex(expr),
    steps: factoring.steps,
    outcome: 'expression',
    answer: { latex: toLatex(answer), values: [{ variable: '', value: plainProduct(factoring) }] },
  };
}

/** The factoring itself: constant, monomial and irreducible pieces, and the moves made. */
export function factorCompletely(expr: Expr): Factoring {
  const p = Polynomial.fromExpr(expr);
  const vars = p.variables();
  if (vars.length === 0)
    throw new UnsupportedProblemError('not_supported', 'factoring a number into primes');
  if (vars.length > 2)
    throw new UnsupportedProblemError('not_supported', 'factoring in more than two letters');
  const terms = p.termList();

  // Common factor: the content (a fraction when coefficients are), sign, and the lowest
  // power of each letter.
  const den = terms.reduce((acc, t) => lcm(acc, t.coef.den), 1n);
  const ints = terms.map((t) => t.coef.mul(Rational.of(den)).num);
  // The sign of the first term as written in textbook order: −x² + 4 = −(x² − 4).
  const leadSign = BigInt(flattenSum(p.toExpr())[0].sign);
  const constant = Rational.of(leadSign * ints.reduce((g, c) => gcd(g, c), 0n), den);
  const lowest = Object.fromEntries(
    vars.map((v) => [v, Math.min(...terms.map((t) => t.mono[v] ?? 0))]),
  );
  const monomialPoly = vars.reduce(
    (acc, v) => acc.mul(Polynomial.variable(v).pow(lowest[v])),
    Polynomial.constant(1),
  );
  const remaining = divideMonomial(p.scale(Rational.ONE.div(constant)), lowest);
  const monomial = monomialPoly.constantValue() ? null : monomialPoly.toExpr();

  const letters = lettersOf(remaining, vars);
  const factoring = new Factoring(constant, monomial, letters);
  const start = toIntPoly(remaining, letters);
  if (degree(start) >= 1) factoring.pieces.push({ poly: start, done: degree(start) <= 1 });
  if ((!constant.isOne() || monomial) && factoring.pieces.length)
    factoring.step({
      kind: 'common',
      factor: toLatex(
        monomial ? (constant.isOne() ? monomial : mul(num(constant), monomial)) : num(constant),
      ),
    });
  factoring.run();
  return factoring;
}

function divideMonomial(p: Polynomial, lowest: Record<string, number>): Polynomial {
  return p.termList().reduce((acc, t) => {
    const mono = Object.fromEntries(
      Object.entries(t.mono)
        .map(([v, k]) => [v, k - (lowest[v] ?? 0)])
        .filter(([, k]) => (k as number) > 0),
    );
    const term = Object.entries(mono).reduce(
      (x, [v, k]) => x.mul(Polynomial.variable(v).pow(k as number)),
      Polynomial.constant(t.coef),
    );
    return acc.add(term);
  }, Polynomial.constant(0));
}

/** One letter, or two in a homogeneous quadratic; anything else is refused. */
function lettersOf(p: Polynomial, vars: string[]): Letters {
  const present = p.variables();
  if (present.length <= 1) return { v: present[0] ?? vars[0] };
  const [v, w] = present;
  const homogeneous = p.termList().every((t) => (t.mono[v] ?? 0) + (t.mono[w] ?? 0) === p.degree());
  if (homogeneous && p.degree() === 2) return { v, w };
  throw new UnsupportedProblemError('not_supported', 'factoring this expression in two letters');
}

function toIntPoly(p: Polynomial, letters: Letters): IntPoly {
  const d = p.degree();
  const coefs: IntPoly = [];
  for (let k = 0; k <= Math.max(d, 0); k += 1) {
    const c = letters.w
      ? p.coefficientOf({
          ...(k ? { [letters.v]: k } : {}),
          ...(d - k ? { [letters.w]: d - k } : {}),
        })
      : p.coefficient(letters.v, k);
    if (!c.isInteger()) throw new Error('factoring expects integer coefficients here');
    coefs.push(c.num);
  }
  const g = content(coefs);
  return trim(g === 1n ? coefs : divideExact(coefs, g));
}

/** The answer as product.md writes it: "2x(x + 2)(x - 2)", "(x - 3)^2". */
function plainProduct(f: Factoring): string {
  const plain = (e: Expr) =>
    toLatex(e).replace(/\\left\(|\\right\)/g, (m) => (m === '\\left(' ? '(' : ')'));
  let out = '';
  if (!f.constant.isOne()) {
    const k = f.constant;
    out += k.isInteger() ? (k.num === -1n ? '-' : k.toString()) : `(${k.toString()})`;
  }
  if (f.monomial)
    out += plain(f.monomial)
      .replace(/\^\{(\d+)\}/g, '^$1')
      .replace(/([a-z0-9])\s*(?=[a-z])/g, '$1*');
  const groups = f.grouped();
  // A single factor alone needs no brackets: "x^2 + 1", not "(x^2 + 1)".
  const bare = groups.length === 1 && groups[0].power === 1 && !out && !f.monomial;
  for (const g of groups) {
    const inner = plain(pieceExpr(g.poly, f.letters))
      .replace(/\^\{(\d+)\}/g, '^$1')
      .replace(/(\d)([a-z])/g, '$1$2');
    out += bare ? inner : `(${inner})${g.power > 1 ? `^${g.power}` : ''}`;
  }
  return out;
}
