import { Rational } from '../math/rational';
import { Expr, buildSum, flattenSum } from '../math/expr';
import { NotPolynomial, Polynomial } from '../math/polynomial';
import { toLatex, toPlain } from '../math/print';
import { Solution, SolutionStep } from './solution';
import { hasBrackets, numberStyleOf } from './rewrite';
import { UnsupportedProblemError } from './errors';

/**
 * Simplify or expand a polynomial expression: first multiply out each bracketed term
 * (so the student sees where every term comes from), then collect like terms.
 */
export function solvePolynomial(expr: Expr, kind: 'simplify' | 'expand'): Solution {
  const style = numberStyleOf(expr);
  let final: Polynomial;
  try {
    final = Polynomial.fromExpr(expr);
  } catch (e) {
    if (e instanceof NotPolynomial)
      throw new UnsupportedProblemError(
        'not_polynomial',
        'only polynomial expressions can be simplified',
      );
    throw e;
  }
  const steps: SolutionStep[] = [];
  if (hasBrackets(expr)) {
    const expandedTerms = flattenSum(expr).flatMap(({ sign, term }) => {
      const p = Polynomial.fromExpr(term);
      const signed = sign < 0 ? p.scale(Rational.of(-1)) : p;
      return flattenSum(signed.toExpr(style));
    });
    const expanded = buildSum(expandedTerms);
    if (toLatex(expanded) !== toLatex(expr)) {
      steps.push({
        action: { type: 'expand_brackets' },
        latex: `= ${toLatex(expanded)}`,
        state: { kind: 'expr', expr: expanded },
      });
    }
  }
  const finalExpr = final.toExpr(style);
  const last = steps.length ? steps[steps.length - 1].latex : `= ${toLatex(expr)}`;
  if (`= ${toLatex(finalExpr)}` !== last) {
    steps.push({
      action: { type: 'collect_like_terms' },
      latex: `= ${toLatex(finalExpr)}`,
      state: { kind: 'expr', expr: finalExpr },
    });
  }
  return {
    kind,
    problemLatex: toLatex(expr),
    steps,
    outcome: 'expression',
    answer: { latex: toLatex(finalExpr), values: [{ variable: '', value: toPlain(finalExpr) }] },
  };
}
