import { Rational, gcd, isqrt, splitSquareFactor } from '../../math/rational';
import { Relation, Statement, flipRelation, num } from '../../math/expr';
import { statementToLatex, toLatex, toPlain } from '../../math/print';
import { UnsupportedProblemError } from '../errors';
import { normaliseRoot, rationalRoot, rootExpr, rootValue } from '../quadratic.solver';
import { clearedDifference, statementStep } from '../rewrite';
import { QuadraticRoot, Solution, SolutionStep } from '../solution';

/**
 * Quadratic inequalities as taught (一元二次不等式): standard form with a positive leading
 * coefficient (flipping the sign if we multiply by −1), the roots of the matching equation,
 * then the parabola: it opens upwards, so it is above the axis outside the roots and below
 * between them. The answer is a set of intervals, as product.md writes them.
 */
export function solveQuadraticInequality(statement: Statement, v: string): Solution {
  const steps: SolutionStep[] = [];
  const { statement: s, difference } = clearedDifference(statement, steps);
  let p = difference;
  if (p.variables().some((x) => x !== v) || p.degree(v) !== 2)
    throw new UnsupportedProblemError('not_supported', 'not a quadratic inequality in one letter');
  let relation = s.relation as Exclude<Relation, '='>;
  const zero = num(0);
  const standard: Statement = { left: p.toExpr(), relation, right: zero };
  if (statementToLatex(standard) !== statementToLatex(s))
    steps.push(statementStep({ type: 'standard_form' }, standard));
  if (p.coefficient(v, 2).sign() < 0) {
    p = p.scale(Rational.of(-1));
    relation = flipRelation(relation) as Exclude<Relation, '='>;
    steps.push(
      statementStep(
        { type: 'multiply_both_sides', factor: '-1', flips: true },
        { left: p.toExpr(), relation, right: zero },
      ),
    );
  }
  const [a, b, c] = [p.coefficient(v, 2), p.coefficient(v, 1), p.coefficient(v, 0)];
  const roots = quadraticRoots(a, b, c);
  const equation = `${toLatex(p.toExpr())} = 0`;
  const disc = b.mul(b).sub(Rational.of(4).mul(a).mul(c));
  steps.push({
    action: {
      type: 'inequality_roots',
      equation,
      roots: roots.map((r) => toLatex(rootExpr(r))),
      discriminant: toLatex(num(disc)),
    },
    latex: roots.length
      ? `${equation}: \\; ${roots.map((r, i) => `${v}_{${i + 1}} = ${toLatex(rootExpr(r))}`).join(', \\; ')}`
      : `${equation}: \\; \\Delta = ${toLatex(num(disc))} < 0`,
    state: { kind: 'none' },
  });
  const answer = solutionSet(v, roots, relation);
  steps.push({
    action: { type: 'parabola_sign', relation, roots: roots.length },
    latex: answer.latex,
    state: { kind: 'none' },
  });
  return {
    kind: 'quadratic_inequality',
    problemLatex: statementToLatex(statement),
    steps,
    outcome: answer.outcome,
    answer: {
      latex: answer.latex,
      values: answer.value === null ? [] : [{ variable: v, value: answer.value }],
    },
    exactRoots: roots,
  };
}

/** Real roots, smaller first (one for a double root), exactly. */
function quadraticRoots(a: Rational, b: Rational, c: Rational): QuadraticRoot[] {
  // Scale to integers: A x² + B x + C with the same roots.
  const den = a.den * b.den * c.den;
  const [A, B, C] = [a, b, c].map((k) => k.mul(Rational.of(den)).num);
  const g = [A, B, C].reduce((x, y) => gcd(x, y));
  const [ia, ib, ic] = [A / g, B / g, C / g];
  const disc = ib * ib - 4n * ia * ic;
  if (disc < 0n) return [];
  if (disc === 0n) return [rationalRoot(Rational.of(-ib, 2n * ia))];
  const sq = isqrt(disc);
  if (sq * sq === disc)
    return [
      rationalRoot(Rational.of(-ib - sq, 2n * ia)),
      rationalRoot(Rational.of(-ib + sq, 2n * ia)),
    ];
  const { outside, inside } = splitSquareFactor(disc);
  return [
    normaliseRoot({ p: -ib, q: -outside, m: inside, r: 2n * ia }),
    normaliseRoot({ p: -ib, q: outside, m: inside, r: 2n * ia }),
  ].sort((x, y) => rootValue(x) - rootValue(y));
}

/** The solution set of a x² + … REL 0 with a > 0, in LaTeX and in product.md's notation. */
export function solutionSet(
  v: string,
  roots: QuadraticRoot[],
  relation: Exclude<Relation, '='>,
): { latex: string; value: string | null; outcome: Solution['outcome'] } {
  const above = relation === '>' || relation === '>=';
  const closed = relation === '>=' || relation === '<=';
  const [open, close] = closed ? ['[', ']'] : ['(', ')'];
  const all = {
    latex: `${v} \\in \\mathbb{R}`,
    value: 'all real numbers',
    outcome: 'all_numbers' as const,
  };
  const none = { latex: '\\varnothing', value: null, outcome: 'no_solution' as const };
  if (roots.length === 0) return above ? all : none;
  const texts = roots.map((r) => toLatex(rootExpr(r)));
  const plains = roots.map((r) => toPlain(rootExpr(r)));
  if (roots.length === 1) {
    const [r, rp] = [texts[0], plains[0]];
    if (relation === '>=') return all;
    if (relation === '<') return none;
    if (relation === '<=')
      return { latex: `${v} = ${r}`, value: `[${rp}, ${rp}]`, outcome: 'interval' };
    return { latex: `${v} \\ne ${r}`, value: `(-inf, ${rp}) U (${rp}, inf)`, outcome: 'interval' };
  }
  const [lo, hi] = texts;
  const [plo, phi] = plains;
  const le = closed ? '\\le' : '<';
  const ge = closed ? '\\ge' : '>';
  if (above)
    return {
      latex: `${v} ${le} ${lo} \\;\\text{or}\\; ${v} ${ge} ${hi}`,
      value: `(-inf, ${plo}${close} U ${open}${phi}, inf)`,
      outcome: 'interval',
    };
  return {
    latex: `${lo} ${le} ${v} ${le} ${hi}`,
    value: `${open}${plo}, ${phi}${close}`,
    outcome: 'interval',
  };
}
