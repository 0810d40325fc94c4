import { Statement, num } from '../../math/expr';
import { Polynomial } from '../../math/polynomial';
import { Rational, lcm } from '../../math/rational';
import { numberToLatex, statementToLatex, toLatex, toPlain } from '../../math/print';
import { UnsupportedProblemError } from '../errors';
import { Solution, SolutionStep } from '../solution';

/** a·x + b·y + c·z = d, as coefficients in the order of the unknowns, then d. */
export type Row = Rational[];

const LABELS = ['①', '②', '③', '④', '⑤'];

/**
 * Three linear equations in three unknowns, as taught (三元一次方程组): label them, eliminate
 * one unknown from two pairs to get two equations in two unknowns (④, ⑤), eliminate again to
 * get one unknown, then substitute back twice. Only a system with exactly one solution is
 * explained; any other is refused.
 */
export function solveLinearSystem3(statements: Statement[], vars: string[]): Solution {
  const rows = statements.map((s) => toRow(s, vars));
  const problemLatex = systemLatex(statements);
  const steps: SolutionStep[] = [
    {
      action: { type: 'label_equations', count: 3 },
      latex: systemLatex(statements, true),
      state: { kind: 'none' },
    },
  ];
  if (determinant(rows).isZero())
    throw new UnsupportedProblemError('not_supported', 'a system without exactly one solution');

  // First elimination: the unknown whose coefficients combine most cheaply, against the row
  // where it has the smallest coefficient.
  const first = cheapest([0, 1, 2], rows, [0, 1, 2]);
  const pivot = [0, 1, 2]
    .filter((i) => !rows[i][first].isZero())
    .sort((i, j) => rows[i][first].abs().compare(rows[j][first].abs()))[0];
  const others = [0, 1, 2].filter((i) => i !== pivot);
  let next = 3; // new equations are numbered on from ④
  const reduced = others.map((i) => {
    if (rows[i][first].isZero()) return { row: rows[i], label: LABELS[i] };
    const label = LABELS[next++];
    const { row, how } = eliminate(rows[pivot], rows[i], first);
    steps.push(combineStep(how, LABELS[pivot], LABELS[i], vars[first], label, row, vars));
    return { row, label };
  });

  // Second elimination, in the two remaining unknowns.
  const left = [0, 1, 2].filter((j) => j !== first);
  const second = cheapest(
    left,
    reduced.map((r) => r.row),
    [0, 1],
  );
  const keep = left.find((j) => j !== second)!;
  const [r4, r5] = reduced;
  let single: Row;
  if (r4.row[second].isZero()) single = r4.row;
  else if (r5.row[second].isZero()) single = r5.row;
  else {
    const { row, how } = eliminate(r4.row, r5.row, second);
    steps.push(combineStep(how, r4.label, r5.label, vars[second], '', row, vars));
    single = row;
  }
  const keptValue = single[3].div(single[keep]);
  steps.push({
    action: { type: 'solve_single', variable: vars[keep] },
    latex: `${vars[keep]} = ${toLatex(num(keptValue))}`,
    state: { kind: 'none' },
  });

  // Back: the second unknown from ④ or ⑤, the first from the pivot row.
  const values: (Rational | null)[] = [null, null, null];
  values[keep] = keptValue;
  const withSecond = [r4, r5].find((r) => !r.row[second].isZero())!;
  values[second] = solveFor(withSecond.row, second, values);
  steps.push(backStep(vars, values, second, withSecond.label));
  values[first] = solveFor(rows[pivot], first, values);
  steps.push(backStep(vars, values, first, LABELS[pivot]));

  const known = values as Rational[];
  return {
    kind: 'linear_system3',
    problemLatex,
    steps,
    outcome: 'pair',
    answer: {
      latex: `\\begin{cases} ${vars.map((v, i) => `${v} = ${toLatex(num(known[i]))}`).join(' \\\\ ')} \\end{cases}`,
      values: vars.map((v, i) => ({ variable: v, value: toPlain(num(known[i])) })),
    },
  };
}

function combineStep(
  how: Combination,
  l1: string,
  l2: string,
  eliminated: string,
  label: string,
  row: Row,
  vars: string[],
): SolutionStep {
  const times = (l: string, k: Rational) =>
    k.isOne() ? l : `${l} \\times ${numberToLatex(k, 'fraction')}`;
  const [a, b] = how.swapped
    ? [times(l2, how.k2), times(l1, how.k1)]
    : [times(l1, how.k1), times(l2, how.k2)];
  const from = `${a} ${how.op === 'add' ? '+' : '-'} ${b}`;
  return {
    action: { type: 'eliminate_pair', from, eliminated, label, how: how.op },
    latex: `${from}: \\; ${statementToLatex(rowStatement(row, vars))}${label ? ` \\quad ${label}` : ''}`,
    state: { kind: 'none' },
  };
}

function backStep(
  vars: string[],
  values: (Rational | null)[],
  solved: number,
  label: string,
): SolutionStep {
  const known = vars
    .map((v, i) =>
      i !== solved && values[i] ? `${v} = ${numberToLatex(values[i]!, 'fraction')}` : '',
    )
    .filter(Boolean);
  return {
    action: { type: 'substitute_values', known, label, variable: vars[solved] },
    latex: `${vars[solved]} = ${toLatex(num(values[solved]!))}`,
    state: { kind: 'none' },
  };
}

/** The unknown (among `columns`) whose coefficients in `rowIndexes` combine most cheaply. */
function cheapest(columns: number[], rows: Row[], rowIndexes: number[]): number {
  const cost = (j: number) => {
    const cs = rowIndexes.map((i) => rows[i][j]).filter((c) => !c.isZero());
    if (cs.length < rowIndexes.length - 1) return 0; // already missing from enough rows
    return (
      cs.reduce((acc, c) => acc + Number(c.abs().num), 0) +
      (cs.some((c) => c.abs().isOne()) ? 0 : 5)
    );
  };
  return [...columns].sort((a, b) => cost(a) - cost(b) || b - a)[0];
}

interface Combination {
  k1: Rational;
  k2: Rational;
  op: 'add' | 'subtract';
  /** R·k2 − P·k1 rather than P·k1 − R·k2, so the result leads with a positive term. */
  swapped: boolean;
}

/** k1·P ± k2·R with the j-th coefficient cancelled (whole multipliers, as small as can be). */
function eliminate(p: Row, r: Row, j: number): { row: Row; how: Combination } {
  const [a, b] = [p[j].abs(), r[j].abs()];
  const target = Rational.of(lcm(a.num * b.den, b.num * a.den), a.den * b.den);
  const [k1, k2] = [target.div(a), target.div(b)];
  const op = p[j].sign() === r[j].sign() ? 'subtract' : 'add';
  const row = p.map((c, i) =>
    op === 'add' ? c.mul(k1).add(r[i].mul(k2)) : c.mul(k1).sub(r[i].mul(k2)),
  );
  const lead = row.slice(0, 3).find((c) => !c.isZero());
  const swapped = op === 'subtract' && !!lead && lead.sign() < 0;
  return { row: swapped ? row.map((c) => c.neg()) : row, how: { k1, k2, op, swapped } };
}

function solveFor(row: Row, j: number, values: (Rational | null)[]): Rational {
  let rest = row[3];
  for (let i = 0; i < 3; i += 1) if (i !== j && values[i]) rest = rest.sub(row[i].mul(values[i]!));
  return rest.div(row[j]);
}

function toRow(s: Statement, vars: string[]): Row {
  const p = Polynomial.fromExpr(s.left).sub(Polynomial.fromExpr(s.right));
  if (p.variables().some((v) => !vars.includes(v)) || p.degree() > 1)
    throw new UnsupportedProblemError('not_supported', 'the system is not linear');
  const row = [...vars.map((v) => p.coefficientOf({ [v]: 1 })), p.coefficientOf({}).neg()];
  const den = row.reduce((acc, c) => lcm(acc, c.den), 1n);
  return den > 1n ? row.map((c) => c.mul(Rational.of(den))) : row;
}

function rowStatement(row: Row, vars: string[]): Statement {
  const left = vars
    .map((v, i) => Polynomial.variable(v).scale(row[i]))
    .reduce((a, b) => a.add(b), Polynomial.constant(0));
  return { left: left.isZero() ? num(0) : left.toExpr(), relation: '=', right: num(row[3]) };
}

/** Cofactor expansion: independent of the elimination, and zero exactly when it would fail. */
export function determinant(rows: Row[]): Rational {
  const m = (i: number, j: number) => rows[i][j];
  return m(0, 0)
    .mul(
      m(1, 1)
        .mul(m(2, 2))
        .sub(m(1, 2).mul(m(2, 1))),
    )
    .sub(
      m(0, 1).mul(
        m(1, 0)
          .mul(m(2, 2))
          .sub(m(1, 2).mul(m(2, 0))),
      ),
    )
    .add(
      m(0, 2).mul(
        m(1, 0)
          .mul(m(2, 1))
          .sub(m(1, 1).mul(m(2, 0))),
      ),
    );
}

export function systemLatex(statements: Statement[], labelled = false): string {
  const rows = statements.map(
    (s, i) => statementToLatex(s) + (labelled ? ` \\quad ${LABELS[i]}` : ''),
  );
  return `\\begin{cases} ${rows.join(' \\\\ ')} \\end{cases}`;
}
