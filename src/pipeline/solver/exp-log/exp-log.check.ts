import { Expr, Statement } from '../../math/expr';
import { evaluateFloat, evaluateRational } from '../../math/evaluate';
import { parseExpression } from '../../math/parser';
import { Rational } from '../../math/rational';
import { rootExpr } from '../quadratic.solver';
import { AnswerCheckError } from '../errors';
import { CheckReport, Solution } from '../solution';

/** Where the equation is scanned for roots the answer might have missed: finely near 0. */
const SCAN_POINTS = [
  ...Array.from({ length: 900 }, (_, i) => -100 + 0.1 * i),
  ...Array.from({ length: 2001 }, (_, i) => -10 + 0.01 * i),
  ...Array.from({ length: 900 }, (_, i) => 10.1 + 0.1 * i),
];

/**
 * The check of an exponential or logarithmic equation against the original, without the
 * rules that solved it: every root satisfies the equation (exactly where the values are
 * rational, else to 1e-9) with every logarithm's argument positive; every rejected
 * candidate breaks the domain; and a scan of left − right finds no change of sign, within
 * the domain, that no root explains.
 */
export function checkExpLogEquation(s: Statement, v: string, solution: Solution): CheckReport {
  const args = logArguments([s.left, s.right]);
  const inDomain = (x: number) => args.every((a) => evaluateFloat(a, { [v]: x }) > 0);
  const gap = (x: number) => evaluateFloat(s.left, { [v]: x }) - evaluateFloat(s.right, { [v]: x });
  const roots = solution.answer.values.map((r) => {
    const expr = parseExpression(r.value);
    return { text: r.value, expr, x: evaluateFloat(expr) };
  });
  const lines: string[] = [];
  for (const r of roots) {
    if (!Number.isFinite(r.x) || !inDomain(r.x))
      throw new AnswerCheckError(`${r.text} is outside the domain`);
    if (!holdsExactly(s, v, r.expr)) {
      const [l, rt] = [evaluateFloat(s.left, { [v]: r.x }), evaluateFloat(s.right, { [v]: r.x })];
      if (!(Math.abs(l - rt) <= 1e-9 * Math.max(1, Math.abs(l), Math.abs(rt))))
        throw new AnswerCheckError(`${r.text} does not satisfy the equation`);
    }
    lines.push(`${v} = ${r.text} \\;\\checkmark`);
  }
  for (const r of solution.rejectedRoots ?? []) {
    const x = evaluateFloat(rootExpr(r));
    if (inDomain(x)) throw new AnswerCheckError(`a rejected candidate ${x} is in the domain`);
  }
  // Every change of sign of left − right inside the domain brackets a root of the answer.
  let previous: { x: number; g: number } | null = null;
  for (const x of SCAN_POINTS) {
    const g = inDomain(x) ? gap(x) : NaN;
    if (!Number.isFinite(g)) {
      previous = null;
      continue;
    }
    if (previous && Math.sign(g) !== Math.sign(previous.g) && g !== 0) {
      const [a, b] = [previous.x, x];
      if (!roots.some((r) => r.x >= a - 1e-9 && r.x <= b + 1e-9))
        throw new AnswerCheckError(`a root between ${a.toFixed(3)} and ${b.toFixed(3)} is missing`);
    }
    previous = { x, g };
  }
  return {
    method: 'substitution',
    lines,
    facts: {
      variable: v,
      kept: roots.map((r) => r.text).join(', '),
      rejected: (solution.rejectedRoots ?? [])
        .map((r) => String(evaluateFloat(rootExpr(r))))
        .join(', '),
    },
  };
}

/** Both sides equal exactly at a rational root (2^(x+1) = 8 at x = 2, log₂ 8 = 3). */
function holdsExactly(s: Statement, v: string, root: Expr): boolean {
  try {
    const x: Rational = evaluateRational(root);
    return evaluateRational(s.left, { [v]: x }).equals(evaluateRational(s.right, { [v]: x }));
  } catch {
    return false;
  }
}

/** The arguments of every log in the expressions: the domain is where all are positive. */
function logArguments(es: Expr[]): Expr[] {
  const out: Expr[] = [];
  const walk = (e: Expr) => {
    if (e.type === 'call') {
      if (e.base || e.fn === 'ln' || e.fn === 'lg' || e.fn === 'log') out.push(e.arg);
      walk(e.arg);
    } else if (e.type === 'bin') {
      walk(e.left);
      walk(e.right);
    } else if (e.type === 'neg') walk(e.arg);
  };
  es.forEach(walk);
  return out;
}
