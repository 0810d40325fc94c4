import { mulberry32 } from '../problem-set';

/**
 * Fuzz cases from a seed: problems of every supported class written as a student types
 * them, then mutated — cosmetically (the answer must not change) or hostilely (words and
 * unknown functions mixed in, huge numbers, nested powers, unbalanced brackets, look-alike
 * characters, deleted or doubled characters). The oracle (oracle.ts) judges each answer
 * from the math text alone, with mathjs.
 */
export type FuzzClass =
  | 'arithmetic'
  | 'linear'
  | 'quadratic'
  | 'system'
  | 'inequality'
  | 'simplify'
  | 'expand'
  | 'derivative'
  | 'factor'
  | 'cubic'
  | 'quad_inequality'
  | 'radical';

export const FUZZ_CLASSES: FuzzClass[] = [
  'arithmetic',
  'linear',
  'quadratic',
  'system',
  'inequality',
  'simplify',
  'expand',
  'derivative',
  'factor',
  'cubic',
  'quad_inequality',
  'radical',
];

export type Mutation =
  | 'none'
  | 'cosmetic'
  | 'word'
  | 'unknown_function'
  | 'known_function'
  | 'huge_number'
  | 'nested_power'
  | 'unbalanced'
  | 'look_alike'
  | 'corrupt';

export const MUTATIONS: Mutation[] = [
  'none',
  'cosmetic',
  'word',
  'unknown_function',
  'known_function',
  'huge_number',
  'nested_power',
  'unbalanced',
  'look_alike',
  'corrupt',
];

export interface FuzzCase {
  id: number;
  cls: FuzzClass;
  mutation: Mutation;
  /** The instruction as typed ("Solve: ", "求导：", or ""). */
  prompt: string;
  /** The mathematics as typed (after mutation): what the oracle reads. */
  math: string;
}

type Rand = () => number;

class Gen {
  constructor(readonly r: Rand) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  nonzero(lo: number, hi: number): number {
    const n = this.int(lo, hi);
    return n === 0 ? 1 : n;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)];
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
}

const signed = (n: number, first = false) => (first ? `${n}` : n < 0 ? ` - ${-n}` : ` + ${n}`);

/** A linear expression in v written in one of several school shapes. */
function linear(g: Gen, v: string): string {
  const a = g.nonzero(-9, 9);
  const b = g.int(-12, 12);
  switch (g.int(0, 4)) {
    case 0:
      return `${a === 1 ? '' : a === -1 ? '-' : a}${v}${b ? signed(b) : ''}`;
    case 1:
      return `${a}(${v}${signed(g.nonzero(-9, 9))})`;
    case 2:
      return `${v}/${g.int(2, 6)}${signed(b)}`;
    case 3:
      return `${g.int(2, 9)}(${v}${signed(b)}) - ${g.int(2, 9)}${v}`;
    default:
      return `(${a}${v}${signed(b)})/${g.int(2, 5)}`;
  }
}

function arithmetic(g: Gen, depth = 0): string {
  if (depth > 2 || g.chance(0.3)) {
    switch (g.int(0, 3)) {
      case 0:
        return `${g.int(2, 9)}/${g.int(2, 12)}`;
      case 1:
        return `${g.int(0, 99)}.${g.int(1, 99)}`;
      default:
        return `${g.int(0, 60)}`;
    }
  }
  const l = arithmetic(g, depth + 1);
  const r = arithmetic(g, depth + 1);
  const op = g.pick([' + ', ' - ', ' × ', ' ÷ ', '^']);
  if (op === '^') return `${/^\d+$/.test(l) ? l : `(${l})`}^${g.int(0, 3)}`;
  const wrap = (s: string) => (/^[\d.]+$/.test(s) ? s : `(${s})`);
  return `${wrap(l)}${op}${wrap(r)}`;
}

function polynomial(g: Gen, brackets: boolean): string {
  const terms: string[] = [];
  const count = g.int(2, 4);
  for (let i = 0; i < count; i += 1) {
    const c = g.nonzero(-9, 9);
    const body = g.pick(['x^2', 'x', 'xy', 'y', '', 'x^3']);
    const term = brackets && g.chance(0.5) ? `${c}(${linear(g, 'x')})` : `${c}${body}`;
    terms.push(i === 0 ? term : ` ${c < 0 ? '-' : '+'} ${term.replace(/^-/, '')}`);
  }
  if (brackets) terms.push(` + (${linear(g, 'x')})(${linear(g, 'x')})`);
  return terms.join('');
}

/** A product of small factors multiplied out, e.g. 2x^3 - 8x from 2x(x + 2)(x - 2). */
function productOfFactors(g: Gen): string {
  let coefs = [g.nonzero(-3, 3)]; // lowest degree first
  for (let i = g.int(1, 3); i > 0; i -= 1) {
    const [a, b] = g.chance(0.2) ? [1, 0] : [g.pick([1, 1, 1, 2, 3]), g.int(-6, 6)];
    const next = new Array(coefs.length + 1).fill(0);
    coefs.forEach((c, k) => {
      next[k] += c * b;
      next[k + 1] += c * a;
    });
    coefs = next;
  }
  const terms = coefs
    .map((c, k) => ({ c, k }))
    .filter((t) => t.c !== 0)
    .reverse()
    .map(({ c, k }, i) => {
      const body = k === 0 ? '' : k === 1 ? 'x' : `x^${k}`;
      const mag = Math.abs(c) === 1 && body ? body : `${Math.abs(c)}${body}`;
      return i === 0 ? (c < 0 ? `-${mag}` : mag) : c < 0 ? ` - ${mag}` : ` + ${mag}`;
    });
  return terms.join('') || '0';
}

function derivativeBody(g: Gen, depth = 0): string {
  const atoms = ['x', `x^${g.int(2, 5)}`, `${g.int(2, 9)}x`, `${g.int(1, 9)}`];
  if (depth > 1 || g.chance(0.35)) return g.pick(atoms);
  const inner = derivativeBody(g, depth + 1);
  switch (g.int(0, 6)) {
    case 0:
      return `${derivativeBody(g, depth + 1)} + ${inner}`;
    case 1:
      return `${g.int(2, 7)}${g.pick(['sin', 'cos'])}(${inner})`;
    case 2:
      return `e^(${inner})`;
    case 3:
      return `ln(${inner})`;
    case 4:
      return `sqrt(${inner})`;
    case 5:
      return `(${derivativeBody(g, depth + 1)})(${inner})`;
    default:
      return `(${inner})/(${derivativeBody(g, depth + 1)})`;
  }
}

const PROMPTS: Record<FuzzClass, string[]> = {
  arithmetic: ['', '计算：', 'Compute: ', 'Evaluate '],
  linear: ['', '解方程：', 'Solve for x: ', 'Solve '],
  quadratic: ['', '解方程：', 'Solve: '],
  system: ['', '解方程组：', 'Solve the system: '],
  inequality: ['', '解不等式：', 'Solve the inequality '],
  simplify: ['化简：', 'Simplify: '],
  expand: ['展开：', 'Expand '],
  derivative: ['求导：', 'Differentiate: ', 'Find the derivative of '],
  factor: ['因式分解：', 'Factor ', 'Factorise: '],
  cubic: ['', '解方程：', 'Solve: '],
  quad_inequality: ['', '解不等式：', 'Solve the inequality '],
  radical: ['', '解方程：', 'Solve: '],
};

function base(g: Gen, cls: FuzzClass): string {
  switch (cls) {
    case 'arithmetic':
      return arithmetic(g);
    case 'linear':
      return `${linear(g, 'x')} = ${linear(g, 'x')}`;
    case 'quadratic': {
      const [p, q, k] = [g.int(-9, 9), g.int(-9, 9), g.nonzero(-3, 3)];
      return g.chance(0.5)
        ? `${k}(x${signed(-p)})(x${signed(-q)}) = 0`
        : `x^2${signed(g.int(-12, 12))}x = ${g.int(-20, 20)}`;
    }
    case 'system':
      return `${g.nonzero(-6, 6)}x${signed(g.nonzero(-6, 6))}y = ${g.int(-20, 20)}, ${g.nonzero(-6, 6)}x${signed(g.nonzero(-6, 6))}y = ${g.int(-20, 20)}`;
    case 'inequality':
      return `${linear(g, 'x')} ${g.pick(['<', '>', '<=', '>=', '≤', '≥'])} ${linear(g, 'x')}`;
    case 'simplify':
      return polynomial(g, false);
    case 'expand':
      return polynomial(g, true);
    case 'derivative':
      return `f(x) = ${derivativeBody(g)}`;
    case 'factor':
      return productOfFactors(g);
    case 'cubic':
      return g.chance(0.5)
        ? `${productOfFactors(g)} = 0`
        : `x^3${signed(g.int(-9, 9))}x^2${signed(g.int(-20, 20))}x = ${g.int(-30, 30)}`;
    case 'radical':
      return g.chance(0.5)
        ? `sqrt(${linear(g, 'x')}) = ${linear(g, 'x')}`
        : `${g.int(1, 4)}sqrt(x${signed(g.int(-9, 9))})${signed(g.int(-9, 9))} = x`;
    case 'quad_inequality':
      return `${g.chance(0.5) ? `x^2${signed(g.int(-9, 9))}x` : `${g.nonzero(-3, 3)}x^2`} ${g.pick(['<', '>', '<=', '>=', '≤', '≥'])} ${g.int(-20, 20)}`;
  }
}

const WORDS = ['apple', 'quickly', 'the', 'is', 'banana', 'total', '吗', '苹果', 'sum', 'of'];
const UNKNOWN_FUNCTIONS = ['foo', 'sinh', 'max', 'floor', 'f'];
const KNOWN_FUNCTIONS = ['sqrt', 'sin', 'abs', 'log', 'ln', 'cos'];
const LOOK_ALIKES: [RegExp, string][] = [
  [/x/, 'х'], // Cyrillic
  [/x/, 'ⅹ'],
  [/-/, '—'],
  [/2/, '２'],
  [/\(/, '（'],
];

/** Positions between tokens (not inside a number or a name). */
function boundaries(s: string): number[] {
  const out: number[] = [0, s.length];
  for (let i = 1; i < s.length; i += 1)
    if (!(/[\w.]/.test(s[i - 1]) && /[\w.]/.test(s[i]))) out.push(i);
  return out;
}

/** A number or a single letter, as a span to wrap or replace. */
function atomSpans(s: string): [number, number][] {
  return [...s.matchAll(/\d+(?:\.\d+)?|(?<![A-Za-z])[xy](?![A-Za-z])/g)].map((m) => [
    m.index!,
    m.index! + m[0].length,
  ]);
}

function mutate(g: Gen, math: string, mutation: Mutation): string {
  const atoms = atomSpans(math);
  const atom = atoms.length ? g.pick(atoms) : ([0, 0] as [number, number]);
  const splice = ([a, b]: [number, number], text: string) =>
    math.slice(0, a) + text + math.slice(b);
  switch (mutation) {
    case 'none':
      return math;
    case 'cosmetic':
      return math
        .replace(/ - /g, () => (g.chance(0.5) ? ' − ' : ' - '))
        .replace(/\^2(?!\d)/g, () => (g.chance(0.5) ? '²' : '^2'))
        .replace(/ \+ /g, () => (g.chance(0.3) ? '+' : '  +  '))
        .replace(/<=/g, () => (g.chance(0.5) ? '≤' : '<='))
        .replace(/ × /g, () => (g.chance(0.5) ? ' * ' : '×'));
    case 'word': {
      const at = g.pick(boundaries(math));
      return `${math.slice(0, at)} ${g.pick(WORDS)} ${math.slice(at)}`;
    }
    case 'unknown_function':
      return splice(atom, `${g.pick(UNKNOWN_FUNCTIONS)}(${math.slice(...atom)})`);
    case 'known_function':
      return splice(atom, `${g.pick(KNOWN_FUNCTIONS)}(${math.slice(...atom)})`);
    case 'huge_number':
      return splice(
        atom,
        Array.from({ length: g.int(20, 60) }, (_, i) => (i === 0 ? g.int(1, 9) : g.int(0, 9))).join(
          '',
        ),
      );
    case 'nested_power': {
      let wrapped = math.slice(...atom);
      for (let i = g.int(2, 5); i > 0; i -= 1) wrapped = `(${wrapped})^${g.int(2, 30)}`;
      return splice(atom, wrapped);
    }
    case 'unbalanced': {
      const brackets = [...math.matchAll(/[()]/g)].map((m) => m.index!);
      if (brackets.length && g.chance(0.5)) {
        const at = g.pick(brackets);
        return math.slice(0, at) + math.slice(at + 1);
      }
      const at = g.pick(boundaries(math));
      return `${math.slice(0, at)}(${math.slice(at)}`;
    }
    case 'look_alike': {
      const candidates = LOOK_ALIKES.filter(([re]) => re.test(math));
      if (!candidates.length) return `${math}\u3000`;
      const [re, replacement] = g.pick(candidates);
      return math.replace(re, replacement);
    }
    case 'corrupt': {
      const at = g.int(0, Math.max(0, math.length - 1));
      switch (g.int(0, 2)) {
        case 0:
          return math.slice(0, at) + math.slice(at + 1);
        case 1:
          return math.slice(0, at) + math[at] + math.slice(at);
        default:
          return math.slice(0, at) + (math[at + 1] ?? '') + math[at] + math.slice(at + 2);
      }
    }
  }
}

/** `count` cases from `seed`; about a third unmutated, the rest spread over the mutations. */
export function generateFuzzCases(seed: number, count: number): FuzzCase[] {
  const g = new Gen(mulberry32(seed));
  const cases: FuzzCase[] = [];
  for (let id = 0; id < count; id += 1) {
    const cls = FUZZ_CLASSES[id % FUZZ_CLASSES.length];
    const mutation = g.chance(0.3) ? 'none' : g.pick(MUTATIONS.slice(1));
    const prompt = g.pick(PROMPTS[cls]);
    cases.push({ id, cls, mutation, prompt, math: mutate(g, base(g, cls), mutation) });
  }
  return cases;
}
