import { Rational, splitSquareFactor } from '../../math/rational';
import { Statement, num } from '../../math/expr';
import { statementToLatex, toLatex, toPlain } from '../../math/print';
import { rootsSolution } from '../roots-answer';
import { UnsupportedProblemError } from '../errors';
import { factorCompletely } from '../factoring/factoring.solver';
import { IntPoly, degree } from '../factoring/int-poly';
import { normaliseRoot, rootExpr, rootValue, rationalRoot } from '../quadratic.solver';
import { clearedDifference, statementStep } from '../rewrite';
import { QuadraticRoot, Solution, SolutionStep } from '../solution';

/**
 * Equations of degree 3 and 4 as taught: standard form, factor (common factor, grouping,
 * a biquadratic substitution, the rational-root theorem with synthetic division), then each
 * factor equals zero; a quadratic factor that does not split is solved by the formula.
 */
export function solvePolynomialEquation(statement: Statement, v: string): Solution {
  const steps: SolutionStep[] = [];
  const { statement: s, difference: p } = clearedDifference(statement, steps);
  if (p.variables().some((x) => x !== v))
    throw new UnsupportedProblemError('not_supported', 'more than one variable');
  const zero = num(0);
  const standard: Statement = { left: p.toExpr(), relation: '=', right: zero };
  if (statementToLatex(standard) !== statementToLatex(s))
    steps.push(statementStep({ type: 'standard_form' }, standard));

  const factoring = factorCompletely(standard.left);
  for (const step of factoring.steps) {
    if (step.state.kind !== 'expr') continue;
    steps.push(statementStep(step.action, { left: step.state.expr, relation: '=', right: zero }));
  }
  const factors = [
    ...(factoring.monomial ? [{ poly: [0n, 1n] as IntPoly, power: 1 }] : []),
    ...factoring.grouped(),
  ];
  const roots: QuadraticRoot[] = [];
  const latexFactors: string[] = [];
  for (const { poly } of factors) {
    latexFactors.push(factoring.latexOf(poly));
    roots.push(...rootsOf(poly, v, steps, factoring.latexOf(poly)));
  }
  if (latexFactors.length > 1)
    steps.splice(steps.length - countFormulaSteps(steps), 0, {
      action: { type: 'zero_product', factors: latexFactors },
      latex: latexFactors.map((f) => `${f} = 0`).join(' \\quad \\text{or} \\quad '),
      state: { kind: 'none' },
    });
  const distinct = dedupe(roots).sort((a, b) => rootValue(a) - rootValue(b));
  const base = { kind: 'polynomial_equation' as const, problemLatex: statementToLatex(statement) };
  return rootsSolution(base, steps, v, distinct, {
    numbered: true,
    none: { outcome: 'no_real_roots', latex: '\\text{no real roots}' },
  });
}

/** Formula steps are written after the zero-product line; count them to place it before. */
function countFormulaSteps(steps: SolutionStep[]): number {
  let n = 0;
  for (let i = steps.length - 1; i >= 0 && steps[i].action.type === 'quadratic_formula'; i -= 1)
    n += 1;
  return n;
}

function rootsOf(poly: IntPoly, v: string, steps: SolutionStep[], latex: string): QuadraticRoot[] {
  const d = degree(poly);
  if (d === 1) return [rationalRoot(Rational.of(-poly[0], poly[1]))];
  if (d !== 2)
    throw new UnsupportedProblemError('not_supported', 'a cubic factor without rational roots');
  const [c, b, a] = poly;
  const disc = b * b - 4n * a * c;
  if (disc < 0n) {
    steps.push({
      action: { type: 'quadratic_formula' },
      latex: `${latex} = 0: \\; \\Delta = ${disc} < 0`,
      state: { kind: 'none' },
    });
    return [];
  }
  const { outside, inside } = splitSquareFactor(disc);
  const make = (sign: bigint): QuadraticRoot =>
    normaliseRoot({ p: -b, q: sign * outside, m: inside, r: 2n * a });
  const roots =
    inside === 1n
      ? [
          rationalRoot(Rational.of(-b - outside, 2n * a)),
          rationalRoot(Rational.of(-b + outside, 2n * a)),
        ]
      : [make(-1n), make(1n)];
  steps.push({
    action: { type: 'quadratic_formula' },
    latex: `${latex} = 0: \\; ${v} = \\frac{${toLatex(num(-b))} \\pm \\sqrt{${disc}}}{${2n * a}} = ${roots.map((r) => toLatex(rootExpr(r))).join(', \\; ')}`,
    state: { kind: 'none' },
  });
  return roots;
}

function dedupe(roots: QuadraticRoot[]): QuadraticRoot[] {
  const seen = new Set<string>();
  return roots.filter((r) => {
    const key = toPlain(rootExpr(r));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
