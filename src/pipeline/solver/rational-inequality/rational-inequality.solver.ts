import { Relation, Statement, num } from '../../math/expr';
import { Polynomial } from '../../math/polynomial';
import { Rational } from '../../math/rational';
import { statementToLatex, toLatex, toPlain } from '../../math/print';
import { UnsupportedProblemError } from '../errors';
import { toExpr as intPolyExpr } from '../factoring/int-poly';
import { Solution, SolutionStep } from '../solution';
import { asFraction, factorDenominator } from '../rational-equation/fractions';

interface Point {
  value: Rational;
  /** A zero of the denominator: never in the set. */
  excluded: boolean;
}

/**
 * Rational inequalities (分式不等式) as taught, with a sign chart: everything on one side as
 * one fraction compared with 0, numerator and denominator factored into linear factors,
 * their zeros in order on the number line, the sign of each factor in each stretch, and
 * the stretches where the fraction has the sign asked for. Zeros of the denominator are
 * never included; zeros of the numerator are for ≤ and ≥.
 */
export function solveRationalInequality(statement: Statement, v: string): Solution {
  const relation = statement.relation as Exclude<Relation, '='>;
  const difference = asFraction({
    type: 'bin',
    op: '-',
    left: statement.left,
    right: statement.right,
  });
  // Whole-number coefficients: numerator and denominator each scaled by a positive number.
  const whole = (p: Polynomial) => p.scale(Rational.of(p.denominatorLcm()));
  const top = factorDenominator(whole(difference.num), v);
  const bottom = factorDenominator(whole(difference.den), v);
  const linear = [...top.factors, ...bottom.factors];
  if (linear.some((f) => f.poly.length !== 2))
    throw new UnsupportedProblemError(
      'not_supported',
      'a rational inequality whose factors are not linear',
    );
  if (top.constant.isZero()) throw new UnsupportedProblemError('not_supported', 'a zero numerator');

  // One fraction compared with 0, the constant sign folded into the relation.
  const sign = top.constant.div(bottom.constant).sign();
  const rel = sign < 0 ? flip(relation) : relation;
  // A factor is bracketed when it is multiplied by another, or raised to a power.
  const product = (fs: { poly: bigint[]; power: number }[]) =>
    fs
      .map((f) => {
        const base = toLatex(intPolyExpr(f.poly, v));
        if (f.power > 1) return `\\left(${base}\\right)^{${f.power}}`;
        return fs.length > 1 ? `\\left(${base}\\right)` : base;
      })
      .join('');
  const numLatex = top.factors.length ? product(top.factors) : '1';
  const denLatex = product(bottom.factors) || '1';
  const oneSide = `\\frac{${numLatex}}{${denLatex}} ${relationLatex(rel)} 0`;
  const steps: SolutionStep[] = [
    {
      action: { type: 'rational_one_side', flipped: sign < 0 },
      latex: oneSide,
      state: { kind: 'none' },
    },
  ];

  // The zeros in order; a zero of both numerator and denominator is excluded.
  const zeroOf = (poly: bigint[]) => Rational.of(-poly[0], poly[1]);
  const points: Point[] = [];
  for (const f of top.factors) points.push({ value: zeroOf(f.poly), excluded: false });
  for (const f of bottom.factors) points.push({ value: zeroOf(f.poly), excluded: true });
  const ordered = points
    .sort((a, b) => a.value.compare(b.value))
    .reduce<Point[]>((acc, p) => {
      const same = acc.find((q) => q.value.equals(p.value));
      if (same) same.excluded ||= p.excluded;
      else acc.push({ ...p });
      return acc;
    }, []);

  // The sign in each stretch, from a point inside it.
  const factors = [...top.factors, ...bottom.factors];
  const signAt = (x: Rational) =>
    factors.reduce((s, f) => s * Math.pow(valueSign(f.poly, x), f.power), 1);
  const stretches = ordered.length + 1;
  const inside = (k: number): Rational =>
    ordered.length === 0
      ? Rational.ZERO
      : k === 0
        ? ordered[0].value.sub(Rational.ONE)
        : k === ordered.length
          ? ordered[k - 1].value.add(Rational.ONE)
          : ordered[k - 1].value.add(ordered[k].value).div(Rational.of(2));
  const samples = Array.from({ length: stretches }, (_, k) => inside(k));
  const signs = samples.map(signAt);
  steps.push({
    action: { type: 'sign_chart', points: ordered.map((p) => toLatex(num(p.value))) },
    latex: signChart(v, ordered, factors, samples, signs, numLatex, denLatex),
    state: { kind: 'none' },
  });

  // The stretches with the sign asked for, and the numerator's zeros for ≤ and ≥.
  const wantPositive = rel === '>' || rel === '>=';
  const closed = rel === '>=' || rel === '<=';
  const pieces: { lo: Point | null; hi: Point | null; loIn: boolean; hiIn: boolean }[] = [];
  for (let k = 0; k < stretches; k += 1) {
    if (signs[k] > 0 !== wantPositive) continue;
    const lo = k === 0 ? null : ordered[k - 1];
    const hi = k === ordered.length ? null : ordered[k];
    pieces.push({
      lo,
      hi,
      loIn: !!lo && closed && !lo.excluded,
      hiIn: !!hi && closed && !hi.excluded,
    });
  }
  // Join stretches that meet at an included point; add isolated included zeros.
  const merged: typeof pieces = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.hi && p.lo && last.hi.value.equals(p.lo.value) && last.hiIn)
      merged[merged.length - 1] = { ...last, hi: p.hi, hiIn: p.hiIn };
    else merged.push(p);
  }
  if (closed)
    for (const z of ordered)
      if (!z.excluded && !merged.some((p) => covers(p, z.value)))
        merged.push({ lo: z, hi: z, loIn: true, hiIn: true });
  merged.sort((a, b) => (a.lo === null ? -1 : b.lo === null ? 1 : a.lo.value.compare(b.lo.value)));

  const plain = (p: Point | null, end: 'lo' | 'hi') =>
    p ? toPlain(num(p.value)) : end === 'lo' ? '-inf' : 'inf';
  const value = merged.length
    ? merged
        .map(
          (p) =>
            `${p.loIn ? '[' : '('}${plain(p.lo, 'lo')}, ${plain(p.hi, 'hi')}${p.hiIn ? ']' : ')'}`,
        )
        .join(' U ')
    : null;
  const latexPiece = (p: (typeof merged)[number]) => {
    if (p.lo && p.hi && p.lo.value.equals(p.hi.value)) return `${v} = ${toLatex(num(p.lo.value))}`;
    const lo = p.lo ? `${toLatex(num(p.lo.value))} ${p.loIn ? '\\le' : '<'} ` : '';
    const hi = p.hi ? ` ${p.hiIn ? '\\le' : '<'} ${toLatex(num(p.hi.value))}` : '';
    if (!p.lo && !p.hi) return `${v} \\in \\mathbb{R}`;
    if (!p.lo) return `${v}${hi}`;
    if (!p.hi) return `${v} ${p.loIn ? '\\ge' : '>'} ${toLatex(num(p.lo.value))}`;
    return `${lo}${v}${hi}`;
  };
  const latex = merged.length ? merged.map(latexPiece).join(' \\;\\text{or}\\; ') : '\\varnothing';
  steps.push({
    action: { type: 'sign_chart_read', wantPositive, closed },
    latex,
    state: { kind: 'none' },
  });
  return {
    kind: 'rational_inequality',
    problemLatex: statementToLatex(statement),
    steps,
    outcome: value === null ? 'no_solution' : 'interval',
    answer: { latex, values: value === null ? [] : [{ variable: v, value }] },
  };
}

function covers(
  p: { lo: Point | null; hi: Point | null; loIn: boolean; hiIn: boolean },
  x: Rational,
): boolean {
  const above = p.lo === null || (p.loIn ? x.compare(p.lo.value) >= 0 : x.compare(p.lo.value) > 0);
  const below = p.hi === null || (p.hiIn ? x.compare(p.hi.value) <= 0 : x.compare(p.hi.value) < 0);
  return above && below;
}

function valueSign(poly: bigint[], x: Rational): number {
  return Rational.of(poly[0]).add(Rational.of(poly[1]).mul(x)).sign();
}

function flip(r: Exclude<Relation, '='>): Exclude<Relation, '='> {
  return ({ '<': '>', '>': '<', '<=': '>=', '>=': '<=' } as const)[r];
}

function relationLatex(r: Relation): string {
  return { '=': '=', '<': '<', '>': '>', '<=': '\\le', '>=': '\\ge' }[r];
}

/**
 * The sign chart as a table, the way it is drawn in class: the zeros across the top, one
 * row per factor, the fraction's sign at the bottom (0 at the numerator's zeros, "×" where
 * the denominator is zero).
 */
function signChart(
  v: string,
  points: Point[],
  factors: { poly: bigint[]; power: number }[],
  /** A point inside each stretch, and the fraction's sign there. */
  samples: Rational[],
  signs: number[],
  numLatex: string,
  denLatex: string,
): string {
  const s = (n: number) => (n > 0 ? '+' : n < 0 ? '-' : '0');
  const cols = points.length * 2 + 1;
  const header = [
    v,
    ...Array.from({ length: cols }, (_, c) =>
      c % 2 === 1 ? toLatex(num(points[(c - 1) / 2].value)) : '',
    ),
  ];
  const row = (f: { poly: bigint[]; power: number }) => {
    const cells = Array.from({ length: cols }, (_, c) => {
      if (c % 2 === 1) return valueSign(f.poly, points[(c - 1) / 2].value) === 0 ? '0' : '';
      return s(Math.pow(valueSign(f.poly, samples[c / 2]), f.power));
    });
    const name = toLatex(intPolyExpr(f.poly, v));
    return [f.power > 1 ? `\\left(${name}\\right)^{${f.power}}` : name, ...cells];
  };
  const total = [
    `\\frac{${numLatex}}{${denLatex}}`,
    ...Array.from({ length: cols }, (_, c) =>
      c % 2 === 1 ? (points[(c - 1) / 2].excluded ? '\\times' : '0') : s(signs[c / 2]),
    ),
  ];
  const lines = [header, ...factors.map(row), total].map((r) => r.join(' & '));
  return `\\begin{array}{c|${'c'.repeat(cols)}} ${lines[0]} \\\\ \\hline ${lines.slice(1, -1).join(' \\\\ ')} \\\\ \\hline ${lines[lines.length - 1]} \\end{array}`;
}
