import { Expr } from '../../math/expr';
import { evaluateFloat, evaluateRational } from '../../math/evaluate';
import { parseExpression } from '../../math/parser';
import { roundFloat } from '../../math/print';
import { CheckReport, Solution } from '../solution';
import { AnswerCheckError } from '../errors';
import type { IntegralBounds } from './integral.solver';

/** Points where an antiderivative is differentiated back; both signs, away from 0. */
const SAMPLE_POINTS = [0.37, 0.83, 1.41, 2.27, 3.1, -0.61, -1.73];
/** Simpson's rule on this many intervals: error far below the tolerance for the table's functions. */
const QUADRATURE_INTERVALS = 2000;

/**
 * Checks an integral without the table of rules that produced it. An antiderivative is
 * differentiated back numerically (central differences) and must give the integrand at
 * sample points; a definite integral's value must agree with Simpson's rule on the
 * integrand itself.
 */
export function checkIntegral(
  integrand: Expr,
  v: string,
  bounds: IntegralBounds | undefined,
  solution: Solution,
): CheckReport {
  const claimed = solution.answer.values[0]?.value;
  if (!claimed) throw new AnswerCheckError('the integral has no answer');
  const f = (x: number) => evaluateFloat(integrand, { [v]: x });
  if (bounds) return checkDefinite(f, bounds, claimed);
  if (!claimed.endsWith(' + C'))
    throw new AnswerCheckError('an indefinite integral needs its constant + C');
  const F = parseExpression(claimed.slice(0, -' + C'.length));
  let checked = 0;
  let shown: { x: number; slope: number } | null = null;
  for (const x of SAMPLE_POINTS) {
    const want = f(x);
    const h = 1e-5 * Math.max(1, Math.abs(x));
    const slope = (evaluateFloat(F, { [v]: x + h }) - evaluateFloat(F, { [v]: x - h })) / (2 * h);
    if (!Number.isFinite(want) || !Number.isFinite(slope)) continue;
    if (Math.abs(slope - want) > 1e-4 * Math.max(1, Math.abs(want)))
      throw new AnswerCheckError(`the antiderivative's slope at ${v} = ${x} is not the integrand`);
    checked += 1;
    shown ??= { x, slope };
  }
  if (checked < 3 || !shown)
    throw new AnswerCheckError('the antiderivative could not be checked at enough points');
  const x = shown.x;
  return {
    method: 'differentiate_back',
    // The slope of the answer beside the integrand's own value there: they agree.
    lines: [
      `\\frac{F(${x} + h) - F(${x} - h)}{2h} \\approx ${roundFloat(shown.slope)} \\approx f(${x})`,
    ],
    facts: {
      variable: v,
      point: String(shown.x),
      slope: roundFloat(shown.slope),
      integrand: roundFloat(f(shown.x)),
    },
  };
}

function checkDefinite(
  f: (x: number) => number,
  bounds: IntegralBounds,
  claimed: string,
): CheckReport {
  const a = evaluateRational(bounds.lower).toNumber();
  const b = evaluateRational(bounds.upper).toNumber();
  const n = QUADRATURE_INTERVALS;
  const h = (b - a) / n;
  let sum = f(a) + f(b);
  for (let i = 1; i < n; i += 1) sum += (i % 2 ? 4 : 2) * f(a + i * h);
  const estimate = (sum * h) / 3;
  const value = evaluateFloat(parseExpression(claimed));
  if (
    !Number.isFinite(estimate) ||
    Math.abs(estimate - value) > 1e-6 * Math.max(1, Math.abs(value))
  )
    throw new AnswerCheckError(`numeric quadrature gives ${estimate}, not ${value}`);
  return {
    method: 'quadrature',
    lines: [`\\text{Simpson}, \\; n = ${n}: \\; \\approx ${roundFloat(estimate)}`],
    facts: { estimate: roundFloat(estimate), intervals: String(n) },
  };
}
