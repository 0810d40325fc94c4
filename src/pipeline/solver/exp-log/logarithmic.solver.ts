import { Rational } from '../../math/rational';
import { Expr, Statement, add, div, flattenSum, num, pow, sub, variablesOf } from '../../math/expr';
import { evaluateFloat } from '../../math/evaluate';
import { NotPolynomial, Polynomial } from '../../math/polynomial';
import { numberToLatex, statementToLatex, toLatex, toPlain } from '../../math/print';
import { UnsupportedProblemError } from '../errors';
import { rootExpr } from '../quadratic.solver';
import { QuadraticRoot, Solution, SolutionStep } from '../solution';
import { rootsSolution, solveByDegree } from '../roots-answer';

/** A log's base: a rational number, or e for ln. */
export type LogBase = Rational | 'e';

/** k · log_b(argument), with its sign on the side it was written. */
export interface LogTerm {
  k: Rational;
  base: LogBase;
  argument: Expr;
}

const KIND = 'logarithmic_equation' as const;

/** Every log written in an expression (log_b, lg, ln), with its coefficient. */
export function logTerms(e: Expr): { logs: LogTerm[]; constant: Expr[] } {
  const logs: LogTerm[] = [];
  const constant: Expr[] = [];
  for (const { sign, term } of flattenSum(e)) {
    const read = readLog(term);
    if (read) logs.push({ ...read, k: sign < 0 ? read.k.neg() : read.k });
    else constant.push(sign < 0 ? { type: 'neg', arg: term } : term);
  }
  return { logs, constant };
}

function readLog(term: Expr): LogTerm | null {
  if (term.type === 'neg') {
    const inner = readLog(term.arg);
    return inner && { ...inner, k: inner.k.neg() };
  }
  if (term.type === 'bin' && term.op === '*' && term.left.type === 'num') {
    const inner = readLog(term.right);
    return inner && { ...inner, k: inner.k.mul(term.left.value) };
  }
  if (term.type !== 'call') return null;
  if (term.base?.type === 'num')
    return { k: Rational.ONE, base: term.base.value, argument: term.arg };
  if (term.fn === 'lg') return { k: Rational.ONE, base: Rational.of(10), argument: term.arg };
  if (term.fn === 'ln') return { k: Rational.ONE, base: 'e', argument: term.arg };
  return null;
}

export const baseLatex = (b: LogBase) => (b === 'e' ? 'e' : numberToLatex(b, 'fraction'));

function logLatex(b: LogBase, arg: string): string {
  if (b === 'e') return `\\ln\\left(${arg}\\right)`;
  if (b.equals(Rational.of(10))) return `\\lg\\left(${arg}\\right)`;
  return `\\log_{${baseLatex(b)}}\\left(${arg}\\right)`;
}

/**
 * Logarithmic equations (对数方程) as taught: the domain first (every argument > 0), the
 * logs combined by the product, quotient and power rules into one, the log turned into a
 * power (log_b M = c ⇔ M = bᶜ) or, for one log on each side, the arguments set equal; the
 * polynomial equation solved, and every candidate checked against the domain.
 */
export function solveLogarithmicEquation(statement: Statement, v: string): Solution {
  const steps: SolutionStep[] = [];
  const left = logTerms(statement.left);
  const right = logTerms(statement.right);
  const logs = [...left.logs, ...right.logs.map((l) => ({ ...l, k: l.k.neg() }))];
  if (!logs.some((l) => variablesOf(l.argument).has(v)))
    throw new UnsupportedProblemError('not_supported', 'no unknown inside a logarithm');
  const rest = [...right.constant, ...left.constant.map((c) => ({ type: 'neg', arg: c }) as Expr)];
  if (rest.some((c) => variablesOf(c).size))
    throw new UnsupportedProblemError('not_supported', 'the unknown outside the logarithms');
  const base = logs[0].base;
  if (
    logs.some(
      (l) =>
        (l.base === 'e') !== (base === 'e') ||
        (l.base !== 'e' && base !== 'e' && !l.base.equals(base)),
    )
  )
    throw new UnsupportedProblemError('not_supported', 'logarithms to different bases');
  if (logs.some((l) => !l.k.isInteger()))
    throw new UnsupportedProblemError('not_supported', 'a logarithm with a fractional factor');
  let c: Rational;
  // The rest has no unknown (refused above), so each term is a constant polynomial.
  try {
    c = rest.reduce((a, e) => a.add(Polynomial.fromExpr(e).constantValue()!), Rational.ZERO);
  } catch {
    throw new UnsupportedProblemError('not_supported', 'a constant that is not a rational number');
  }
  const argumentPoly = (e: Expr) => {
    try {
      const p = Polynomial.fromExpr(e);
      if (p.variables().some((x) => x !== v)) throw new NotPolynomial('unknowns');
      return p;
    } catch {
      throw new UnsupportedProblemError('not_supported', 'a logarithm of a non-polynomial');
    }
  };
  const domain = logs.filter((l) => variablesOf(l.argument).has(v)).map((l) => l.argument);
  steps.push({
    action: { type: 'log_domain', conditions: domain.map((d) => `${toLatex(d)} > 0`) },
    latex: domain.map((d) => `${toLatex(d)} > 0`).join(', \\quad '),
    state: { kind: 'none' },
  });

  const positive = logs.filter((l) => l.k.sign() > 0);
  const negative = logs.filter((l) => l.k.sign() < 0);
  const product = (ls: LogTerm[]) =>
    ls.reduce(
      (p, l) => p.mul(argumentPoly(l.argument).pow(Number(l.k.abs().num))),
      Polynomial.constant(1),
    );
  const P = product(positive);
  const Q = product(negative);
  let equation: Statement;
  const oneEach =
    positive.length === 1 &&
    negative.length === 1 &&
    c.isZero() &&
    logs.every((l) => l.k.abs().isOne());
  if (oneEach) {
    // log_b f = log_b g: the arguments are equal.
    equation = { left: positive[0].argument, relation: '=', right: negative[0].argument };
    steps.push({
      action: { type: 'log_equate_arguments' },
      latex: statementToLatex(equation),
      state: { kind: 'none' },
    });
  } else {
    const rules = [
      ...(positive.length > 1 || negative.length > 1 ? ['product' as const] : []),
      ...(negative.length && positive.length ? ['quotient' as const] : []),
      ...(logs.some((l) => !l.k.abs().isOne()) ? ['power' as const] : []),
    ];
    if (negative.length && !positive.length)
      throw new UnsupportedProblemError('not_supported', 'logarithms only subtracted');
    const combined =
      Q.isZero() || Q.constantValue()?.isOne()
        ? toLatex(P.toExpr())
        : `\\frac{${toLatex(P.toExpr())}}{${toLatex(Q.toExpr())}}`;
    const cLatex = numberToLatex(c, 'fraction');
    if (rules.length)
      steps.push({
        action: { type: 'log_combine', rules },
        latex: `${logLatex(base, combined)} = ${cLatex}`,
        state: { kind: 'none' },
      });
    if (base === 'e' && !c.isZero()) return natural(P, Q, c, v, steps, statement, domain);
    const power = base === 'e' ? Rational.ONE : base.pow(Number(c.num));
    if (base !== 'e' && !c.isInteger())
      throw new UnsupportedProblemError('not_supported', 'a power that is not rational');
    const powerLatex = `${base === 'e' ? 'e' : baseLatex(base)}^{${cLatex}}`;
    const rhs = Q.scale(power);
    equation = { left: P.toExpr(), relation: '=', right: rhs.toExpr() };
    steps.push({
      action: { type: 'log_to_exponential', base: baseLatex(base), exponent: cLatex },
      latex: `${combined} = ${powerLatex} \\;\\Rightarrow\\; ${statementToLatex(equation)}`,
      state: { kind: 'none' },
    });
  }
  const poly = argumentPoly(equation.left).sub(argumentPoly(equation.right));
  const degree = poly.degree(v);
  if (degree < 1) throw new UnsupportedProblemError('not_supported', 'the logarithms cancel out');
  if (degree > 4)
    throw new UnsupportedProblemError('degree_too_high', 'an equation above degree 4');
  const { solution, roots } = solveByDegree(equation, v, degree);
  steps.push(...solution.steps);
  const inDomain = (r: QuadraticRoot) => {
    const x = evaluateFloat(rootExpr(r));
    return domain.every((d) => evaluateFloat(d, { [v]: x }) > 1e-12);
  };
  const kept = roots.filter(inDomain);
  const rejected = roots.filter((r) => !inDomain(r));
  const shown = (r: QuadraticRoot) => toLatex(rootExpr(r));
  steps.push({
    action: {
      type: 'log_domain_check',
      candidates: roots.map(shown),
      kept: kept.map(shown),
      rejected: rejected.map(shown),
    },
    latex: roots.length
      ? `\\begin{array}{l} ${roots
          .map((r) => `${v} = ${shown(r)}: \\; ${inDomain(r) ? '\\checkmark' : '\\times'}`)
          .join(' \\\\ ')} \\end{array}`
      : '\\varnothing',
    state: { kind: 'none' },
  });
  return rootsSolution({ kind: KIND, problemLatex: statementToLatex(statement) }, steps, v, kept, {
    rejected,
  });
}

/** ln M = c with c ≠ 0: M = eᶜ, solved where M is linear and alone (ln(2x − 1) = 3). */
function natural(
  P: Polynomial,
  Q: Polynomial,
  c: Rational,
  v: string,
  steps: SolutionStep[],
  statement: Statement,
  domain: Expr[],
): Solution {
  if (!Q.constantValue()?.isOne() || P.degree(v) !== 1)
    throw new UnsupportedProblemError('not_supported', 'ln M = c beyond a linear M');
  const [m, k] = [P.coefficient(v, 0), P.coefficient(v, 1)];
  const e: Expr = { type: 'const', name: 'e' };
  const power = c.isOne() ? e : pow(e, num(c));
  steps.push({
    action: { type: 'log_to_exponential', base: 'e', exponent: numberToLatex(c, 'fraction') },
    latex: `${toLatex(P.toExpr())} = ${toLatex(power)}`,
    state: { kind: 'none' },
  });
  let x: Expr = m.isZero() ? power : m.sign() < 0 ? add(power, num(m.neg())) : sub(power, num(m));
  if (!k.isOne()) x = div(x, num(k));
  // M = eᶜ > 0, so the one argument's domain holds.
  if (domain.length !== 1) throw new UnsupportedProblemError('not_supported', 'several logarithms');
  steps.push({
    action: { type: 'solve_single', variable: v },
    latex: `${v} = ${toLatex(x)}`,
    state: { kind: 'none' },
  });
  return {
    kind: KIND,
    problemLatex: statementToLatex(statement),
    steps,
    outcome: 'roots',
    answer: { latex: `${v} = ${toLatex(x)}`, values: [{ variable: v, value: toPlain(x) }] },
  };
}
