import { Rational, gcd, isqrt, splitSquareFactor } from '../math/rational';
import { Expr, Statement, add, div, mul, neg, num, pow, sub, variable, call } from '../math/expr';
import { Polynomial } from '../math/polynomial';
import { statementToLatex, toLatex, toPlain } from '../math/print';
import { AnswerValue, QuadraticRoot, Solution, SolutionStep } from './solution';
import { clearedDifference, expandSides, statementStep } from './rewrite';
import { UnsupportedProblemError } from './errors';

/**
 * Quadratic equations: to standard form, then the easiest correct method — a common factor,
 * a square root, factoring over the integers, or the quadratic formula with exact surds.
 */
export function solveQuadratic(statement: Statement, v: string): Solution {
  const steps: SolutionStep[] = [];
  const { statement: s, difference } = clearedDifference(statement, steps);
  let p = difference;
  if (p.variables().some((x) => x !== v))
    throw new UnsupportedProblemError('not_supported', 'more than one variable');
  if (p.degree(v) !== 2) throw new UnsupportedProblemError('degree_too_high', 'not quadratic');
  if (p.coefficient(v, 2).sign() < 0) p = p.scale(Rational.of(-1));
  const content = integerContent(p, v);
  const zero = num(0);
  const standard: Statement = { left: p.toExpr(), relation: '=', right: zero };
  if (statementToLatex(standard) !== statementToLatex(s)) {
    const rightIsZero = Polynomial.fromExpr(s.right).isZero();
    if (rightIsZero) {
      const expanded = expandSides(s, 'auto');
      if (expanded) steps.push(expanded.step);
    } else {
      steps.push(statementStep({ type: 'standard_form' }, standard));
    }
  }
  if (content > 1n) {
    p = p.scale(Rational.of(1n, content));
    steps.push(
      statementStep(
        { type: 'divide_both_sides', factor: content.toString(), flips: false },
        { left: p.toExpr(), relation: '=', right: zero },
      ),
    );
  }

  const a = p.coefficient(v, 2);
  const b = p.coefficient(v, 1);
  const c = p.coefficient(v, 0);
  const x = variable(v);
  const base = { kind: 'quadratic_equation' as const, problemLatex: statementToLatex(statement) };

  if (b.isZero()) {
    const k = c.neg().div(a);
    const isolated: Statement = { left: pow(x, num(2)), relation: '=', right: num(k) };
    steps.push(
      statementStep({ type: 'subtract_both_sides', term: toLatex(num(c.abs())) }, isolated),
    );
    if (k.sign() < 0) return noRealRoots(base, steps);
    steps.push({
      action: { type: 'square_root_both_sides' },
      latex: `${v} = \\pm ${toLatex(rootExpr(sqrtRoot(k)))}`,
      state: { kind: 'none' },
    });
    const root = sqrtRoot(k);
    return finish(base, steps, v, k.isZero() ? [root] : [negateRoot(root), root]);
  }

  if (c.isZero()) {
    // x(ax + b) = 0
    const inner = Polynomial.variable(v).scale(a).add(Polynomial.constant(b)).toExpr();
    const factored: Statement = { left: mul(x, inner), relation: '=', right: zero };
    steps.push(statementStep({ type: 'factor_common', factor: v }, factored));
    const other = b.neg().div(a);
    return finish(base, steps, v, sortRoots([rationalRoot(Rational.ZERO), rationalRoot(other)]), [
      toLatex(x),
      toLatex(inner),
    ]);
  }

  const disc = b.mul(b).sub(Rational.of(4).mul(a).mul(c));
  const discLatex = toLatex(num(disc));
  if (disc.sign() >= 0 && disc.isInteger() && isqrt(disc.num) ** 2n === disc.num && a.isInteger()) {
    const sq = Rational.of(isqrt(disc.num));
    const r1 = b
      .neg()
      .sub(sq)
      .div(a.mul(Rational.of(2)));
    const r2 = b
      .neg()
      .add(sq)
      .div(a.mul(Rational.of(2)));
    const f1 = linearFactor(v, r1);
    const f2 = linearFactor(v, r2);
    const lead = a.div(Rational.of(f1.den * f2.den));
    const product = disc.isZero() ? pow(f1.expr, num(2)) : mul(f1.expr, f2.expr);
    const factored: Statement = {
      left: lead.isOne() ? product : mul(num(lead), product),
      relation: '=',
      right: zero,
    };
    steps.push(
      statementStep({ type: 'factor_trinomial', split: crossSplit(v, a, b, c, r1, r2) }, factored),
    );
    const roots = disc.isZero()
      ? [rationalRoot(r1)]
      : sortRoots([rationalRoot(r1), rationalRoot(r2)]);
    return finish(
      base,
      steps,
      v,
      roots,
      disc.isZero() ? [toLatex(f1.expr)] : [toLatex(f1.expr), toLatex(f2.expr)],
    );
  }

  steps.push({
    action: {
      type: 'discriminant',
      value: discLatex,
      sign: disc.sign(),
      coefficients: [a, b, c].map((k) => toLatex(num(k))) as [string, string, string],
    },
    latex: `\\Delta = b^{2} - 4ac = ${toLatex(sub(pow(num(b), num(2)), mul(mul(num(4), num(a)), num(c))))} = ${discLatex}`,
    state: { kind: 'none' },
  });
  if (disc.sign() < 0) return noRealRoots(base, steps);

  const minusB = toLatex(num(b.neg()));
  steps.push({
    action: { type: 'quadratic_formula' },
    latex: `${v} = \\frac{-b \\pm \\sqrt{\\Delta}}{2a} = \\frac{${minusB} \\pm \\sqrt{${discLatex}}}{${toLatex(mul(num(2), num(a)))}}`,
    state: { kind: 'none' },
  });
  const roots = formulaRoots(a, b, disc);
  steps.push({
    action: { type: 'simplify_roots' },
    latex: `${v} = ${pmLatex(roots[1])}`,
    state: { kind: 'none' },
  });
  return finish(base, steps, v, roots);
}

function integerContent(p: Polynomial, v: string): bigint {
  let g = 0n;
  for (let k = 0; k <= 2; k += 1) {
    const c = p.coefficient(v, k);
    if (!c.isInteger()) return 1n;
    g = gcd(g, c.num);
  }
  return g;
}

/**
 * How the trinomial splits, for the board and the narration: a = a1·a2 and c = c1·c2 with
 * a1·c2 + a2·c1 = b, read off the roots (x − r = 0 ⇔ den·x − num = 0). Undefined when the
 * coefficients are not integers or a common factor is left over (the cross needs both).
 */
function crossSplit(
  v: string,
  a: Rational,
  b: Rational,
  c: Rational,
  r1: Rational,
  r2: Rational,
): Extract<SolutionStep['action'], { type: 'factor_trinomial' }>['split'] {
  if (![a, b, c].every((k) => k.isInteger())) return undefined;
  const [a1, c1, a2, c2] = [r1.den, -r1.num, r2.den, -r2.num];
  if (
    Rational.of(a1 * a2)
      .sub(a)
      .isZero() === false ||
    Rational.of(c1 * c2)
      .sub(c)
      .isZero() === false
  )
    return undefined;
  const term = (k: bigint) => (k === 1n ? v : k === -1n ? `-${v}` : `${k}${v}`);
  const signed = (k: bigint) => (k < 0n ? `-${-k}` : `+${k}`);
  const paren = (k: bigint) => (k < 0n ? `(${k})` : `${k}`);
  const work =
    a1 * a2 === 1n
      ? `${paren(c1)} \\times ${paren(c2)} = ${c.toString()}, \\quad ${paren(c1)} + ${paren(c2)} = ${b.toString()}`
      : `\\begin{array}{ccc} ${term(a1)} & & ${signed(c1)} \\\\ & \\times & \\\\ ${term(a2)} & & ${signed(c2)} \\end{array}` +
        ` \\quad ${term(a1)} \\cdot ${paren(c2)} + ${term(a2)} \\cdot ${paren(c1)} = ${term(b.num)}`;
  return {
    a1: term(a1),
    c1: c1.toString(),
    a2: term(a2),
    c2: c2.toString(),
    b: b.toString(),
    c: c.toString(),
    work,
  };
}

function linearFactor(v: string, root: Rational): { expr: Expr; den: bigint } {
  // x - r with r = n/d becomes (d·x - n)
  const poly = Polynomial.variable(v)
    .scale(Rational.of(root.den))
    .sub(Polynomial.constant(Rational.of(root.num)));
  return { expr: poly.toExpr(), den: root.den };
}

export function rationalRoot(r: Rational): QuadraticRoot {
  return { p: r.num, q: 0n, m: 1n, r: r.den };
}

function negateRoot(root: QuadraticRoot): QuadraticRoot {
  return { ...root, p: -root.p, q: -root.q };
}

function sqrtRoot(k: Rational): QuadraticRoot {
  if (k.isZero()) return rationalRoot(Rational.ZERO);
  // sqrt(n/d) = sqrt(n·d)/d
  const { outside, inside } = splitSquareFactor(k.num * k.den);
  if (inside === 1n) return normaliseRoot({ p: outside, q: 0n, m: 1n, r: k.den });
  return normaliseRoot({ p: 0n, q: outside, m: inside, r: k.den });
}

function formulaRoots(a: Rational, b: Rational, disc: Rational): QuadraticRoot[] {
  // Coefficients are integers here except in unusual inputs; scale to integers first.
  const den = a.den * b.den * disc.den;
  const A = a.mul(Rational.of(den));
  const B = b.mul(Rational.of(den));
  const D = disc.mul(Rational.of(den * den));
  const { outside, inside } = splitSquareFactor(D.num);
  const plus = normaliseRoot({ p: -B.num, q: outside, m: inside, r: 2n * A.num });
  const minus = normaliseRoot({ p: -B.num, q: -outside, m: inside, r: 2n * A.num });
  return [minus, plus];
}

/** (p + q√m)/r in lowest terms with r > 0. */
export function normaliseRoot(root: QuadraticRoot): QuadraticRoot {
  let { p, q, r } = root;
  if (r < 0n) {
    p = -p;
    q = -q;
    r = -r;
  }
  const g = gcd(gcd(p, q), r);
  return { p: p / g, q: q / g, m: root.m, r: r / g };
}

export function rootValue(root: QuadraticRoot): number {
  return (Number(root.p) + Number(root.q) * Math.sqrt(Number(root.m))) / Number(root.r);
}

function sortRoots(roots: QuadraticRoot[]): QuadraticRoot[] {
  return roots.sort((x, y) => rootValue(x) - rootValue(y));
}

export function rootExpr(root: QuadraticRoot): Expr {
  const { p, q, m, r } = root;
  if (q === 0n) return num(Rational.of(p, r));
  const radical = call('sqrt', num(m));
  const surd = q === 1n || q === -1n ? radical : mul(num(q < 0n ? -q : q), radical);
  let top: Expr;
  if (p === 0n) top = q < 0n ? neg(surd) : surd;
  else top = q < 0n ? sub(num(p), surd) : add(num(p), surd);
  return r === 1n ? top : div(top, num(r));
}

/** (5 ± √13)/2 for a pair of conjugate roots. */
function pmLatex(root: QuadraticRoot): string {
  const { p, q, m, r } = root;
  const qa = q < 0n ? -q : q;
  const surd = `${qa === 1n ? '' : qa}\\sqrt{${m}}`;
  const top = p === 0n ? `\\pm ${surd}` : `${p} \\pm ${surd}`;
  return r === 1n ? top : `\\frac{${top}}{${r}}`;
}

function noRealRoots(
  base: { kind: 'quadratic_equation'; problemLatex: string },
  steps: SolutionStep[],
): Solution {
  return {
    ...base,
    steps,
    outcome: 'no_real_roots',
    answer: { latex: '\\text{no real roots}', values: [] },
  };
}

function finish(
  base: { kind: 'quadratic_equation'; problemLatex: string },
  steps: SolutionStep[],
  v: string,
  roots: QuadraticRoot[],
  factors?: string[],
): Solution {
  if (factors && factors.length > 1) {
    steps.push({
      action: { type: 'zero_product', factors },
      latex: factors.map((f) => `${f} = 0`).join(' \\quad \\text{or} \\quad '),
      state: { kind: 'none' },
    });
  }
  const values: AnswerValue[] = roots.map((root) => ({
    variable: v,
    value: toPlain(rootExpr(root)),
  }));
  const latex =
    roots.length === 1
      ? `${v}_{1} = ${v}_{2} = ${toLatex(rootExpr(roots[0]))}`
      : roots.map((root, i) => `${v}_{${i + 1}} = ${toLatex(rootExpr(root))}`).join(', \\quad ');
  return { ...base, steps, outcome: 'roots', answer: { latex, values }, exactRoots: roots };
}
