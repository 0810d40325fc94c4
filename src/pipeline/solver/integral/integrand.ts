import { Rational } from '../../math/rational';
import { Expr, variablesOf } from '../../math/expr';
import { evaluateRational } from '../../math/evaluate';

/** The basic functions whose antiderivatives a school table lists. */
export type BasicFunction =
  | { kind: 'power'; n: Rational }
  | { kind: 'reciprocal' }
  | { kind: 'exp' }
  | { kind: 'sin' }
  | { kind: 'cos' };

/** One term of the integrand: a number times a basic function of the variable (or 1). */
export interface IntegrandTerm {
  coef: Rational;
  /** Null for a constant term. */
  basic: BasicFunction | null;
}

/**
 * Reads a term as coefficient × basic function: 3x², −2/x³ (a power −3), 5√x (a power
 * ½), 4eˣ, −sin x, 1/x. Null when it is anything else (a product of functions, a function
 * of 2x, a letter other than the variable), which the table does not cover.
 */
export function readTerm(term: Expr, v: string): IntegrandTerm | null {
  let coef = Rational.ONE;
  let power = Rational.ZERO;
  let fn: 'exp' | 'sin' | 'cos' | null = null;
  const isVar = (e: Expr) => e.type === 'var' && e.name === v;
  const visit = (e: Expr, inverted: boolean): boolean => {
    if (variablesOf(e).size === 0 && !hasConstant(e)) {
      let value: Rational;
      try {
        value = evaluateRational(e);
      } catch {
        return false;
      }
      if (inverted && value.isZero()) return false;
      coef = inverted ? coef.div(value) : coef.mul(value);
      return true;
    }
    switch (e.type) {
      case 'neg':
        coef = coef.neg();
        return visit(e.arg, inverted);
      case 'var':
        if (e.name !== v) return false;
        power = inverted ? power.sub(Rational.ONE) : power.add(Rational.ONE);
        return true;
      case 'call':
        if (e.fn === 'sqrt' && isVar(e.arg)) {
          const half = Rational.of(1, 2);
          power = inverted ? power.sub(half) : power.add(half);
          return true;
        }
        if ((e.fn === 'exp' || e.fn === 'sin' || e.fn === 'cos') && isVar(e.arg) && !inverted) {
          if (fn) return false;
          fn = e.fn;
          return true;
        }
        return false;
      case 'bin':
        if (e.op === '*') return visit(e.left, inverted) && visit(e.right, inverted);
        if (e.op === '/') return visit(e.left, inverted) && visit(e.right, !inverted);
        if (e.op !== '^') return false;
        if (e.left.type === 'const' && e.left.name === 'e' && isVar(e.right) && !inverted) {
          if (fn) return false;
          fn = 'exp';
          return true;
        }
        if (isVar(e.left) && variablesOf(e.right).size === 0 && !hasConstant(e.right)) {
          const n = evaluateRational(e.right);
          power = inverted ? power.sub(n) : power.add(n);
          return true;
        }
        if (e.left.type === 'call' && e.left.fn === 'sqrt' && isVar(e.left.arg)) {
          const n = evaluateRational(e.right).mul(Rational.of(1, 2));
          power = inverted ? power.sub(n) : power.add(n);
          return true;
        }
        return false;
      default:
        return false;
    }
  };
  try {
    if (!visit(term, false)) return null;
  } catch {
    return null; // an exponent that is not a rational number
  }
  if (fn) return power.isZero() ? { coef, basic: { kind: fn } } : null;
  if (power.isZero()) return { coef, basic: null };
  if (power.equals(Rational.of(-1))) return { coef, basic: { kind: 'reciprocal' } };
  return { coef, basic: { kind: 'power', n: power } };
}

/** π and e are numbers, but not rational ones: a coefficient here is exact or refused. */
function hasConstant(e: Expr): boolean {
  if (e.type === 'const') return true;
  if (e.type === 'bin') return hasConstant(e.left) || hasConstant(e.right);
  if (e.type === 'neg' || e.type === 'call') return hasConstant(e.arg);
  return false;
}
