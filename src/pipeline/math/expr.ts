import { Rational } from './rational';

/**
 * The expression tree every solver works on. Binary nodes keep the student's own
 * structure (left-to-right order, which operation came first) so steps can be shown
 * the way a teacher would rewrite the line.
 */
export const FUNCTION_NAMES = [
  'arcsin',
  'arccos',
  'arctan',
  'sqrt',
  'sin',
  'cos',
  'tan',
  'cot',
  'sec',
  'csc',
  'exp',
  'abs',
  'log',
  'ln',
  'lg',
] as const;
/** Every function a student may write; which of them a solver handles is the solver's business. */
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/**
 * `percent`: written with %, its value already divided by 100 (20% holds 1/5). `degree`: an
 * angle written with °, its value in degrees (30° holds 30; evaluators convert it).
 */
export type NumberStyle = 'integer' | 'fraction' | 'decimal' | 'mixed' | 'percent' | 'degree';

export type Expr =
  /** `text` is the literal as written ("0.50", "6/8"), kept so the reading can be audited. */
  | { type: 'num'; value: Rational; style: NumberStyle; text?: string }
  | { type: 'var'; name: string }
  | { type: 'const'; name: 'pi' | 'e' }
  | { type: 'bin'; op: '+' | '-' | '*' | '/' | '^'; left: Expr; right: Expr; divSign?: boolean }
  | { type: 'neg'; arg: Expr }
  /** `base` only for log written with one (log₂ x, log_{3}(x + 1)). */
  | { type: 'call'; fn: FunctionName; arg: Expr; base?: Expr };

export type Relation = '=' | '<' | '>' | '<=' | '>=';

const FLIPPED: Record<Relation, Relation> = {
  '=': '=',
  '<': '>',
  '>': '<',
  '<=': '>=',
  '>=': '<=',
};

/** The relation after multiplying both sides by a negative number (or swapping the sides). */
export function flipRelation(r: Relation): Relation {
  return FLIPPED[r];
}

export interface Statement {
  left: Expr;
  relation: Relation;
  right: Expr;
}

export const num = (value: Rational | number | bigint, style?: NumberStyle): Expr => {
  const v = value instanceof Rational ? value : Rational.of(value);
  return { type: 'num', value: v, style: style ?? (v.isInteger() ? 'integer' : 'fraction') };
};
export const variable = (name: string): Expr => ({ type: 'var', name });
export const add = (left: Expr, right: Expr): Expr => ({ type: 'bin', op: '+', left, right });
export const sub = (left: Expr, right: Expr): Expr => ({ type: 'bin', op: '-', left, right });
export const mul = (left: Expr, right: Expr): Expr => ({ type: 'bin', op: '*', left, right });
export const div = (left: Expr, right: Expr): Expr => ({ type: 'bin', op: '/', left, right });
export const pow = (left: Expr, right: Expr): Expr => ({ type: 'bin', op: '^', left, right });
export const neg = (arg: Expr): Expr => ({ type: 'neg', arg });
export const call = (fn: FunctionName, arg: Expr): Expr => ({ type: 'call', fn, arg });
/** log_base(arg). */
export const logOf = (arg: Expr, base: Expr): Expr => ({ type: 'call', fn: 'log', arg, base });

export function variablesOf(e: Expr, into = new Set<string>()): Set<string> {
  switch (e.type) {
    case 'var':
      into.add(e.name);
      break;
    case 'bin':
      variablesOf(e.left, into);
      variablesOf(e.right, into);
      break;
    case 'neg':
    case 'call':
      variablesOf(e.arg, into);
      break;
  }
  return into;
}

/** Sum terms with their signs: a - (b) + c → [+a, -b, +c]. Used for term-by-term work. */
export function flattenSum(e: Expr, sign: 1 | -1 = 1, out: { sign: 1 | -1; term: Expr }[] = []) {
  if (e.type === 'bin' && (e.op === '+' || e.op === '-')) {
    flattenSum(e.left, sign, out);
    flattenSum(e.right, e.op === '+' ? sign : (-sign as 1 | -1), out);
  } else if (e.type === 'neg' && e.arg.type !== 'num') {
    flattenSum(e.arg, -sign as 1 | -1, out);
  } else {
    out.push({ sign, term: e });
  }
  return out;
}

/** Rebuilds a sum from signed terms, writing "a - b" rather than "a + (-b)". */
export function buildSum(input: { sign: 1 | -1; term: Expr }[]): Expr {
  // A negative number term is written with a minus sign: a - 1, not a + (-1).
  const terms = input.map((t) =>
    t.term.type === 'num' && t.term.value.sign() < 0
      ? { sign: -t.sign as 1 | -1, term: { ...t.term, value: t.term.value.neg() } }
      : t,
  );
  if (terms.length === 0) return num(0);
  const first = terms[0];
  let acc = first.sign === 1 ? first.term : negate(first.term);
  for (const t of terms.slice(1)) {
    acc = t.sign === 1 ? add(acc, t.term) : sub(acc, t.term);
  }
  return acc;
}

/** Negation that folds into numbers: -(3) is the number -3, not a node. */
export function negate(e: Expr): Expr {
  if (e.type === 'num') return { ...e, value: e.value.neg() };
  if (e.type === 'neg') return e.arg;
  return neg(e);
}

/** The expression with every occurrence of variable v replaced by value. */
export function substitute(e: Expr, v: string, value: Expr): Expr {
  if (e.type === 'var' && e.name === v) return value;
  if (e.type === 'bin')
    return { ...e, left: substitute(e.left, v, value), right: substitute(e.right, v, value) };
  if (e.type === 'neg' || e.type === 'call') return { ...e, arg: substitute(e.arg, v, value) };
  return e;
}
