import { Rational, lcm } from '../math/rational';
import { Expr, NumberStyle, Statement, buildSum, flattenSum, mul, num } from '../math/expr';
import { Polynomial } from '../math/polynomial';
import { statementToLatex } from '../math/print';
import { SolutionStep } from './solution';

/**
 * Rewrites that several equation solvers share. Each returns the new statement and the
 * step that shows it, or null when the rewrite would not change anything.
 */

export function statementStep(action: SolutionStep['action'], statement: Statement): SolutionStep {
  return { action, latex: statementToLatex(statement), state: { kind: 'statement', statement } };
}

/** Numbers in the problem written as decimals are kept as decimals in every step. */
export function numberStyleOf(...exprs: Expr[]): NumberStyle | 'auto' {
  let decimal = false;
  let fraction = false;
  const visit = (e: Expr): void => {
    if (e.type === 'num') {
      // A percentage is worked with as the decimal it stands for (20% = 0.2).
      if (e.style === 'decimal' || e.style === 'percent') decimal = true;
      if (e.style === 'fraction') fraction = true;
    } else if (e.type === 'bin') {
      if (e.op === '/') fraction = true;
      visit(e.left);
      visit(e.right);
    } else if (e.type === 'neg' || e.type === 'call') visit(e.arg);
  };
  exprs.forEach(visit);
  return decimal && !fraction ? 'decimal' : 'auto';
}

/** c·rest for a product-like term, so 6·(x+1)/3 can be written 2(x+1). */
function splitCoefficient(term: Expr): { coef: Rational; rest: Expr | null } {
  if (term.type === 'num') return { coef: term.value, rest: null };
  if (term.type === 'neg') {
    const inner = splitCoefficient(term.arg);
    return { coef: inner.coef.neg(), rest: inner.rest };
  }
  if (term.type === 'bin' && term.op === '*') {
    const l = splitCoefficient(term.left);
    const r = splitCoefficient(term.right);
    const rest = l.rest && r.rest ? mul(l.rest, r.rest) : (l.rest ?? r.rest);
    return { coef: l.coef.mul(r.coef), rest };
  }
  if (
    term.type === 'bin' &&
    term.op === '/' &&
    term.right.type === 'num' &&
    !term.right.value.isZero()
  ) {
    const l = splitCoefficient(term.left);
    return { coef: l.coef.div(term.right.value), rest: l.rest };
  }
  return { coef: Rational.ONE, rest: term };
}

function scaleSide(side: Expr, factor: Rational): Expr | null {
  const terms = flattenSum(side).map(({ sign, term }) => {
    const { coef, rest } = splitCoefficient(term);
    const c = coef.mul(factor).mul(Rational.of(sign));
    return { c, rest };
  });
  if (terms.some((t) => !t.c.isInteger())) return null;
  return buildSum(
    terms
      .filter((t) => !t.c.isZero())
      .map(({ c, rest }) => {
        const abs = c.abs();
        const term = rest === null ? num(abs) : abs.isOne() ? rest : mul(num(abs), rest);
        return { sign: c.sign() < 0 ? -1 : 1, term };
      }),
  );
}

/** Multiply both sides by the LCD so no fractions remain: 5x/2 + 2 = 3x/2 + 10 → 5x + 4 = 3x + 20. */
/**
 * The prologue of every polynomial equation or inequality: denominators cleared (the step
 * recorded), then left − right as one polynomial.
 */
export function clearedDifference(
  statement: Statement,
  steps: SolutionStep[],
): { statement: Statement; difference: Polynomial } {
  const cleared = clearDenominators(statement);
  if (cleared) steps.push(cleared.step);
  const s = cleared ? cleared.statement : statement;
  return {
    statement: s,
    difference: Polynomial.fromExpr(s.left).sub(Polynomial.fromExpr(s.right)),
  };
}

export function clearDenominators(
  s: Statement,
): { statement: Statement; step: SolutionStep } | null {
  const l = Polynomial.fromExpr(s.left);
  const r = Polynomial.fromExpr(s.right);
  const lcd = lcm(l.denominatorLcm(), r.denominatorLcm());
  if (lcd === 1n) return null;
  const factor = Rational.of(lcd);
  const left = scaleSide(s.left, factor) ?? l.scale(factor).toExpr();
  const right = scaleSide(s.right, factor) ?? r.scale(factor).toExpr();
  const statement = { left, relation: s.relation, right };
  return {
    statement,
    step: statementStep(
      {
        type: 'clear_denominators',
        factor: lcd.toString(),
        denominators: [
          ...new Set(
            [...l.termList(), ...r.termList()].map((t) => t.coef.den).filter((d) => d > 1n),
          ),
        ]
          .sort((a, b) => (a < b ? -1 : 1))
          .map(String),
      },
      statement,
    ),
  };
}

function hasBracketProduct(e: Expr): boolean {
  if (e.type === 'bin') {
    if ((e.op === '*' || e.op === '^') && (isSum(e.left) || isSum(e.right))) return true;
    return hasBracketProduct(e.left) || hasBracketProduct(e.right);
  }
  if (e.type === 'neg') return isSum(e.arg) || hasBracketProduct(e.arg);
  return false;
}

function isSum(e: Expr): boolean {
  return e.type === 'bin' && (e.op === '+' || e.op === '-');
}

export function hasBrackets(e: Expr): boolean {
  return hasBracketProduct(e) || flattenSum(e).some((t) => t.sign === -1 && isSum(t.term));
}

/** Expand brackets and collect like terms on each side, when that changes anything. */
export function expandSides(
  s: Statement,
  style: NumberStyle | 'auto',
): { statement: Statement; step: SolutionStep } | null {
  const left = Polynomial.fromExpr(s.left).toExpr(style);
  const right = Polynomial.fromExpr(s.right).toExpr(style);
  const statement = { left, relation: s.relation, right };
  if (statementToLatex(statement) === statementToLatex(s)) return null;
  const bracketed = hasBrackets(s.left) || hasBrackets(s.right);
  return {
    statement,
    step: statementStep({ type: bracketed ? 'expand_brackets' : 'collect_like_terms' }, statement),
  };
}
