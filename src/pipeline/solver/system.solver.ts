import { Rational, lcm } from '../math/rational';
import { Statement, num, variable } from '../math/expr';
import { Polynomial } from '../math/polynomial';
import { numberToLatex, statementToLatex, toLatex, toPlain } from '../math/print';
import { Solution, SolutionStep } from './solution';
import { statementStep } from './rewrite';
import { UnsupportedProblemError } from './errors';

interface LinearRow {
  a: Rational; // coefficient of the first variable
  b: Rational; // coefficient of the second variable
  c: Rational; // constant on the right
}

const LABELS = ['①', '②', '③', '④'];

/** Two linear equations in two unknowns, by elimination (the method taught first). */
export function solveLinearSystem(
  statements: [Statement, Statement],
  [x, y]: [string, string],
): Solution {
  const steps: SolutionStep[] = [];
  const problemLatex = systemLatex(statements);
  steps.push({
    action: { type: 'label_equations' },
    latex: systemLatex(statements, true),
    state: { kind: 'none' },
  });

  const rows = statements.map((s, i) => {
    const row = toRow(s, x, y);
    const standard = rowStatement(row, x, y);
    if (statementToLatex(standard) !== statementToLatex(s)) {
      // Tidy an equation that is not yet in the form ax + by = c (integer coefficients).
      steps.push(statementStep({ type: 'rearrange_equation', label: LABELS[i] }, standard));
    }
    return row;
  }) as [LinearRow, LinearRow];

  const [r1, r2] = rows;
  const det = r1.a.mul(r2.b).sub(r1.b.mul(r2.a));
  // Eliminate the variable whose coefficients are already equal or opposite, else the cheaper one.
  const eliminateY = pickEliminated(r1, r2);
  const keep = eliminateY ? x : y;
  const drop = eliminateY ? y : x;
  const coef = (r: LinearRow) => (eliminateY ? r.b : r.a);
  const c1 = coef(r1);
  const c2 = coef(r2);
  if (c1.isZero() || c2.isZero()) {
    return solveWithOneAlready(problemLatex, steps, rows, x, y, det);
  }
  const target = Rational.of(
    lcm(c1.abs().num * c2.abs().den, c2.abs().num * c1.abs().den),
    c1.den * c2.den,
  );
  const k1 = target.div(c1.abs());
  const k2 = target.div(c2.abs());
  let m1 = r1;
  let m2 = r2;
  if (!k1.isOne()) {
    m1 = scaleRow(r1, k1);
    steps.push(
      statementStep(
        {
          type: 'multiply_equation',
          label: LABELS[0],
          factor: numberToLatex(k1, 'fraction'),
          variable: drop,
          target: numberToLatex(target, 'fraction'),
        },
        rowStatement(m1, x, y),
      ),
    );
  }
  if (!k2.isOne()) {
    m2 = scaleRow(r2, k2);
    steps.push(
      statementStep(
        {
          type: 'multiply_equation',
          label: LABELS[1],
          factor: numberToLatex(k2, 'fraction'),
          variable: drop,
          target: numberToLatex(target, 'fraction'),
        },
        rowStatement(m2, x, y),
      ),
    );
  }
  const same = coef(m1).sign() === coef(m2).sign();
  const combined: LinearRow = same
    ? { a: m1.a.sub(m2.a), b: m1.b.sub(m2.b), c: m1.c.sub(m2.c) }
    : { a: m1.a.add(m2.a), b: m1.b.add(m2.b), c: m1.c.add(m2.c) };
  const remaining = eliminateY ? combined.a : combined.b;
  const combinedStatement: Statement = {
    left: Polynomial.variable(keep).scale(remaining).toExpr(),
    relation: '=',
    right: num(combined.c),
  };
  steps.push(
    statementStep(
      { type: 'combine_equations', how: same ? 'subtract' : 'add', eliminated: drop },
      combinedStatement,
    ),
  );

  if (det.isZero()) {
    const consistent = combined.c.isZero();
    return {
      kind: 'linear_system',
      problemLatex,
      steps,
      outcome: consistent ? 'infinitely_many' : 'no_solution',
      answer: {
        latex: consistent ? '\\text{infinitely many solutions}' : '\\varnothing',
        values: [],
      },
    };
  }
  const keptValue = combined.c.div(remaining);
  if (!remaining.isOne()) {
    steps.push(
      statementStep(
        { type: 'solve_single', variable: keep },
        { left: variable(keep), relation: '=', right: num(keptValue) },
      ),
    );
  }
  return substituteBack(problemLatex, steps, r1, r2, x, y, keep, keptValue);
}

function substituteBack(
  problemLatex: string,
  steps: SolutionStep[],
  r1: LinearRow,
  r2: LinearRow,
  x: string,
  y: string,
  keep: string,
  keptValue: Rational,
): Solution {
  // Substitute into whichever original equation still contains the other variable.
  const useFirst = !(keep === x ? r1.b : r1.a).isZero();
  const row = useFirst ? r1 : r2;
  const otherCoef = keep === x ? row.b : row.a;
  const knownCoef = keep === x ? row.a : row.b;
  const other = keep === x ? y : x;
  const otherValue = row.c.sub(knownCoef.mul(keptValue)).div(otherCoef);
  steps.push(
    statementStep(
      {
        type: 'substitute_back',
        variable: keep,
        value: numberToLatex(keptValue, 'fraction'),
        label: useFirst ? LABELS[0] : LABELS[1],
      },
      { left: variable(other), relation: '=', right: num(otherValue) },
    ),
  );
  const xv = keep === x ? keptValue : otherValue;
  const yv = keep === x ? otherValue : keptValue;
  return {
    kind: 'linear_system',
    problemLatex,
    steps,
    outcome: 'pair',
    answer: {
      latex: `\\begin{cases} ${x} = ${toLatex(num(xv))} \\\\ ${y} = ${toLatex(num(yv))} \\end{cases}`,
      values: [
        { variable: x, value: toPlain(num(xv)) },
        { variable: y, value: toPlain(num(yv)) },
      ],
    },
  };
}

/** One equation lacks a variable already (e.g. x = 3): solve it and substitute. */
function solveWithOneAlready(
  problemLatex: string,
  steps: SolutionStep[],
  rows: [LinearRow, LinearRow],
  x: string,
  y: string,
  det: Rational,
): Solution {
  if (det.isZero()) throw new UnsupportedProblemError('not_supported', 'degenerate system');
  const [r1, r2] = rows;
  const single = r1.b.isZero() || r1.a.isZero() ? r1 : r2;
  const other = single === r1 ? r2 : r1;
  const keep = single.b.isZero() ? x : y;
  const coef = keep === x ? single.a : single.b;
  const value = single.c.div(coef);
  if (!coef.isOne())
    steps.push(
      statementStep(
        { type: 'solve_single', variable: keep },
        { left: variable(keep), relation: '=', right: num(value) },
      ),
    );
  return substituteBack(problemLatex, steps, other, single, x, y, keep, value);
}

function pickEliminated(r1: LinearRow, r2: LinearRow): boolean {
  const cost = (p: Rational, q: Rational) =>
    p.isZero() || q.isZero()
      ? Infinity
      : p.abs().equals(q.abs())
        ? 0
        : Number(lcm(p.abs().num, q.abs().num));
  return cost(r1.b, r2.b) <= cost(r1.a, r2.a);
}

function toRow(s: Statement, x: string, y: string): LinearRow {
  const p = Polynomial.fromExpr(s.left).sub(Polynomial.fromExpr(s.right));
  if (p.variables().some((v) => v !== x && v !== y) || p.degree() > 1) {
    throw new UnsupportedProblemError('not_supported', 'system is not linear in two unknowns');
  }
  let row: LinearRow = {
    a: p.coefficientOf({ [x]: 1 }),
    b: p.coefficientOf({ [y]: 1 }),
    c: p.coefficientOf({}).neg(),
  };
  const den = lcm(lcm(row.a.den, row.b.den), row.c.den);
  if (den > 1n) row = scaleRow(row, Rational.of(den));
  if (row.a.sign() < 0 || (row.a.isZero() && row.b.sign() < 0))
    row = scaleRow(row, Rational.of(-1));
  return row;
}

function scaleRow(r: LinearRow, k: Rational): LinearRow {
  return { a: r.a.mul(k), b: r.b.mul(k), c: r.c.mul(k) };
}

function rowStatement(r: LinearRow, x: string, y: string): Statement {
  const left = Polynomial.variable(x).scale(r.a).add(Polynomial.variable(y).scale(r.b)).toExpr();
  return { left, relation: '=', right: num(r.c) };
}

function systemLatex(statements: Statement[], labelled = false): string {
  const rows = statements.map(
    (s, i) => statementToLatex(s) + (labelled ? ` \\quad ${LABELS[i]}` : ''),
  );
  return `\\begin{cases} ${rows.join(' \\\\ ')} \\end{cases}`;
}
