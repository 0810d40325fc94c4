import { Statement, num } from '../../math/expr';
import { evaluateRational } from '../../math/evaluate';
import { Rational } from '../../math/rational';
import { statementToLatex, toLatex } from '../../math/print';
import { UnsupportedProblemError } from '../errors';
import { rootExpr } from '../quadratic.solver';
import { QuadraticRoot, Solution, SolutionStep } from '../solution';
import { rootsSolution, solveByDegree } from '../roots-answer';
import { isolateRadical } from './isolate';

/**
 * Radical equations (无理方程) as taught: the root alone on one side, both sides squared,
 * the polynomial equation solved, then every candidate put back into the original — squaring
 * can add roots (增根), which are rejected.
 */
export function solveRadicalEquation(statement: Statement, v: string): Solution {
  const steps: SolutionStep[] = [];
  const { radicand, other, radical } = isolateRadical(statement);
  if ([...radicand.variables(), ...other.variables()].some((x) => x !== v))
    throw new UnsupportedProblemError('not_supported', 'more than one unknown');
  const isolated = `${toLatex(radical)} = ${toLatex(other.toExpr())}`;
  if (isolated !== statementToLatex(statement))
    steps.push({ action: { type: 'isolate_radical' }, latex: isolated, state: { kind: 'none' } });
  const raw = radicand.sub(other.mul(other));
  // x² − 7x + 6 = 0 rather than −x² + 7x − 6 = 0.
  const squared = raw.coefficient(v, raw.degree(v)).sign() < 0 ? raw.scale(Rational.of(-1)) : raw;
  const squaredStatement: Statement = { left: squared.toExpr(), relation: '=', right: num(0) };
  steps.push({
    action: {
      type: 'square_both_sides',
      squared: `${toLatex(radicand.toExpr())} = \\left(${toLatex(other.toExpr())}\\right)^{2}`,
    },
    latex: `${toLatex(radicand.toExpr())} = \\left(${toLatex(other.toExpr())}\\right)^{2} \\;\\Rightarrow\\; ${statementToLatex(squaredStatement)}`,
    state: { kind: 'none' },
  });

  const candidates = candidatesOf(squaredStatement, v, squared.degree(v));
  const holds = (x: Rational) =>
    evaluateRational(statement.left, { [v]: x }).equals(
      evaluateRational(statement.right, { [v]: x }),
    );
  const kept: QuadraticRoot[] = [];
  const rejected: QuadraticRoot[] = [];
  const lines: string[] = [];
  for (const c of candidates) {
    if (c.q !== 0n)
      throw new UnsupportedProblemError(
        'not_supported',
        'a radical equation with irrational candidates',
      );
    const x = Rational.of(c.p, c.r);
    const ok = holds(x);
    (ok ? kept : rejected).push(c);
    const left = evaluateRational(statement.left, { [v]: x });
    const right = evaluateRational(statement.right, { [v]: x });
    lines.push(
      `${v} = ${toLatex(num(x))}: \\; ${toLatex(num(left))} ${ok ? '=' : '\\ne'} ${toLatex(num(right))} \\; ${ok ? '\\checkmark' : '\\times'}`,
    );
  }
  if (candidates.length)
    lines.unshift(
      candidates.map((c, i) => `${v}_{${i + 1}} = ${toLatex(rootExpr(c))}`).join(', \\; '),
    );
  steps.push({
    action: {
      type: 'check_candidates',
      candidates: candidates.map((r) => toLatex(rootExpr(r))),
      kept: kept.map((r) => toLatex(rootExpr(r))),
      rejected: rejected.map((r) => toLatex(rootExpr(r))),
    },
    // One line per candidate: inline math would run "\\" lines together on the board.
    latex: lines.length ? `\\begin{array}{l} ${lines.join(' \\\\ ')} \\end{array}` : '\\varnothing',
    state: { kind: 'none' },
  });
  const base = { kind: 'radical_equation' as const, problemLatex: statementToLatex(statement) };
  return rootsSolution(base, steps, v, kept, { rejected });
}

/** Real roots of the squared (polynomial) equation, by the solver of its degree. */
function candidatesOf(s: Statement, v: string, degree: number): QuadraticRoot[] {
  if (degree < 1)
    throw new UnsupportedProblemError('not_supported', 'the squared equation has no unknown');
  if (degree > 4)
    throw new UnsupportedProblemError('degree_too_high', 'the squared equation is above degree 4');
  return solveByDegree(s, v, degree).roots;
}
