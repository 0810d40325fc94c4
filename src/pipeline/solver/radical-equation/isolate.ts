import { Expr, Statement, flattenSum, sub } from '../../math/expr';
import { Polynomial } from '../../math/polynomial';
import { Rational } from '../../math/rational';
import { UnsupportedProblemError } from '../errors';

/**
 * sqrt(A) = B from an equation with one square root: left − right is k·√A + P with A and P
 * polynomials and k a number. Shared by the solver and its check (plain algebra).
 */
export interface Isolated {
  /** The radicand A and the other side B, as polynomials in the unknown. */
  radicand: Polynomial;
  other: Polynomial;
  /** The radical expression as written (for the board). */
  radical: Expr;
}

export function isolateRadical(s: Statement): Isolated {
  const terms = flattenSum(sub(s.left, s.right));
  let radical: { k: Rational; arg: Expr; call: Expr } | null = null;
  let rest = Polynomial.constant(0);
  for (const { sign, term } of terms) {
    const found = radicalTerm(term);
    if (found) {
      if (radical) throw new UnsupportedProblemError('not_supported', 'more than one square root');
      radical = { ...found, k: found.k.mul(Rational.of(sign)) };
    } else {
      rest = rest.add(Polynomial.fromExpr(term).scale(Rational.of(sign)));
    }
  }
  if (!radical) throw new UnsupportedProblemError('not_supported', 'no square root to isolate');
  // k·√A + P = 0  →  √A = −P / k
  return {
    radicand: Polynomial.fromExpr(radical.arg),
    other: rest.scale(Rational.of(-1).div(radical.k)),
    radical: radical.call,
  };
}

/** c·√A, √A·c or −√A: the coefficient and the radicand; null when the term has no root. */
function radicalTerm(term: Expr): { k: Rational; arg: Expr; call: Expr } | null {
  if (term.type === 'call' && term.fn === 'sqrt')
    return { k: Rational.ONE, arg: term.arg, call: term };
  if (term.type === 'neg') {
    const inner = radicalTerm(term.arg);
    return inner && { ...inner, k: inner.k.neg() };
  }
  if (term.type === 'bin' && term.op === '*') {
    const [l, r] = [term.left, term.right];
    if (l.type === 'num') {
      const inner = radicalTerm(r);
      return inner && { ...inner, k: inner.k.mul(l.value) };
    }
    if (r.type === 'num') {
      const inner = radicalTerm(l);
      return inner && { ...inner, k: inner.k.mul(r.value) };
    }
  }
  if (containsRoot(term))
    throw new UnsupportedProblemError('not_supported', 'a square root inside another expression');
  return null;
}

function containsRoot(e: Expr): boolean {
  if (e.type === 'call') return true;
  if (e.type === 'bin') return containsRoot(e.left) || containsRoot(e.right);
  if (e.type === 'neg') return containsRoot(e.arg);
  return false;
}
