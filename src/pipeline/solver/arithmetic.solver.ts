import { Rational, exactPower, isqrt, lcm } from '../math/rational';
import { Expr, NumberStyle, num } from '../math/expr';
import { numberToLatex, percentDigits, toLatex, toPlain } from '../math/print';
import { Solution, SolutionStep, StepAction } from './solution';
import { numberStyleOf } from './rewrite';
import { evaluateRational } from '../math/evaluate';
import { UnsupportedProblemError } from './errors';

type Operation = Extract<StepAction, { type: 'evaluate' }>['operation'];

interface Ready {
  path: string[];
  depth: number; // how many enclosing brackets
  rank: number; // 0 powers/roots/signs, 1 × ÷, 2 + −
  order: number; // left-to-right position
}

const MAX_STEPS = 12;

/**
 * Order of operations as taught: innermost brackets first, then powers, then × ÷ from
 * left to right, then + − from left to right. Operations of the same kind at the same
 * level are done in one step, as a teacher would write one new line for them.
 */
export function solveArithmetic(expr: Expr): Solution {
  const style: NumberStyle = numberStyleOf(expr) === 'decimal' ? 'decimal' : 'fraction';
  const steps: SolutionStep[] = [];
  let current = percentsWritten(expr, style, steps);
  while (current.type !== 'num') {
    const ready = collectReady(current);
    if (ready.length === 0) throw new UnsupportedProblemError('not_supported', 'cannot evaluate');
    ready.sort((a, b) => b.depth - a.depth || a.rank - b.rank || a.order - b.order);
    const first = ready[0];
    // Ready nodes are operations on two numbers, so they never nest: a batch is safe.
    const batch = ready.filter((r) => r.depth === first.depth && r.rank === first.rank);
    const operation: Operation =
      first.depth > 0 ? 'brackets' : operationOf(batch.map((r) => getAt(current, r.path)));
    const works: string[] = [];
    for (const r of batch) {
      const node = getAt(current, r.path);
      const { value, work } = evaluateNode(node, style);
      works.push(work);
      current = setAt(current, r.path, num(value, valueStyle(value, style)));
    }
    steps.push({
      action: { type: 'evaluate', operation, work: works.join(', \\quad ') },
      latex: `= ${toLatex(current)}`,
      state: { kind: 'expr', expr: current },
    });
    if (steps.length > MAX_STEPS)
      throw new UnsupportedProblemError('too_complex', 'too many operations');
  }
  const value = current.value;
  return {
    kind: 'arithmetic',
    problemLatex: toLatex(expr),
    steps,
    outcome: 'value',
    answer: {
      latex: numberToLatex(value, valueStyle(value, style)),
      values: [
        {
          variable: '',
          value:
            style === 'decimal' && value.isTerminatingDecimal()
              ? value.toDecimalString()
              : toPlain(num(value)),
        },
      ],
    },
  };
}

/**
 * Percentages are written as numbers first, in one line (20% = 20/100 = 0.2), as the
 * textbook does before any operation.
 */
function percentsWritten(expr: Expr, style: NumberStyle, steps: SolutionStep[]): Expr {
  const works: string[] = [];
  const rewrite = (e: Expr): Expr => {
    switch (e.type) {
      case 'num': {
        if (e.style !== 'percent') return e;
        const value = num(e.value, valueStyle(e.value, style));
        const hundredths = `\\frac{${percentDigits(e.value)}}{100}`;
        works.push(`${toLatex(e)} = ${hundredths} = ${toLatex(value)}`);
        return value;
      }
      case 'bin':
        return { ...e, left: rewrite(e.left), right: rewrite(e.right) };
      case 'neg':
      case 'call':
        return { ...e, arg: rewrite(e.arg) };
      default:
        return e;
    }
  };
  const written = rewrite(expr);
  if (works.length)
    steps.push({
      action: { type: 'evaluate', operation: 'percent', work: works.join(', \\quad ') },
      latex: `= ${toLatex(written)}`,
      state: { kind: 'expr', expr: written },
    });
  return written;
}

function valueStyle(v: Rational, style: NumberStyle): NumberStyle {
  if (style === 'decimal' && v.isTerminatingDecimal()) return 'decimal';
  return v.isInteger() ? 'integer' : 'fraction';
}

function operationOf(nodes: Expr[]): Operation {
  const names = new Set(
    nodes.map((n): Operation => {
      if (n.type !== 'bin' || n.op === '^') return 'power';
      return ({ '*': 'multiply', '/': 'divide', '+': 'add', '-': 'subtract' } as const)[n.op];
    }),
  );
  return names.size === 1 ? [...names][0] : 'mixed';
}

function collectReady(root: Expr): Ready[] {
  const out: Ready[] = [];
  let order = 0;
  const visit = (
    e: Expr,
    path: string[],
    depth: number,
    parentPrec: number,
    isRightOfSameLevel: boolean,
  ) => {
    const prec = precOf(e);
    const bracketed = prec < parentPrec || (prec === parentPrec && isRightOfSameLevel && prec < 3);
    const d = depth + (bracketed ? 1 : 0);
    if (e.type === 'bin') {
      visit(e.left, [...path, 'left'], d, prec, false);
      if (e.left.type === 'num' && e.right.type === 'num')
        out.push({ path, depth: d, rank: rankOf(e), order: order++ });
      visit(e.right, [...path, 'right'], d, prec, e.op !== '^');
    } else if (e.type === 'neg' || e.type === 'call') {
      // A root's radicand is worked out first, like a bracket.
      visit(
        e.arg,
        [...path, 'arg'],
        e.type === 'call' ? d + 1 : d,
        e.type === 'call' ? 0 : prec,
        false,
      );
      if (e.arg.type === 'num') out.push({ path, depth: d, rank: 0, order: order++ });
    } else if (e.type === 'var' || e.type === 'const') {
      throw new UnsupportedProblemError('not_supported', 'arithmetic with symbols');
    }
  };
  visit(root, [], 0, 0, false);
  return out;
}

function precOf(e: Expr): number {
  if (e.type !== 'bin') return 4;
  return e.op === '+' || e.op === '-' ? 1 : e.op === '^' ? 3 : 2;
}

function rankOf(e: Expr): number {
  if (e.type !== 'bin' || e.op === '^') return 0;
  return e.op === '*' || e.op === '/' ? 1 : 2;
}

function evaluateNode(e: Expr, style: NumberStyle): { value: Rational; work: string } {
  const show = (v: Rational) => numberToLatex(v, valueStyle(v, style));
  if (e.type === 'neg' && e.arg.type === 'num')
    return { value: e.arg.value.neg(), work: `${toLatex(e)} = ${show(e.arg.value.neg())}` };
  if (e.type === 'call' && e.arg.type === 'num' && (e.base || e.fn === 'lg')) {
    // log₂ 8 = 3, lg 100 = 2: logarithms whose value is rational.
    let v: Rational;
    try {
      v = evaluateRational(e);
    } catch {
      throw new UnsupportedProblemError('not_supported', 'a logarithm that is not rational');
    }
    return { value: v, work: `${toLatex(e)} = ${show(v)}` };
  }
  if (e.type === 'call' && e.arg.type === 'num') {
    if (e.fn !== 'sqrt') throw new UnsupportedProblemError('not_supported', `${e.fn} of a number`);
    const r = e.arg.value;
    if (r.sign() < 0)
      throw new UnsupportedProblemError('not_supported', 'square root of a negative number');
    const n = isqrt(r.num);
    const d = isqrt(r.den);
    if (n * n !== r.num || d * d !== r.den)
      throw new UnsupportedProblemError('not_supported', 'irrational square root');
    const v = Rational.of(n, d);
    return { value: v, work: `${toLatex(e)} = ${show(v)}` };
  }
  if (e.type !== 'bin' || e.left.type !== 'num' || e.right.type !== 'num')
    throw new UnsupportedProblemError('not_supported', 'not a number operation');
  const a = e.left.value;
  const b = e.right.value;
  let v: Rational;
  switch (e.op) {
    case '+':
      v = a.add(b);
      break;
    case '-':
      v = a.sub(b);
      break;
    case '*':
      v = a.mul(b);
      break;
    case '/':
      if (b.isZero()) throw new UnsupportedProblemError('division_by_zero', 'division by zero');
      v = a.div(b);
      break;
    case '^': {
      if (b.abs().num > 20n * b.den) throw new UnsupportedProblemError('not_supported', 'exponent');
      if (a.isZero() && b.sign() < 0)
        throw new UnsupportedProblemError('division_by_zero', 'zero to a negative power');
      const power = exactPower(a, b);
      if (!power) throw new UnsupportedProblemError('not_supported', 'an irrational power');
      v = power;
      break;
    }
  }
  return {
    value: v,
    work: `${toLatex(e)} = ${commonDenominatorWork(e.op, a, b, style)}${show(v)}`,
  };
}

/** 3/4 + 1/6 = 9/12 + 2/12 = 11/12: show the common denominator when fractions differ. */
function commonDenominatorWork(op: string, a: Rational, b: Rational, style: NumberStyle): string {
  if (
    (op !== '+' && op !== '-') ||
    style === 'decimal' ||
    a.isInteger() ||
    b.isInteger() ||
    a.den === b.den
  )
    return '';
  const d = lcm(a.den, b.den);
  const fa = `\\frac{${a.num * (d / a.den)}}{${d}}`;
  const fb = `\\frac{${(b.num < 0n ? -b.num : b.num) * (d / b.den)}}{${d}}`;
  const opSign = (op === '+') === b.num >= 0n ? '+' : '-';
  return `${fa} ${opSign} ${fb} = `;
}

function getAt(e: Expr, path: string[]): Expr {
  return path.reduce<Expr>((node, key) => (node as unknown as Record<string, Expr>)[key], e);
}

function setAt(e: Expr, path: string[], value: Expr): Expr {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  const child = (e as unknown as Record<string, Expr>)[key];
  return { ...e, [key]: setAt(child, rest, value) } as Expr;
}
