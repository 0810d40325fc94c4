import { Rational } from '../math/rational';
import { Expr, Relation, Statement, num, flipRelation, substitute } from '../math/expr';
import { NotPolynomial, Polynomial } from '../math/polynomial';
import { NotEvaluable, evaluate, evaluateFloat, evaluateRational } from '../math/evaluate';
import { parseExpression } from '../math/parser';
import { Surd, surdField } from '../math/surd';
import { numberToLatex, roundFloat, toLatex } from '../math/print';
import { CheckReport, Problem, QuadraticRoot, Solution } from './solution';
import { AnswerCheckError } from './errors';
import { checkFactoring } from './factoring/factoring.check';
import { checkPolynomialEquation } from './polynomial-equation/polynomial-equation.check';
import { checkQuadraticInequality } from './quadratic-inequality/quadratic-inequality.check';
import { checkRadicalEquation } from './radical-equation/radical-equation.check';
import { checkRationalEquation } from './rational-equation/rational-equation.check';
import { checkAbsoluteValue } from './absolute-value/absolute-value.check';
import { checkLinearSystem3 } from './linear-system3/linear-system3.check';
import { checkRationalInequality } from './rational-inequality/rational-inequality.check';
import { checkExpLogEquation } from './exp-log/exp-log.check';
import { checkRationalExpression } from './rational-expression/rational-expression.check';
import { checkRadicalSimplify } from './radical-simplify/radical-simplify.check';
import { checkLimit } from './limit/limit.check';
import { checkIntegral } from './integral/integral.check';
import { compare } from './linear.solver';
import { rootExpr, rootValue } from './quadratic.solver';
import { numberStyleOf } from './rewrite';

/**
 * Independent verification. It never trusts the solver's intermediate numbers: it goes
 * back to the original problem and checks the final answer (and every step's state)
 * against it. A failed check throws; no script is written for an unchecked answer.
 */
export function checkSolution(problem: Problem, solution: Solution): CheckReport {
  try {
    return checkAgainst(problem, solution);
  } catch (e) {
    // A problem the check cannot evaluate as read (a function inside an equation, say) is
    // a failed check, never a pass.
    if (e instanceof NotPolynomial || e instanceof NotEvaluable)
      throw new AnswerCheckError(`the check cannot evaluate the problem as read: ${e.message}`);
    throw e;
  }
}

function checkAgainst(problem: Problem, solution: Solution): CheckReport {
  switch (problem.kind) {
    case 'arithmetic':
      return checkArithmetic(problem.expr, solution);
    case 'simplify':
    case 'expand':
      return checkPolynomial(problem.expr, solution);
    case 'linear_equation':
    case 'linear_inequality':
      checkStatementSteps(problem.statement, solution);
      return problem.kind === 'linear_equation'
        ? checkLinear(problem.statement, problem.variable, solution)
        : checkInequality(problem.statement, problem.variable, solution);
    case 'quadratic_equation':
      checkStatementSteps(problem.statement, solution);
      return checkQuadratic(problem.statement, problem.variable, solution);
    case 'linear_system':
      return checkSystem(problem.statements, problem.variables, solution);
    case 'derivative':
      return checkDerivative(problem.expr, problem.variable, solution);
    case 'factoring':
      return checkFactoring(problem.expr, solution);
    case 'polynomial_equation':
      checkStatementSteps(problem.statement, solution);
      return checkPolynomialEquation(problem.statement, problem.variable, solution);
    case 'quadratic_inequality':
      checkStatementSteps(problem.statement, solution);
      return checkQuadraticInequality(problem.statement, problem.variable, solution);
    case 'radical_equation':
      return checkRadicalEquation(problem.statement, problem.variable, solution);
    case 'rational_equation':
      return checkRationalEquation(problem.statement, problem.variable, solution);
    case 'absolute_value':
      return checkAbsoluteValue(problem.statement, problem.variable, solution);
    case 'linear_system3':
      return checkLinearSystem3(problem.statements, problem.variables, solution);
    case 'rational_inequality':
      return checkRationalInequality(problem.statement, problem.variable, solution);
    case 'exponential_equation':
    case 'logarithmic_equation':
      return checkExpLogEquation(problem.statement, problem.variable, solution);
    case 'rational_expression':
      return checkRationalExpression(problem.expr, problem.variable, solution);
    case 'radical_simplify':
      return checkRadicalSimplify(problem.expr, solution);
    case 'limit':
      return checkLimit(problem.expr, problem.variable, problem.point, solution);
    case 'integral':
      return checkIntegral(problem.expr, problem.variable, problem.bounds, solution);
  }
}

function fail(message: string): never {
  throw new AnswerCheckError(message);
}

function difference(s: Statement): Polynomial {
  return Polynomial.fromExpr(s.left).sub(Polynomial.fromExpr(s.right));
}

/** Each rewritten statement must be k·(original) with k ≠ 0 (and the sign flipped when k < 0). */
function checkStatementSteps(original: Statement, solution: Solution): void {
  const base = difference(original);
  for (const step of solution.steps) {
    if (step.state.kind !== 'statement') continue;
    const d = difference(step.state.statement);
    const ratio = scalarRatio(d, base);
    if (!ratio) fail(`step "${step.latex}" is not equivalent to the problem`);
    const expected = ratio.sign() < 0 ? flipRelation(original.relation) : original.relation;
    if (step.state.statement.relation !== expected)
      fail(`step "${step.latex}" has the wrong relation sign`);
  }
}

function scalarRatio(p: Polynomial, q: Polynomial): Rational | null {
  if (q.isZero()) return p.isZero() ? Rational.ONE : null;
  const lead = q.termList()[0];
  const pc = p.coefficientOf(lead.mono);
  if (pc.isZero()) return null;
  const k = pc.div(lead.coef);
  return p.equals(q.scale(k)) ? k : null;
}

function checkArithmetic(expr: Expr, solution: Solution): CheckReport {
  const exact = evaluateRational(expr);
  const claimed = Rational.parse(solution.answer.values[0].value);
  if (!exact.equals(claimed)) fail(`answer ${claimed} differs from ${exact}`);
  const float = evaluateFloat(expr);
  if (
    !Number.isFinite(float) ||
    Math.abs(float - exact.toNumber()) > 1e-9 * Math.max(1, Math.abs(float))
  )
    fail('floating-point estimate disagrees');
  for (const step of solution.steps) {
    if (step.state.kind === 'expr' && !evaluateRational(step.state.expr).equals(exact))
      fail(`step "${step.latex}" changes the value`);
  }
  return {
    method: 'evaluation',
    lines: [`${toLatex(expr)} \\approx ${roundFloat(float)}`],
    facts: { estimate: roundFloat(float) },
  };
}

function checkPolynomial(expr: Expr, solution: Solution): CheckReport {
  const original = Polynomial.fromExpr(expr);
  const claimed = Polynomial.fromExpr(parseExpression(solution.answer.values[0].value));
  if (!original.equals(claimed)) fail('simplified expression is not equal to the original');
  for (const step of solution.steps) {
    if (step.state.kind === 'expr' && !Polynomial.fromExpr(step.state.expr).equals(original))
      fail(`step "${step.latex}" changes the expression`);
  }
  // Show the check a student can do: both forms give the same value at a sample point.
  const vars = original.variables();
  const env = Object.fromEntries(vars.map((v, i) => [v, Rational.of(i + 2)]));
  const sampleValue = original.evaluate(env);
  const at = vars.map((v) => `${v} = ${env[v].toString()}`).join(', ');
  return {
    method: 'identity',
    lines: [`${at}: \\; ${toLatex(expr)} = ${numberToLatex(sampleValue, 'fraction')}`],
    facts: { point: at, value: sampleValue.toString() },
  };
}

function substitutedLatex(e: Expr, v: string, value: Expr): string {
  // Explicit multiplication signs: 3(11) reads as a product only if printed with ×.
  return toLatex(substitute(e, v, value)).replace(/(\d)\\left\(/g, '$1 \\times \\left(');
}

function checkLinear(s: Statement, v: string, solution: Solution): CheckReport {
  const d = difference(s);
  if (solution.outcome === 'no_solution' || solution.outcome === 'all_numbers') {
    const c = d.constantValue();
    if (c === null) fail('equation still depends on the variable');
    if ((solution.outcome === 'all_numbers') !== c.isZero()) fail('wrong verdict on solvability');
    return { method: 'identity', lines: [], facts: { constant: c.toString() } };
  }
  const x = Rational.parse(solution.answer.values[0].value);
  const left = evaluateRational(s.left, { [v]: x });
  const right = evaluateRational(s.right, { [v]: x });
  if (!left.equals(right)) fail(`substituting ${v} = ${x} gives ${left} ≠ ${right}`);
  const xe = num(x, styleOf(s));
  const show = (r: Rational) => numberToLatex(r, styleOf(s));
  return {
    method: 'substitution',
    lines: [
      `${substitutedLatex(s.left, v, xe)} = ${show(left)}`,
      `${substitutedLatex(s.right, v, xe)} = ${show(right)}`,
    ],
    facts: { variable: v, value: x.toString(), left: left.toString(), right: right.toString() },
  };
}

function styleOf(s: Statement): 'decimal' | 'fraction' {
  return numberStyleOf(s.left, s.right) === 'decimal' ? 'decimal' : 'fraction';
}

function checkInequality(s: Statement, v: string, solution: Solution): CheckReport {
  const holds = (x: Rational) =>
    compare(
      evaluateRational(s.left, { [v]: x }),
      s.relation,
      evaluateRational(s.right, { [v]: x }),
    );
  if (solution.outcome === 'no_solution' || solution.outcome === 'all_numbers') {
    const samples = [-7, -1, 0, 1, 3, 10].map((n) => holds(Rational.of(n)));
    if (samples.some((h) => h !== (solution.outcome === 'all_numbers')))
      fail('inequality verdict does not hold at sample points');
    return { method: 'boundary_and_test_points', lines: [], facts: {} };
  }
  const m = /^(<=|>=|<|>)\s*(.+)$/.exec(solution.answer.values[0].value);
  if (!m) fail('inequality answer not in the form "> value"');
  const rel = m[1] as Relation;
  const boundary = Rational.parse(m[2]);
  if (
    !evaluateRational(s.left, { [v]: boundary }).equals(
      evaluateRational(s.right, { [v]: boundary }),
    )
  )
    fail('boundary does not make both sides equal');
  const inside =
    rel === '>' || rel === '>=' ? boundary.add(Rational.ONE) : boundary.sub(Rational.ONE);
  const outside =
    rel === '>' || rel === '>=' ? boundary.sub(Rational.ONE) : boundary.add(Rational.ONE);
  if (!holds(inside) || holds(outside)) fail('test points disagree with the answer');
  if (holds(boundary) !== (rel === '<=' || rel === '>=')) fail('boundary inclusion is wrong');
  return {
    method: 'boundary_and_test_points',
    lines: [
      `${v} = ${numberToLatex(inside, 'fraction')}: \\; ${substitutedLatex(s.left, v, num(inside))} = ${numberToLatex(evaluateRational(s.left, { [v]: inside }), 'fraction')}, \\; ${substitutedLatex(s.right, v, num(inside))} = ${numberToLatex(evaluateRational(s.right, { [v]: inside }), 'fraction')}`,
    ],
    facts: { variable: v, inside: inside.toString(), boundary: boundary.toString() },
  };
}

function checkQuadratic(s: Statement, v: string, solution: Solution): CheckReport {
  const d = difference(s);
  const a = d.coefficient(v, 2);
  const b = d.coefficient(v, 1);
  const c = d.coefficient(v, 0);
  const disc = b.mul(b).sub(Rational.of(4).mul(a).mul(c));
  if (solution.outcome === 'no_real_roots') {
    if (disc.sign() >= 0) fail('claimed no real roots but the discriminant is not negative');
    return {
      method: 'identity',
      lines: [`\\Delta = ${numberToLatex(disc, 'fraction')} < 0`],
      facts: { discriminant: disc.toString() },
    };
  }
  const roots = solution.exactRoots ?? fail('quadratic answer without exact roots');
  const expectedCount = disc.isZero() ? 1 : 2;
  if (roots.length !== expectedCount) fail(`expected ${expectedCount} roots, got ${roots.length}`);
  for (const root of roots) {
    if (!isRootOf(s, v, root)) fail(`${toLatex(rootExpr(root))} is not a root`);
  }
  const first = roots[0];
  const lines =
    first.q === 0n
      ? roots.map(
          (r) =>
            `${substitutedLatex(s.left, v, rootExpr(r))} = ${numberToLatex(evaluateRational(s.left, { [v]: Rational.of(r.p, r.r) }), 'fraction')}`,
        )
      : roots.map((r) => `${v} = ${toLatex(rootExpr(r))} \\approx ${roundFloat(rootValue(r))}`);
  return {
    method: 'substitution',
    lines,
    facts: {
      variable: v,
      roots: roots.map((r) => toLatex(rootExpr(r))).join(', '),
      surd: first.q === 0n ? 'no' : 'yes',
    },
  };
}

function isRootOf(s: Statement, v: string, root: QuadraticRoot): boolean {
  const field = surdField(root.m === 1n ? 2n : root.m);
  const value = new Surd(
    Rational.of(root.p, root.r),
    Rational.of(root.q, root.r),
    root.m === 1n ? 2n : root.m,
  );
  const left = evaluate(s.left, field, { [v]: value });
  const right = evaluate(s.right, field, { [v]: value });
  return left.sub(right).isZero();
}

function checkSystem(
  statements: [Statement, Statement],
  vars: [string, string],
  solution: Solution,
): CheckReport {
  const [x, y] = vars;
  const rows = statements.map(difference);
  const coef = (p: Polynomial, v: string) => p.coefficientOf({ [v]: 1 });
  const det = coef(rows[0], x)
    .mul(coef(rows[1], y))
    .sub(coef(rows[0], y).mul(coef(rows[1], x)));
  if (solution.outcome === 'no_solution' || solution.outcome === 'infinitely_many') {
    if (!det.isZero()) fail('the system has exactly one solution');
    return { method: 'identity', lines: [], facts: {} };
  }
  const values = Object.fromEntries(
    solution.answer.values.map((e) => [e.variable, Rational.parse(e.value)]),
  );
  if (!(x in values) || !(y in values)) fail('system answer lacks a variable');
  const lines: string[] = [];
  for (const s of statements) {
    const left = evaluateRational(s.left, values);
    const right = evaluateRational(s.right, values);
    if (!left.equals(right)) fail('the pair does not satisfy both equations');
    const substituted = (e: Expr) =>
      substitutedLatex(substitute(e, x, num(values[x])), y, num(values[y]));
    lines.push(`${substituted(s.left)} = ${numberToLatex(left, 'fraction')}`);
    if (s.right.type !== 'num')
      lines.push(`${substituted(s.right)} = ${numberToLatex(right, 'fraction')}`);
  }
  return {
    method: 'substitution',
    lines,
    facts: { x: values[x].toString(), y: values[y].toString() },
  };
}

const SAMPLE_POINTS = [0.37, 0.83, 1.41, 2.17, -0.61, -1.3, 3.05];

function checkDerivative(expr: Expr, v: string, solution: Solution): CheckReport {
  const claimed = parseExpression(solution.answer.values[0].value);
  let checked = 0;
  for (const x of SAMPLE_POINTS) {
    const h = 1e-5 * Math.max(1, Math.abs(x));
    const f = (t: number) => evaluateFloat(expr, { [v]: t });
    const numeric = (f(x + h) - f(x - h)) / (2 * h);
    const symbolic = evaluateFloat(claimed, { [v]: x });
    if (!Number.isFinite(numeric) || !Number.isFinite(symbolic)) continue;
    if (Math.abs(numeric - symbolic) > 1e-4 * Math.max(1, Math.abs(numeric)))
      fail(`derivative disagrees at ${v} = ${x}`);
    checked += 1;
  }
  if (checked < 3) fail('derivative could not be checked at enough points');
  const x0 = [1, 2, 0.5, 3].find((t) => Number.isFinite(evaluateFloat(claimed, { [v]: t }))) ?? 1;
  const slope = evaluateFloat(claimed, { [v]: x0 });
  return {
    method: 'numeric_derivative',
    lines: [
      `${v} = ${x0}: \\; ${substitutedLatex(claimed, v, num(x0))} \\approx ${roundFloat(slope)}`,
    ],
    facts: { point: String(x0), slope: roundFloat(slope) },
  };
}
