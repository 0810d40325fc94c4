import { all, create, MathNode } from 'mathjs';
import { AnswerValue } from '../../src/pipeline/solver/solution';

/**
 * The independent referee for the fuzzer: mathjs, with its own parser, reads the math text
 * (converted only where school notation and mathjs disagree: 3/4 is one number, xy is x·y,
 * ln is mathjs's log) and says what a right answer is. It never sees our parser or solver.
 */
const math = create(all, {});
/** High precision for substitution, where huge numbers defeat floating point. */
const big = create(all, { number: 'BigNumber', precision: 160 });

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
  | { type: 'pair_degenerate' };

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

/** Polynomial coefficients in x of `expr` (lowest first), when it is one of degree ≤ 2. */
function coefficients(expr: string): number[] | null {
  try {
    const r = math.rationalize(expr, {}, true) as unknown as {
      coefficients: unknown[];
      denominator: MathNode | null;
      variables: string[];
    };
    if (r.variables.some((v) => v !== 'x')) return null;
    if (r.denominator && r.denominator.toString() !== '1' && /x/.test(r.denominator.toString()))
      return null;
    const denominator = r.denominator ? Number(r.denominator.evaluate()) : 1;
    const c = r.coefficients.length
      ? r.coefficients.map((k) => Number(k) / denominator)
      : [Number(math.evaluate(expr))];
    return c.length <= 3 ? c : null;
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
  const c = coefficients(`(${left}) - (${right})`);
  if (!c) return { type: 'none', why: 'not a polynomial of degree ≤ 2 in x' };
  const [c0, c1 = 0, c2 = 0] = c;
  if (relation === '=') {
    if (c2 !== 0) {
      const d = c1 * c1 - 4 * c2 * c0;
      const count = Math.abs(d) <= 1e-9 * Math.max(1, c1 * c1) ? 1 : d < 0 ? 0 : 2;
      return { type: 'roots', count, left, right };
    }
    if (c1 !== 0) return { type: 'roots', count: 1, left, right };
    return { type: 'roots', count: c0 === 0 ? 'all' : 0, left, right };
  }
  if (c2 !== 0) return { type: 'none', why: 'quadratic inequality' };
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

/** Whether left = right at the given values, to 100 digits. */
function satisfies(left: string, right: string, scope: Record<string, string>): boolean {
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
export function judge(ref: Reference, values: AnswerValue[]): Verdict {
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
        const distinct = new Set(values.map((v) => num(v.value).toPrecision(12))).size;
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
    }
  } catch {
    return 'disagree';
  }
}
