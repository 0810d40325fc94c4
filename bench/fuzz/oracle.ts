import { all, create, MathNode } from 'mathjs';
import { AnswerValue } from '../../src/pipeline/solver/solution';

/**
 * The independent referee for the fuzzer: mathjs, with its own parser, reads the math text
 * (converted only where school notation and mathjs disagree: 3/4 is one number, xy is x·y,
 * ln is mathjs's log) and says what a right answer is. It never sees our parser or solver.
 */
const math = create(all, {});
/** High precision for substitution, where huge numbers defeat floating point. */
const big = create(all, { number: 'BigNumber', precision: 320 });

export type Reference =
  | { type: 'not_math'; why: string }
  | { type: 'none'; why: string }
  | { type: 'value'; value: number }
  | { type: 'identity'; expr: string }
  | { type: 'derivative'; expr: string; derivative: string }
  | { type: 'roots'; count: number | 'all'; left: string; right: string }
  | {
      type: 'interval';
      relation: string;
      boundary: number | null;
      all?: boolean;
      left: string;
      right: string;
    }
  | { type: 'pair'; equations: [string, string][] }
  | { type: 'pair_degenerate' }
  | { type: 'set'; intervals: Interval[] };

interface Interval {
  lo: number;
  hi: number;
  loClosed: boolean;
  hiClosed: boolean;
}

const FUNCTIONS = new Set(['sqrt', 'sin', 'cos', 'tan', 'log', 'log10', 'abs', 'exp', 'pi', 'e']);

/** School notation → mathjs syntax, or a reason the text is not mathematics. */
export function toMathjs(text: string): string | { notMath: string } {
  let s = text
    .normalize('NFC')
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[−–—]/g, '-')
    .replace(/×/g, '*')
    .replace(/÷/g, '/')
    .replace(/²/g, '^2')
    .replace(/³/g, '^3')
    .replace(/≤/g, '<=')
    .replace(/≥/g, '>=')
    .replace(/√/g, 'sqrt')
    .replace(/\|([^|]*)\|/g, 'abs($1)')
    .replace(/(?<![A-Za-z])ln\(/g, 'log(')
    .replace(/(?<![A-Za-z])lg\(/g, 'log10(');
  // The function's name is not part of what is differentiated.
  s = s.replace(/^\s*(?:f\s*\(\s*x\s*\)|y)\s*=\s*/, '');
  const stray = /[^\x20-\x7e]/.exec(s);
  if (stray) return { notMath: `character ${stray[0]}` };
  for (const word of s.match(/[A-Za-z]+/g) ?? []) {
    if (FUNCTIONS.has(word)) continue;
    if (!/^[xy]{1,2}$/.test(word)) return { notMath: `word ${word}` };
  }
  s = s.replace(/(?<![A-Za-z])([xy])([xy])(?![A-Za-z])/g, '$1*$2');
  // 0x would start a hexadecimal number in mathjs: a number times a letter is a product.
  s = s.replace(/(\d)(?=[A-Za-z])/g, '$1*');
  // e(…) is e times a bracket, not a call.
  s = s.replace(/(?<![A-Za-z])e\s*\(/g, 'e*(');
  // x(x + 1) is a product in school; mathjs would call a function x.
  s = s.replace(/(?<![A-Za-z])([xy])\s*\(/g, '$1*(');
  // A fraction written with a slash between two whole numbers is one number in school.
  s = s.replace(/(?<![\w.)^])(\d+)\/(\d+)(?![\d.^])/g, '($1/$2)');
  return s;
}

const SAMPLES = [
  { x: 0.71, y: 1.37 },
  { x: 1.93, y: -0.61 },
  { x: -1.27, y: 2.11 },
];

function evalAt(expr: string | MathNode, scope: Record<string, number>): number {
  const v =
    typeof expr === 'string' ? math.evaluate(expr, { ...scope }) : expr.evaluate({ ...scope });
  return typeof v === 'number' ? v : Number(v);
}

const close = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));

/**
 * Polynomial coefficients in x of `expr` (lowest first), when it is a polynomial of degree
 * ≤ 3: fitted exactly (160 digits) through x = 0…4 and confirmed at two more points.
 * (mathjs's rationalize refuses some inputs, such as a leading −x^3.)
 */
function coefficients(expr: string): number[] | null {
  const c = bigFit(expr);
  return c && c.map((k) => Number(k));
}

/** The fitted coefficients at full precision (exact zeros as zero), or null. */
function bigFit(expr: string): unknown[] | null {
  try {
    const symbols = math
      .parse(expr)
      .filter((n) => (n as { isSymbolNode?: boolean }).isSymbolNode === true)
      .map((n) => (n as unknown as { name: string }).name)
      .filter((name) => !FUNCTIONS.has(name));
    if (symbols.some((name) => name !== 'x')) return null;
    const f = (x: number) => big.evaluate(expr, { x: big.bignumber(x) });
    const xs = [0, 1, 2, 3, 4];
    const A = xs.map((x) => xs.map((_, k) => big.pow(big.bignumber(x), k)));
    const b = xs.map((x) => [f(x)]);
    const solved = big.lusolve(A as never, b as never) as unknown as unknown[][];
    const c = solved.map((row) => row[0]);
    const at = (x: number) =>
      c.reduceRight(
        (acc: unknown, k) => big.add(big.multiply(acc as never, big.bignumber(x)), k as never),
        big.bignumber(0),
      );
    for (const x of [5, -1.5]) {
      const diff = Number(big.abs(big.subtract(at(x) as never, f(x) as never) as never));
      if (!(diff <= 1e-30 * Math.max(1, Math.abs(Number(f(x)))))) return null;
    }
    // Zero at 320 digits is zero; a tiny x coefficient beside a huge constant is not.
    const magnitude = Math.max(...c.map((k) => Number(big.abs(k as never))), 1);
    const out = c.map((k) =>
      Number(big.abs(k as never)) < 1e-280 * magnitude ? big.bignumber(0) : k,
    );
    while (out.length > 1 && big.isZero(out[out.length - 1] as never)) out.pop();
    return out.length <= 4 ? out : null;
  } catch {
    return null;
  }
}

export type Intent = 'compute' | 'simplify' | 'derivative' | 'solve';

/** What a right answer to `text` is, read by mathjs alone. */
export function reference(text: string, intent: Intent): Reference {
  const converted = toMathjs(text.trim());
  if (typeof converted !== 'string') return { type: 'not_math', why: converted.notMath };
  try {
    if (intent === 'derivative') {
      const body = converted;
      if (/[<>=]/.test(body)) return { type: 'none', why: 'relation in a derivative' };
      return { type: 'derivative', expr: body, derivative: math.derivative(body, 'x').toString() };
    }
    const parts = converted.split(/,+/);
    const relations = converted.match(/<=|>=|=|<|>/g) ?? [];
    if (parts.length === 2 && relations.length === 2) return system(parts);
    if (parts.length > 1) return { type: 'none', why: 'comma' };
    if (relations.length > 1) return { type: 'none', why: 'chained relations' };
    if (relations.length === 1) return statement(converted, relations[0]);
    if (/[xy]/.test(converted)) return { type: 'identity', expr: converted };
    const value = Number(math.evaluate(converted));
    return Number.isFinite(value) ? { type: 'value', value } : { type: 'none', why: 'not finite' };
  } catch (e) {
    return { type: 'none', why: (e as Error).message };
  }
}

function statement(s: string, relation: string): Reference {
  const [left, right] = s.split(relation);
  const withRoot = relation === '=' && (s.match(/sqrt\(/g) ?? []).length === 1;
  const root = withRoot ? radical(left, right) : null;
  if (root) return root;
  const c = coefficients(`(${left}) - (${right})`);
  if (!c) return { type: 'none', why: 'not a polynomial of degree ≤ 2 in x' };
  const [c0, c1 = 0, c2 = 0, c3 = 0] = c;
  if (c3 !== 0) {
    if (relation !== '=') return { type: 'none', why: 'cubic inequality' };
    // Distinct real roots of the cubic: x = 0 for each zero low coefficient (exactly), the
    // rest by the formula or mathjs's own root finder.
    let rest = [c0, c1, c2, c3];
    let zero = false;
    while (rest[0] === 0) {
      zero = true;
      rest = rest.slice(1);
    }
    const raw =
      rest.length === 1
        ? []
        : rest.length === 2
          ? [-rest[0] / rest[1]]
          : rest.length === 3
            ? quadraticReal(rest[0], rest[1], rest[2])
            : (math.polynomialRoot(rest[0], rest[1], rest[2], rest[3]) as unknown[])
                .map((r) =>
                  typeof r === 'number' ? { re: r, im: 0 } : (r as { re: number; im: number }),
                )
                .filter((r) => Math.abs(r.im) < 1e-9)
                .map((r) => r.re);
    const distinct = raw.filter(
      (x, i) =>
        raw.findIndex((y) => Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y))) === i,
    );
    const count = distinct.length + (zero ? 1 : 0);
    return { type: 'roots', count, left, right };
  }
  if (relation === '=') {
    if (c2 !== 0) {
      const d = c1 * c1 - 4 * c2 * c0;
      const count = Math.abs(d) <= 1e-9 * Math.max(1, c1 * c1) ? 1 : d < 0 ? 0 : 2;
      return { type: 'roots', count, left, right };
    }
    if (c1 !== 0) return { type: 'roots', count: 1, left, right };
    return { type: 'roots', count: c0 === 0 ? 'all' : 0, left, right };
  }
  if (c2 !== 0) return quadraticSet(c0, c1, c2, relation);
  if (c1 === 0) {
    const holds = math.evaluate(`${c0} ${relation} 0`) as boolean;
    return { type: 'interval', relation, boundary: null, all: holds, left, right };
  }
  const flipped: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
  return {
    type: 'interval',
    relation: c1 > 0 ? relation : flipped[relation],
    boundary: -c0 / c1,
    left,
    right,
  };
}

/** Exact rational arithmetic first (8/3 is not 2.666…), then 160 digits where roots appear. */
const fraction = create(all, { number: 'Fraction' });

/** Newton's method: exact for any size. */
function exactSquareRoot(n: bigint): bigint | null {
  if (n < 0n) return null;
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  return x * x === n ? x : null;
}

/** √ of an exact square of a fraction, exactly; anything else is left to BigNumber. */
function fractionSqrt(v: unknown) {
  const f = fraction.fraction(v as never) as unknown as { s: bigint; n: bigint; d: bigint };
  const [a, b] = [exactSquareRoot(f.n), exactSquareRoot(f.d)];
  if ((f.s < 0n && f.n !== 0n) || a === null || b === null) throw new Error('irrational');
  return fraction.fraction(`${a}/${b}`);
}

/** Whether left = right at the given values, to 100 digits. */
function satisfies(left: string, right: string, scope: Record<string, string>): boolean {
  try {
    const values = Object.fromEntries(
      Object.entries(scope).map(([k, v]) => [k, fraction.evaluate(v)]),
    );
    const exact = { ...values, sqrt: fractionSqrt };
    const [l, r] = [fraction.evaluate(left, { ...exact }), fraction.evaluate(right, { ...exact })];
    if (fraction.isFraction(l) && fraction.isFraction(r)) return fraction.equal(l, r) as boolean;
  } catch {
    // irrational values: fall through to BigNumber
  }
  const values = Object.fromEntries(
    Object.entries(scope).map(([k, v]) => [k, big.evaluate(v) as unknown]),
  );
  const l = big.bignumber(big.evaluate(left, { ...values }) as never) as unknown as {
    minus(o: unknown): { abs(): { lte(o: unknown): boolean } };
    abs(): { plus(o: unknown): { times(o: number): unknown } };
  };
  const r = big.bignumber(big.evaluate(right, { ...values }) as never) as unknown as {
    abs(): unknown;
  };
  return (
    l
      .minus(r)
      .abs()
      .lte(l.abs().plus(r.abs()).times(1e-60) as never) ||
    l
      .minus(r)
      .abs()
      .lte(big.bignumber('1e-60') as never)
  );
}

/** The solution set of c2 x² + c1 x + c0 REL 0, from the roots and the leading sign. */
function quadraticSet(c0: number, c1: number, c2: number, relation: string): Reference {
  const sign = c2 > 0 ? 1 : -1;
  const [a, b, c] = [c2 * sign, c1 * sign, c0 * sign];
  const rel =
    sign > 0
      ? relation
      : ({ '<': '>', '>': '<', '<=': '>=', '>=': '<=' } as Record<string, string>)[relation];
  const above = rel === '>' || rel === '>=';
  const closed = rel === '>=' || rel === '<=';
  const d = b * b - 4 * a * c;
  const all: Interval = { lo: -Infinity, hi: Infinity, loClosed: false, hiClosed: false };
  if (Math.abs(d) <= 1e-9 * Math.max(1, b * b)) {
    const r = -b / (2 * a);
    if (rel === '>=') return { type: 'set', intervals: [all] };
    if (rel === '<') return { type: 'set', intervals: [] };
    if (rel === '<=')
      return { type: 'set', intervals: [{ lo: r, hi: r, loClosed: true, hiClosed: true }] };
    return {
      type: 'set',
      intervals: [
        { lo: -Infinity, hi: r, loClosed: false, hiClosed: false },
        { lo: r, hi: Infinity, loClosed: false, hiClosed: false },
      ],
    };
  }
  if (d < 0) return { type: 'set', intervals: above ? [all] : [] };
  const [r1, r2] = [(-b - Math.sqrt(d)) / (2 * a), (-b + Math.sqrt(d)) / (2 * a)];
  return {
    type: 'set',
    intervals: above
      ? [
          { lo: -Infinity, hi: r1, loClosed: false, hiClosed: closed },
          { lo: r2, hi: Infinity, loClosed: closed, hiClosed: false },
        ]
      : [{ lo: r1, hi: r2, loClosed: closed, hiClosed: closed }],
  };
}

function quadraticReal(c: number, b: number, a: number): number[] {
  const d = b * b - 4 * a * c;
  if (Math.abs(d) <= 1e-12 * Math.max(b * b, Math.abs(4 * a * c))) return [-b / (2 * a)];
  return d < 0 ? [] : [(-b - Math.sqrt(d)) / (2 * a), (-b + Math.sqrt(d)) / (2 * a)];
}

/**
 * An equation with one square root, squared by mathjs's own tree: F = k·√A + P, so every
 * root satisfies k²A − P² = 0; its real roots that satisfy F = 0 (at 320 digits) are the
 * solutions.
 */
function radical(left: string, right: string): Reference | null {
  // In BigNumber throughout: huge constants defeat floating point here.
  const f = big.parse(`(${left}) - (${right})`);
  const isRoot = (n: MathNode) =>
    (n as { isFunctionNode?: boolean }).isFunctionNode === true &&
    (n as unknown as { fn: { name: string } }).fn.name === 'sqrt';
  const roots = f.filter(isRoot);
  if (roots.length !== 1) return { type: 'none', why: 'not one square root' };
  const radicand = (roots[0] as unknown as { args: MathNode[] }).args[0].toString();
  // √0, √9: a number, and the equation is a polynomial one; √(8(x − 10) − 8x) is √(−80).
  const radicandFit = bigFit(radicand);
  if (!/x/.test(radicand) || (radicandFit && radicandFit.length === 1)) {
    if (radicandFit && Number(radicandFit[0]) < 0) return { type: 'roots', count: 0, left, right };
    return null;
  }
  const rest = f.transform((n) => (isRoot(n) ? new big.ConstantNode(0) : n)).toString();
  type Big = { toNumber(): number };
  const at = (expr: string, x: unknown) => big.evaluate(expr, { x }) as Big;
  const F = `(${left}) - (${right})`;
  const samples = [
    0.5, 1.7, 2.5, 3.9, 7.3, 11.1, 25.6, 100.3, -0.7, -1.9, -4.1, -9.3, -31.7, -1e6, 1e6, 1e30,
    -1e30, 1e60, 1e80, 1e100, -1e60, -1e100,
  ]
    .map((x) => big.bignumber(x))
    .filter((x) => Number(at(radicand, x)) > 0)
    .slice(0, 2);
  const ks = samples.map(
    (x) =>
      big.divide(
        big.subtract(at(F, x) as never, at(rest, x) as never),
        big.sqrt(at(radicand, x) as never),
      ) as unknown as Big,
  );
  if (ks.length < 2 || !close(ks[0].toNumber(), ks[1].toNumber()))
    return { type: 'none', why: 'the root has a non-constant factor' };
  const k = ks[0];
  const c = bigFit(`(${k.toString()})^2 * (${radicand}) - (${rest})^2`);
  if (!c) return { type: 'none', why: 'the squared equation is not a low-degree polynomial' };
  const [c0, c1, c2, c3] = [0, 1, 2, 3].map((i) => (c[i] ?? big.bignumber(0)) as never);
  const zero = (v: unknown) => big.isZero(v as never);
  let candidates: unknown[];
  if (!zero(c3)) {
    candidates = (math.polynomialRoot(Number(c0), Number(c1), Number(c2), Number(c3)) as unknown[])
      .map((r) => (typeof r === 'number' ? { re: r, im: 0 } : (r as { re: number; im: number })))
      .filter((r) => Math.abs(r.im) < 1e-9)
      .map((r) => big.bignumber(r.re));
  } else if (!zero(c2)) {
    const d = big.subtract(big.multiply(c1, c1), big.multiply(4, big.multiply(c2, c0)));
    candidates = big.smaller(d as never, 0)
      ? []
      : [-1, 1].map((sign) =>
          big.divide(
            big.add(big.unaryMinus(c1), big.multiply(sign, big.sqrt(d as never))),
            big.multiply(2, c2),
          ),
        );
  } else {
    candidates = zero(c1) ? [] : [big.divide(big.unaryMinus(c0), c1)];
  }
  const valid = candidates.filter((x) => {
    const a = Number(at(radicand, x));
    const p = at(rest, x);
    const scale = Math.max(1, Math.abs(Number(p)));
    if (a < -1e-9 * scale) return false;
    const value = big.add(
      big.multiply(k as never, big.sqrt(big.max(at(radicand, x) as never, 0))),
      p as never,
    );
    return Math.abs(Number(value)) <= 1e-20 * scale;
  });
  const distinct = valid.filter(
    (x, i) => valid.findIndex((y) => close(Number(x), Number(y))) === i,
  );
  return { type: 'roots', count: distinct.length, left, right };
}

/** Our answer's set: [] (none), "all real numbers", or intervals joined by U. */
function answerSet(values: AnswerValue[]): Interval[] | null {
  if (values.length === 0) return [];
  if (values.length !== 1) return null;
  if (values[0].value === 'all real numbers')
    return [{ lo: -Infinity, hi: Infinity, loClosed: false, hiClosed: false }];
  const out: Interval[] = [];
  for (const part of values[0].value.split(/\s+U\s+/)) {
    const m = /^([[(])\s*(.+?)\s*,\s*(.+?)\s*([\])])$/.exec(part.trim());
    if (!m) return null;
    const end = (t: string) =>
      t === '-inf' ? -Infinity : t === 'inf' ? Infinity : Number(math.evaluate(t));
    out.push({ lo: end(m[2]), hi: end(m[3]), loClosed: m[1] === '[', hiClosed: m[4] === ']' });
  }
  return out;
}

function system(parts: string[]): Reference {
  const equations = parts.map((p) => p.split('=')) as [string, string][];
  if (equations.some((e) => e.length !== 2)) return { type: 'none', why: 'not two equations' };
  const rows = equations.map(([l, r]) => {
    const f = (x: number, y: number) =>
      big.evaluate(`(${l}) - (${r})`, { x: big.bignumber(x), y: big.bignumber(y) }) as never;
    const c = f(0, 0);
    return {
      a: Number(big.subtract(f(1, 0), c)),
      b: Number(big.subtract(f(0, 1), c)),
      affine: big.equal(
        big.add(big.subtract(f(2, -1), c), 0),
        big.subtract(big.multiply(2, big.subtract(f(1, 0), c)), big.subtract(f(0, 1), c)),
      ),
    };
  });
  if (rows.some((r) => !r.affine)) return { type: 'none', why: 'not linear' };
  const [p, q] = rows;
  if (Math.abs(p.a * q.b - p.b * q.a) < 1e-12) return { type: 'pair_degenerate' };
  return { type: 'pair', equations };
}

export type Verdict = 'agree' | 'disagree' | 'unreferenced';

/** Whether our answer values say what the reference says. */
export function judge(ref: Reference, answer: AnswerValue[]): Verdict {
  // Our answers are written in school notation too ("2x(x - 6)"): read them the same way.
  const values = answer.map((v) => {
    const converted = /inf|all real/.test(v.value) ? v.value : toMathjs(v.value);
    return { ...v, value: typeof converted === 'string' ? converted : v.value };
  });
  const num = (v: string) => Number(math.evaluate(v));
  try {
    switch (ref.type) {
      case 'not_math':
        return 'disagree';
      case 'none':
        return 'unreferenced';
      case 'value':
        return values.length === 1 && close(num(values[0].value), ref.value) ? 'agree' : 'disagree';
      case 'identity':
        return values.length === 1 &&
          SAMPLES.every((p) => close(evalAt(values[0].value, p), evalAt(ref.expr, p)))
          ? 'agree'
          : 'disagree';
      case 'derivative': {
        if (values.length !== 1) return 'disagree';
        let compared = 0;
        for (const p of SAMPLES) {
          const want = evalAt(ref.derivative, p);
          if (!Number.isFinite(want)) continue;
          if (!close(evalAt(values[0].value, p), want)) return 'disagree';
          compared += 1;
        }
        return compared > 0 ? 'agree' : 'unreferenced';
      }
      case 'roots': {
        if (ref.count === 'all')
          return values.length === 1 && values[0].value === 'all real numbers'
            ? 'agree'
            : 'disagree';
        // As many distinct roots as the reference counts, each satisfying the equation.
        const distinct = new Set(
          values.map((v) => (big.evaluate(v.value) as { toString(): string }).toString()),
        ).size;
        return values.length === ref.count &&
          distinct === ref.count &&
          values.every((v) => satisfies(ref.left, ref.right, { x: v.value }))
          ? 'agree'
          : 'disagree';
      }
      case 'interval': {
        if (ref.boundary === null) {
          const all = values.length === 1 && values[0].value === 'all real numbers';
          return all === ref.all && (all || values.length === 0) ? 'agree' : 'disagree';
        }
        const m = /^(<=|>=|<|>)\s*(.+)$/.exec(values[0]?.value ?? '');
        return values.length === 1 &&
          m &&
          m[1] === ref.relation &&
          satisfies(ref.left, ref.right, { x: m[2] })
          ? 'agree'
          : 'disagree';
      }
      case 'pair': {
        const x = values.find((v) => v.variable === 'x');
        const y = values.find((v) => v.variable === 'y');
        return values.length === 2 &&
          x &&
          y &&
          ref.equations.every(([l, r]) => satisfies(l, r, { x: x.value, y: y.value }))
          ? 'agree'
          : 'disagree';
      }
      case 'pair_degenerate':
        return values.length === 0 ? 'agree' : 'disagree';
      case 'set': {
        const ours = answerSet(values);
        const endsMatch = (x: number, y: number) => (Number.isFinite(x) ? close(x, y) : x === y);
        return ours &&
          ours.length === ref.intervals.length &&
          ours.every(
            (i, k) =>
              endsMatch(i.lo, ref.intervals[k].lo) &&
              endsMatch(i.hi, ref.intervals[k].hi) &&
              (!Number.isFinite(i.lo) || i.loClosed === ref.intervals[k].loClosed) &&
              (!Number.isFinite(i.hi) || i.hiClosed === ref.intervals[k].hiClosed),
          )
          ? 'agree'
          : 'disagree';
      }
    }
  } catch {
    return 'disagree';
  }
}
