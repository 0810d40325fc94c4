import { Rational } from './rational';
import { Expr, Statement } from './expr';

/**
 * Two printers over one precedence table: LaTeX for the board and plain text
 * (mathjs-compatible) for machine-readable answers.
 */
const PREC = { sum: 1, product: 2, neg: 3, power: 4, atom: 5 } as const;

function precedence(e: Expr): number {
  switch (e.type) {
    case 'bin':
      return e.op === '+' || e.op === '-' ? PREC.sum : e.op === '^' ? PREC.power : PREC.product;
    case 'neg':
      return PREC.neg;
    case 'num':
      if (e.value.sign() < 0) return PREC.neg;
      return (e.style === 'fraction' || e.style === 'mixed') && !e.value.isInteger()
        ? PREC.product
        : PREC.atom;
    default:
      return PREC.atom;
  }
}

function isNegativeLeading(e: Expr): boolean {
  if (e.type === 'neg') return true;
  if (e.type === 'num') return e.value.sign() < 0;
  if (e.type === 'bin' && e.op !== '^' && e.op !== '+' && e.op !== '-')
    return isNegativeLeading(e.left);
  if (e.type === 'bin' && (e.op === '+' || e.op === '-')) return isNegativeLeading(e.left);
  return false;
}

function rightmostAtom(e: Expr): Expr {
  if (e.type === 'bin' && e.op !== '/' && e.op !== '^') return rightmostAtom(e.right);
  return e;
}

function leftmostAtom(e: Expr): Expr {
  if (e.type === 'bin' && e.op !== '/') return leftmostAtom(e.left);
  return e;
}

/** A float for a check's line: `digits` significant digits, trailing zeros dropped. */
export function roundFloat(x: number, digits = 6): string {
  return Number(x.toPrecision(digits)).toString();
}

/** A percentage as written: 1/5 in percent style is "20" (the caller adds the % sign). */
export function percentDigits(value: Rational): string {
  const hundred = value.mul(Rational.of(100));
  return hundred.isTerminatingDecimal() ? hundred.toDecimalString() : hundred.toString();
}

export function numberToLatex(value: Rational, style: string): string {
  if (style === 'percent') return `${percentDigits(value)}\\%`;
  if (style === 'degree') return `${numberToLatex(value, 'decimal')}^{\\circ}`;
  if (style === 'decimal' && value.isTerminatingDecimal()) return value.toDecimalString();
  if (value.isInteger()) return value.num.toString();
  if (style === 'mixed' && value.abs().compare(Rational.ONE) > 0) {
    // 7/2 as 3½: the whole part, then the proper fraction.
    const abs = value.abs();
    const whole = abs.num / abs.den;
    return `${value.sign() < 0 ? '-' : ''}${whole}\\frac{${abs.num - whole * abs.den}}{${abs.den}}`;
  }
  const sign = value.sign() < 0 ? '-' : '';
  const abs = value.abs();
  return `${sign}\\frac{${abs.num}}{${abs.den}}`;
}

export function toLatex(e: Expr): string {
  switch (e.type) {
    case 'num':
      return numberToLatex(e.value, e.style);
    case 'var':
      return e.name;
    case 'const':
      return e.name === 'pi' ? '\\pi' : 'e';
    case 'neg':
      return `-${wrapLatex(e.arg, precedence(e.arg) < PREC.product || isNegativeLeading(e.arg))}`;
    case 'call':
      // sin 30°, cos 2 as the textbook writes a function of a plain number.
      if (
        !e.base &&
        ['sin', 'cos', 'tan'].includes(e.fn) &&
        e.arg.type === 'num' &&
        e.arg.value.sign() > 0
      )
        return `\\${e.fn} ${toLatex(e.arg)}`;
      if (e.base) {
        const atom = e.arg.type === 'var' || (e.arg.type === 'num' && e.arg.value.sign() > 0);
        const arg = atom ? ` ${toLatex(e.arg)}` : `\\left(${toLatex(e.arg)}\\right)`;
        return `\\log_{${toLatex(e.base)}}${arg}`;
      }
      return callLatex(e.fn, e.arg);
    case 'bin':
      return binLatex(e);
  }
}

function callLatex(fn: string, arg: Expr): string {
  const inner = toLatex(arg);
  if (fn === 'sqrt') return `\\sqrt{${inner}}`;
  if (fn === 'exp') return `e^{${inner}}`;
  if (fn === 'abs') return `\\left|${inner}\\right|`;
  // ln|x| as the table writes it, not ln(|x|).
  if (arg.type === 'call' && arg.fn === 'abs') return `\\${fn}${inner}`;
  return `\\${fn}\\left(${inner}\\right)`;
}

function wrapLatex(e: Expr, wrap: boolean): string {
  return wrap ? `\\left(${toLatex(e)}\\right)` : toLatex(e);
}

function binLatex(e: Extract<Expr, { type: 'bin' }>): string {
  const { op, left, right } = e;
  switch (op) {
    case '+':
      return `${toLatex(left)} + ${wrapLatex(right, isNegativeLeading(right))}`;
    case '-':
      return `${toLatex(left)} - ${wrapLatex(right, precedence(right) <= PREC.sum || isNegativeLeading(right))}`;
    case '*':
      return productLatex(left, right);
    case '/':
      if (e.divSign) {
        return `${wrapLatex(left, precedence(left) < PREC.product)} \\div ${wrapLatex(right, precedence(right) <= PREC.product || isNegativeLeading(right))}`;
      }
      return `\\frac{${toLatex(left)}}{${toLatex(right)}}`;
    case '^':
      return `${wrapLatex(left, precedence(left) < PREC.atom || (left.type === 'call' && left.fn !== 'sqrt'))}^{${toLatex(right)}}`;
  }
}

/** 3x, 3(x-2), x sin x read as products; 3 × 4, 3 × (-2) and 2 · x/3 need a sign. */
function productLatex(left: Expr, right: Expr): string {
  const l = wrapLatex(left, precedence(left) < PREC.product);
  const rightIsVisualGroup = right.type === 'bin' && right.op === '/' && !right.divSign;
  const wrapRight =
    precedence(right) < PREC.product ||
    isNegativeLeading(right) ||
    (right.type === 'bin' && (right.op === '*' || (right.op === '/' && !!right.divSign)));
  const r = wrapLatex(right, wrapRight);
  if (wrapRight) return isNegativeLeading(right) ? `${l} \\times ${r}` : `${l}${r}`;
  if (rightIsVisualGroup || (right.type === 'num' && right.style === 'fraction'))
    return `${l} \\cdot ${r}`;
  if (leftmostAtom(right).type === 'num') return `${l} \\times ${r}`;
  // After substitution "2 × 1 sin 1" must not read as 2 × 1sin 1.
  if (left.type === 'bin' && rightmostAtom(left).type === 'num') return `${l} \\cdot ${r}`;
  return `${l}${needsSpace(l, r) ? ' ' : ''}${r}`;
}

function needsSpace(l: string, r: string): boolean {
  return /[A-Za-z]$/.test(l) && /^[A-Za-z]/.test(r);
}

export function statementToLatex(s: Statement): string {
  const rel = { '=': '=', '<': '<', '>': '>', '<=': '\\le', '>=': '\\ge' }[s.relation];
  return `${toLatex(s.left)} ${rel} ${toLatex(s.right)}`;
}

export function toPlain(e: Expr): string {
  switch (e.type) {
    case 'num':
      if (e.style === 'percent') return `${percentDigits(e.value)}%`;
      if (e.style === 'degree')
        return `${e.value.isTerminatingDecimal() ? e.value.toDecimalString() : e.value.toString()}°`;
      // A decimal is one atom (precedence says so); written as n/d it would need brackets.
      return e.style === 'decimal' && e.value.isTerminatingDecimal()
        ? e.value.toDecimalString()
        : e.value.toString();
    case 'var':
      return e.name;
    case 'const':
      return e.name;
    case 'neg':
      return `-${wrapPlain(e.arg, precedence(e.arg) < PREC.product || isNegativeLeading(e.arg))}`;
    case 'call':
      // log_2(x) reads back here; an answer never carries a based log (see exp-log).
      if (e.base) return `log_{${toPlain(e.base)}}(${toPlain(e.arg)})`;
      return `${e.fn === 'ln' ? 'log' : e.fn}(${toPlain(e.arg)})`;
    case 'bin': {
      const { op, left, right } = e;
      if (op === '+') return `${toPlain(left)} + ${wrapPlain(right, isNegativeLeading(right))}`;
      if (op === '-')
        return `${toPlain(left)} - ${wrapPlain(right, precedence(right) <= PREC.sum || isNegativeLeading(right))}`;
      if (op === '^')
        return `${wrapPlain(left, precedence(left) < PREC.atom)}^${wrapPlain(right, precedence(right) < PREC.atom)}`;
      // a/33/52 would read back as a ÷ (33/52): "33/52" between integers is one number.
      const endsInInteger =
        left.type === 'bin' &&
        left.op === '/' &&
        left.right.type === 'num' &&
        left.right.value.isInteger();
      const l = wrapPlain(left, precedence(left) < PREC.product || (op === '/' && endsInInteger));
      const r = wrapPlain(right, precedence(right) <= PREC.product || isNegativeLeading(right));
      return `${l}${op === '*' ? '*' : '/'}${r}`;
    }
  }
}

function wrapPlain(e: Expr, wrap: boolean): string {
  return wrap ? `(${toPlain(e)})` : toPlain(e);
}
