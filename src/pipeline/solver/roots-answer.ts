import { toLatex, toPlain } from '../math/print';
import { rootExpr } from './quadratic.solver';
import { Outcome, ProblemKind, QuadraticRoot, Solution, SolutionStep } from './solution';

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
