import { Statement } from '../../math/expr';
import { evaluateRational } from '../../math/evaluate';
import { Rational } from '../../math/rational';
import { AnswerCheckError } from '../errors';
import { CheckReport, Solution } from '../solution';
import { determinant } from './linear-system3.solver';
import { Polynomial } from '../../math/polynomial';

/**
 * The check of three equations: the values make all three originals true, exactly, and the
 * coefficient determinant (by cofactors, not elimination) is non-zero, so the solution is
 * the only one.
 */
export function checkLinearSystem3(
  statements: Statement[],
  vars: string[],
  solution: Solution,
): CheckReport {
  const env: Record<string, Rational> = {};
  for (const v of vars) {
    const value = solution.answer.values.find((a) => a.variable === v);
    if (!value) throw new AnswerCheckError(`no value for ${v}`);
    env[v] = Rational.parse(value.value);
  }
  const lines: string[] = [];
  statements.forEach((s, i) => {
    const [l, r] = [evaluateRational(s.left, env), evaluateRational(s.right, env)];
    if (!l.equals(r)) throw new AnswerCheckError(`equation ${i + 1} fails: ${l} ≠ ${r}`);
    lines.push(`${['①', '②', '③'][i]}: \\; ${l.toString()} = ${r.toString()} \\;\\checkmark`);
  });
  const rows = statements.map((s) => {
    const p = Polynomial.fromExpr(s.left).sub(Polynomial.fromExpr(s.right));
    return [...vars.map((v) => p.coefficientOf({ [v]: 1 })), Rational.ZERO];
  });
  if (determinant(rows).isZero()) throw new AnswerCheckError('the system has no single solution');
  return {
    method: 'substitution',
    lines,
    facts: Object.fromEntries(vars.map((v) => [v, env[v].toString()])),
  };
}
