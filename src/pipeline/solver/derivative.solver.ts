import { Rational } from '../math/rational';
import {
  Expr,
  add,
  call,
  div,
  flattenSum,
  mul,
  neg,
  num,
  pow,
  sub,
  variablesOf,
} from '../math/expr';
import { simplify } from '../math/simplify';
import { toLatex, toPlain } from '../math/print';
import { DerivativeRule, Solution, SolutionStep } from './solution';
import { UnsupportedProblemError } from './errors';

/**
 * Derivatives of polynomials and the basic functions with the sum, constant-multiple,
 * product, quotient and chain rules. One step per term names the rule used.
 */
export function solveDerivative(expr: Expr, v: string, functionName = 'f'): Solution {
  // y = … is differentiated as y' = …; f(x) = … as f'(x) = ….
  const prime = functionName === 'y' ? "y'" : `${functionName}'(${v})`;
  const named = functionName === 'y' ? 'y' : `${functionName}(${v})`;
  const terms = flattenSum(expr);
  const steps: SolutionStep[] = [];
  if (terms.length > 1) {
    const parts = terms.map(
      (t, i) =>
        `${i === 0 ? (t.sign < 0 ? '-' : '') : t.sign < 0 ? ' - ' : ' + '}\\left(${toLatex(t.term)}\\right)'`,
    );
    steps.push({
      action: { type: 'sum_rule' },
      latex: `${prime} = ${parts.join('')}`,
      state: { kind: 'none' },
    });
  }
  for (const { term } of terms) {
    const result = simplify(differentiate(term, v));
    steps.push({
      action: {
        type: 'differentiate_term',
        rule: ruleFor(term, v),
        term: toLatex(term),
        result: toLatex(result),
      },
      latex: `\\left(${toLatex(term)}\\right)' = ${toLatex(result)}`,
      state: { kind: 'none' },
    });
  }
  const derivative = simplify(differentiate(expr, v));
  steps.push({
    action: { type: 'simplify_derivative' },
    latex: `${prime} = ${toLatex(derivative)}`,
    state: { kind: 'expr', expr: derivative },
  });
  return {
    kind: 'derivative',
    problemLatex: `${named} = ${toLatex(expr)}`,
    steps,
    outcome: 'expression',
    answer: {
      latex: `${prime} = ${toLatex(derivative)}`,
      values: [{ variable: '', value: toPlain(derivative) }],
    },
  };
}

const dependsOn = (e: Expr, v: string) => variablesOf(e).has(v);

export function differentiate(e: Expr, v: string): Expr {
  if (!dependsOn(e, v)) return num(0);
  switch (e.type) {
    case 'var':
      return num(1);
    case 'neg':
      return neg(differentiate(e.arg, v));
    case 'call':
      return mul(outerDerivative(e.fn, e.arg), differentiate(e.arg, v));
    case 'bin':
      return differentiateBinary(e, v);
    default:
      return num(0);
  }
}

function differentiateBinary(e: Extract<Expr, { type: 'bin' }>, v: string): Expr {
  const { op, left: u, right: w } = e;
  const du = () => differentiate(u, v);
  const dw = () => differentiate(w, v);
  switch (op) {
    case '+':
      return add(du(), dw());
    case '-':
      return sub(du(), dw());
    case '*':
      if (!dependsOn(u, v)) return mul(u, dw());
      if (!dependsOn(w, v)) return mul(du(), w);
      return add(mul(du(), w), mul(u, dw()));
    case '/':
      if (!dependsOn(w, v)) return div(du(), w);
      return div(sub(mul(du(), w), mul(u, dw())), pow(w, num(2)));
    case '^': {
      if (!dependsOn(w, v)) {
        // n·u^(n-1)·u'
        const n = w.type === 'num' ? w.value : null;
        const lowered = n ? pow(u, num(n.sub(Rational.ONE))) : pow(u, sub(w, num(1)));
        return mul(mul(w, lowered), du());
      }
      if (u.type === 'const' && u.name === 'e') return mul(e, dw());
      if (!dependsOn(u, v)) return mul(mul(e, call('ln', u)), dw());
      throw new UnsupportedProblemError('not_supported', 'variable in base and exponent');
    }
  }
}

function outerDerivative(fn: string, u: Expr): Expr {
  switch (fn) {
    case 'sin':
      return call('cos', u);
    case 'cos':
      return neg(call('sin', u));
    case 'tan':
      return div(num(1), pow(call('cos', u), num(2)));
    case 'exp':
      return call('exp', u);
    case 'ln':
      return div(num(1), u);
    case 'sqrt':
      return div(num(1), mul(num(2), call('sqrt', u)));
    default:
      throw new UnsupportedProblemError('not_supported', fn);
  }
}

/** The rule a teacher would name for this term. */
function ruleFor(term: Expr, v: string): DerivativeRule {
  if (!dependsOn(term, v)) return 'constant';
  const isX = (x: Expr) => x.type === 'var' && x.name === v;
  if (isX(term)) return 'power';
  if (term.type === 'neg') return ruleFor(term.arg, v);
  if (term.type === 'bin' && term.op === '*') {
    if (!dependsOn(term.left, v))
      return ruleFor(term.right, v) === 'power' ? 'power' : 'constant_multiple';
    if (!dependsOn(term.right, v))
      return ruleFor(term.left, v) === 'power' ? 'power' : 'constant_multiple';
    return 'product';
  }
  if (term.type === 'bin' && term.op === '/')
    return dependsOn(term.right, v) ? 'quotient' : ruleFor(term.left, v);
  if (term.type === 'bin' && term.op === '^') {
    if (!dependsOn(term.right, v)) return isX(term.left) ? 'power' : 'chain';
    return isX(term.right) ? 'exp' : 'chain';
  }
  if (term.type === 'call') return isX(term.arg) ? (term.fn as DerivativeRule) : 'chain';
  return 'chain';
}
