import { Expr } from '../../math/expr';
import { evaluateFloat } from '../../math/evaluate';
import { parseExpression } from '../../math/parser';
import { roundFloat } from '../../math/print';
import { AnswerCheckError } from '../errors';
import { CheckReport, Solution } from '../solution';
import type { LimitPoint } from './limit.solver';

/** How close to the point the function is evaluated, and how far out towards infinity. */
const STEPS = [1e-3, 1e-4, 1e-5];
const FAR = [1e5, 1e6, 1e7];

/**
 * The check of a limit by approaching it numerically from both sides (or far out towards
 * ±∞), without the algebra that found it: the values must close in on the answer.
 */
export function checkLimit(e: Expr, v: string, point: LimitPoint, solution: Solution): CheckReport {
  const claimed = evaluateFloat(parseExpression(solution.answer.values[0].value));
  const f = (x: number) => evaluateFloat(e, { [v]: x });
  const xs =
    point === 'inf'
      ? FAR
      : point === '-inf'
        ? FAR.map((x) => -x)
        : STEPS.flatMap((h) => [point.toNumber() - h, point.toNumber() + h]);
  const values = xs.map(f);
  // The nearest evaluations must agree with the answer; error shrinks with the step.
  const closest = values.slice(-2);
  for (const y of closest)
    if (!Number.isFinite(y) || Math.abs(y - claimed) > 1e-3 * Math.max(1, Math.abs(claimed)))
      throw new AnswerCheckError(`near the point the function is ${y}, not ${claimed}`);
  const x = xs[xs.length - 1];
  const y = values[values.length - 1];
  return {
    method: 'evaluation',
    lines: [`${v} = ${roundFloat(x, 7)}: \\; \\approx ${roundFloat(y, 7)}`],
    facts: { estimate: roundFloat(y, 7), point: roundFloat(x, 7), variable: v },
  };
}
