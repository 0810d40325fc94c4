import { ParsedProblem, parseProblemText } from '../solver/problem-parser';
import { Solution } from '../solver/solution';
import { mulberry32 } from '../math/seeded-random';
import { Statement } from '../math/expr';
import { Polynomial } from '../math/polynomial';
import { solveAndCheck } from '../solver/solve';

/**
 * A practice problem for the end of the video: the same problem with new numbers, solved
 * and checked by our own solver. The numbers of the original text are nudged (never an
 * exponent, a subscript or a decimal, so the class stays the same) by a generator seeded
 * from the problem, so a problem always gets the same practice. A candidate is kept only
 * when it is written the same way but for its numbers, is solved the same way (the same
 * kinds of steps in the same order), checks, has an answer no harder to write than the
 * original's, and differs from it.
 */
const ATTEMPTS = 30;
/**
 * Wall-clock budget for the search: the script is built inside the solve's own time limit
 * (SOLVE_TIMEOUT_MS), and a practice problem is never worth failing the job for.
 */
const BUDGET_MS = 250;

export interface Practice {
  parsed: ParsedProblem;
  solution: Solution;
}

export function practiceFor(parsed: ParsedProblem, solution: Solution): Practice | null {
  const numbers = [...parsed.text.matchAll(NUMBER)];
  if (numbers.length === 0) return null;
  const random = mulberry32(hash(parsed.text));
  const method = methodOf(solution);
  const seen = new Set([parsed.latex]);
  const deadline = Date.now() + BUDGET_MS;
  for (let attempt = 0; attempt < ATTEMPTS && Date.now() < deadline; attempt += 1) {
    // Random numbers rarely give a system whole-number answers: a system is built from one.
    const text =
      parsed.problem.kind === 'linear_system' || parsed.problem.kind === 'linear_system3'
        ? systemWithWholeAnswer(
            parsed.problem.statements,
            parsed.problem.variables,
            parsed.prompt,
            random,
          )
        : nudgeNumbers(parsed.text, random);
    let candidate: Practice;
    try {
      const next = parseProblemText(text, parsed.task);
      if (seen.has(next.latex)) continue;
      seen.add(next.latex);
      candidate = { parsed: next, solution: solveAndCheck(next.problem) };
    } catch {
      continue; // not a problem we solve: try other numbers
    }
    const s = candidate.solution;
    if (
      s.check &&
      s.kind === solution.kind &&
      s.outcome === solution.outcome &&
      (s.kind === 'linear_system' ||
        s.kind === 'linear_system3' ||
        (methodOf(s) === method &&
          shapeOf(candidate.parsed) === shapeOf(parsed) &&
          keepsDistinctNumbers(parsed, candidate.parsed))) &&
      answerEffort(s) <= answerEffort(solution) + 1 &&
      // "No solution" reads the same for every such problem; any other answer must differ.
      (s.answer.latex !== solution.answer.latex || s.answer.values.length === 0)
    )
      return candidate;
  }
  return null;
}

/** A whole number standing alone: not an exponent, subscript, decimal part or in a name. */
const NUMBER = /(?<![\^_.\d\p{L}])\d+(?![.\d])/gu;

function nudgeNumbers(text: string, random: () => number): string {
  let changed = false;
  const out = text.replace(NUMBER, (digits: string, offset: number, whole: string) => {
    const n = Number(digits);
    // A 0 stays (it shapes the problem: "= 0"), and so do large numbers.
    if (n === 0 || n > 1000) return digits;
    if (random() < 0.3) return digits;
    // A coefficient (3x, 2(x − 1), 2√x) never becomes 1: "1x" is not how anyone writes x.
    // Nor does a factor or a divisor (952 ÷ 4 ÷ 2 practised as 952 ÷ 4 ÷ 1): a step that
    // does nothing teaches nothing.
    const after = whole.slice(offset + digits.length);
    const before = whole.slice(0, offset);
    const factor = /[×*÷/]\s*$/.test(before) || /^\s*[×*÷]/.test(after);
    const least = /^[\p{L}(√]/u.test(after) || factor ? 2 : 1;
    let next = n;
    while (next === n || next < least) next = n + Math.floor(random() * 9) - 4;
    changed = true;
    return String(next);
  });
  return changed ? out : text.replace(NUMBER, (d) => String(Number(d) + 1));
}

/**
 * Two equations a·x + b·y = c with nudged coefficients and the constants worked out from a
 * whole-number solution near the original's.
 */
function systemWithWholeAnswer(
  statements: Statement[],
  vars: string[],
  prompt: string,
  random: () => number,
): string {
  const small = () => Math.floor(random() * 9) - 4;
  const solution = vars.map(() => small());
  const equations = statements.map((st) => {
    const p = Polynomial.fromExpr(st.left).sub(Polynomial.fromExpr(st.right));
    const coefficients = vars.map((v) => {
      const k = p.coefficient(v, 1);
      // A missing unknown stays missing, so the system keeps its shape.
      if (k.isZero()) return 0;
      // Coefficients move a little (±2), so the practice is no harder than the problem.
      const n = Number(k.num / k.den) + Math.floor(random() * 5) - 2;
      return n === 0 ? 1 : n;
    });
    const left = coefficients
      .map((k, i) => ({ k, v: vars[i] }))
      .filter(({ k }) => k !== 0)
      .map(
        ({ k, v }, i) =>
          `${k < 0 ? (i ? ' - ' : '-') : i ? ' + ' : ''}${Math.abs(k) === 1 ? '' : Math.abs(k)}${v}`,
      )
      .join('');
    return `${left} = ${coefficients.reduce((acc, k, i) => acc + k * solution[i], 0)}`;
  });
  return `${prompt ? `${prompt}: ` : ''}${equations.join(', ')}`;
}

/** The problem as written with every number blanked: 2/2 read as 1 changes the shape. */
function shapeOf(p: ParsedProblem): string {
  return p.latex.replace(/\d+/g, '#');
}

/**
 * Numbers (a fraction counts as one) that differ in the original differ in the practice
 * too, so nothing cancels that did not before (4/5 + 1/2 − 4/5 for 1/2 + 1/3 − 1/4).
 * Exponents are not counted.
 */
function keepsDistinctNumbers(original: ParsedProblem, candidate: ParsedProblem): boolean {
  const numbers = (p: ParsedProblem) =>
    p.latex.replace(/\^\{?\d+\}?/g, '^').match(/\\frac\{\d+\}\{\d+\}|\d+/g) ?? [];
  const [a, b] = [numbers(original), numbers(candidate)];
  return a.every((n, i) => a.every((m, j) => j <= i || n === m || b[i] !== b[j]));
}

/** The kinds of steps taken, in order: the method a student would follow. */
function methodOf(s: Solution): string {
  return s.steps
    .map((step) =>
      step.action.type === 'factoring' ? `factoring:${step.action.move.kind}` : step.action.type,
    )
    .join(',');
}

/** How hard the answer is to write: fractions, roots, decimals and length. */
function answerEffort(s: Solution): number {
  const l = s.answer.latex;
  const count = (re: RegExp) => (l.match(re) ?? []).length;
  return count(/\\frac/g) * 20 + count(/\\sqrt/g) * 30 + count(/\./g) * 10 + l.length / 4;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
