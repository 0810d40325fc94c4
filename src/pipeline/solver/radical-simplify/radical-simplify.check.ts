import { Expr } from '../../math/expr';
import { evaluateFloat } from '../../math/evaluate';
import { parseExpression } from '../../math/parser';
import { roundFloat } from '../../math/print';
import { splitSquareFactor } from '../../math/rational';
import { AnswerCheckError } from '../errors';
import { CheckReport, Solution } from '../solution';

/**
 * The check of a simplified root expression, without the radical arithmetic that made it:
 * the answer has the original's value (floating point, to 1e-12), and it is in simplest
 * form — every radicand a square-free whole number, each appearing once, and no root left
 * in a denominator.
 */
export function checkRadicalSimplify(original: Expr, solution: Solution): CheckReport {
  const claimed = parseExpression(solution.answer.values[0].value);
  const [want, got] = [evaluateFloat(original), evaluateFloat(claimed)];
  if (!(Math.abs(want - got) <= 1e-12 * Math.max(1, Math.abs(want))))
    throw new AnswerCheckError(`the answer is ${got}, the expression ${want}`);
  const radicands: bigint[] = [];
  const walk = (e: Expr, inDenominator: boolean): void => {
    if (e.type === 'call' && e.fn === 'sqrt') {
      if (inDenominator) throw new AnswerCheckError('a root is left in a denominator');
      if (e.arg.type !== 'num' || !e.arg.value.isInteger())
        throw new AnswerCheckError('a radicand that is not a whole number');
      const n = e.arg.value.num;
      if (splitSquareFactor(n).outside !== 1n)
        throw new AnswerCheckError(`√${n} is not in simplest form`);
      if (radicands.includes(n)) throw new AnswerCheckError(`like roots √${n} are not combined`);
      radicands.push(n);
      return;
    }
    if (e.type === 'bin') {
      walk(e.left, inDenominator);
      walk(e.right, inDenominator || e.op === '/');
    } else if (e.type === 'neg' || e.type === 'call') walk(e.arg, inDenominator);
  };
  walk(claimed, false);
  const rounded = roundFloat(want, 8);
  return {
    method: 'evaluation',
    lines: [`${solution.answer.latex} \\approx ${rounded}`],
    facts: { estimate: rounded },
  };
}
