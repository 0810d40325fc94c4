import { Statement } from '../math/expr';
import { toLatex, toPlain } from '../math/print';
import { Rational } from '../math/rational';
import { rootExpr } from './quadratic.solver';
import { Outcome, ProblemKind, QuadraticRoot, Solution, SolutionStep } from './solution';
import { solveProblem } from './solve';

export interface RootsAnswerOptions {
  /** Roots a check rejected (增根), kept for the checker. */
  rejected?: QuadraticRoot[];
  /** x₁ = …, x₂ = … rather than x = …, x = … */
  numbered?: boolean;
  /** How "no root" is said: ∅ unless told otherwise ("no real roots"). */
  none?: { outcome: Outcome; latex: string };
}

/** The solution of a class whose answer is a list of exact roots, or none. */
export function rootsSolution(
  base: { kind: ProblemKind; problemLatex: string },
  steps: SolutionStep[],
  v: string,
  roots: QuadraticRoot[],
  options: RootsAnswerOptions = {},
): Solution {
  const rejected = options.rejected ? { rejectedRoots: options.rejected } : {};
  if (roots.length === 0) {
    const none = options.none ?? { outcome: 'no_solution' as const, latex: '\\varnothing' };
    return {
      ...base,
      steps,
      outcome: none.outcome,
      answer: { latex: none.latex, values: [] },
      exactRoots: [],
      ...rejected,
    };
  }
  const name = (i: number) => (options.numbered ? `${v}_{${i + 1}}` : v);
  return {
    ...base,
    steps,
    outcome: 'roots',
    answer: {
      latex: roots.map((r, i) => `${name(i)} = ${toLatex(rootExpr(r))}`).join(', \\quad '),
      values: roots.map((r) => ({ variable: v, value: toPlain(rootExpr(r)) })),
    },
    exactRoots: roots,
    ...rejected,
  };
}

/**
 * A polynomial equation (degree 1–4) solved by the solver of its degree, as a class that
 * reduces to one (squaring, clearing denominators) shows it; with its real roots, exactly.
 */
export function solveByDegree(
  statement: Statement,
  v: string,
  degree: number,
): { solution: Solution; roots: QuadraticRoot[] } {
  const kind =
    degree === 1 ? 'linear_equation' : degree === 2 ? 'quadratic_equation' : 'polynomial_equation';
  const solution = solveProblem({ kind, statement, variable: v });
  const roots =
    solution.exactRoots ??
    solution.answer.values.map((x) => {
      const r = Rational.parse(x.value);
      return { p: r.num, q: 0n, m: 1n, r: r.den };
    });
  return { solution, roots };
}
