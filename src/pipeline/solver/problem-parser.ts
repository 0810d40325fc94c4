import { Expr, Statement, variablesOf } from '../math/expr';
import {
  ParseError,
  UnknownWordError,
  mathWordParts,
  normalizeMathSymbols,
  parseExpression,
  parseStatement,
} from '../math/parser';
import { LIMITS, WorkLimitError, checkConstantSize } from '../math/limits';
import { plainFromLatex } from '../math/latex-input';
import { evaluateFloat, evaluateRational } from '../math/evaluate';
import { Rational } from '../math/rational';
import { NotPolynomial, Polynomial } from '../math/polynomial';
import { hasUnknownDenominator } from './rational-equation/fractions';
import { statementToLatex, toLatex } from '../math/print';
import { Problem, ProblemKind } from './solution';
import {
  TaskMismatchError,
  UnreadInstructionError,
  UnsupportedFunctionError,
  UnsupportedProblemError,
  MissingLimitPointError,
  UnsupportedTaskError,
  WordProblemError,
  WrittenResultError,
} from './errors';
import { Task, readInstructions, taskOf } from './instructions';
import { auditReading } from './fidelity';
import { hasBrackets } from './rewrite';
import { hasIrrationalRoot } from './radical-simplify/radical-simplify.solver';
import { LimitPoint, limitLatex } from './limit/limit.solver';
import { splitLimit } from './limit/limit-notation';
import { splitIntegral } from './integral/integral-notation';
import { integralLatex } from './integral/integral.solver';

export interface ParsedProblem {
  problem: Problem;
  kind: ProblemKind;
  /** What was asked (product.md: problem.task); kind stays the class that solved it. */
  task: Task;
  /** The problem as a student would read it, prompt included. */
  text: string;
  /** The prompt words ("解方程", "Solve for x"), or "" when there were none. */
  prompt: string;
  /** The math part alone, in LaTeX. */
  latex: string;
}

export class NoMathFoundError extends Error {}

/** Kept for the prompt readers of the recogniser: what a line of prose asks for, or 'none'. */
export type Intent = Task | 'none';

/** Common OCR and typing variants of prompt punctuation and spacing. */
function tidy(text: string): string {
  return (
    text
      .replace(/[：]/g, ':')
      .replace(/[；]/g, ';')
      .replace(/[，、]/g, ',')
      .replace(/[？]/g, '?')
      // Line breaks separate a system's equations (the line reader returns one line per row),
      // so they are kept; other runs of white space become one space.
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ ?\n[\s]*/g, '\n')
      .trim()
  );
}

/** What the prompt words ask for ("计算", "Simplify", "find the derivative"), or 'none'. */
export function promptIntent(prompt: string): Intent {
  return taskOf(prompt) ?? 'none';
}

/** f'(x) or y' written as what is asked for ("求 f'(x)"). */
const DERIVATIVE_REQUEST = /^(?:[a-z]'\s*\(\s*[a-z]\s*\)|y')$/;

/** Functions each class of problem can explain; any other is refused by name. */
const SOLVABLE_FUNCTIONS: Record<ProblemKind, readonly string[]> = {
  arithmetic: ['sqrt', 'log', 'lg'],
  derivative: ['sin', 'cos', 'tan', 'exp', 'ln', 'sqrt'],
  linear_equation: [],
  quadratic_equation: [],
  linear_system: [],
  linear_inequality: [],
  simplify: [],
  expand: [],
  factoring: [],
  polynomial_equation: [],
  quadratic_inequality: [],
  radical_equation: ['sqrt'],
  rational_equation: [],
  absolute_value: ['abs'],
  linear_system3: [],
  rational_inequality: [],
  integral: ['sin', 'cos', 'exp', 'sqrt'],
  exponential_equation: ['exp'],
  // log only with a base written (log₂): a bare log is 10 in one country and e in another.
  logarithmic_equation: ['log', 'lg', 'ln'],
  rational_expression: [],
  radical_simplify: ['sqrt', 'sin', 'cos', 'tan'],
  limit: ['sin'],
};

/**
 * Reads a typed (or recognised) problem faithfully: every part is mathematics that the
 * parsed problem represents, or an instruction word; anything else is refused by name.
 * `requested` is the task chosen outside the text (CLI --task, the API's task field), for
 * a photo that shows an expression but no instruction.
 */
export function parseProblemText(
  input: string,
  requested?: Task,
  fromPhoto = false,
): ParsedProblem {
  if (input.length > LIMITS.inputChars) throw new WorkLimitError('inputChars');
  const text = tidy(plainFromLatex(input));
  if (!text) throw new NoMathFoundError('empty problem');
  const words = readInstructions(text);
  const tasks = [...words.tasks];
  const parts = words.parts.filter((p) => {
    if (!DERIVATIVE_REQUEST.test(p)) return true;
    if (!tasks.includes('derivative')) tasks.push('derivative');
    return false;
  });
  if (parts.length === 0) throw new NoMathFoundError('no math in the text');
  if (parts.length > 1)
    throw new UnsupportedProblemError('not_supported', 'one problem at a time, please');
  const task = chooseTask(tasks, requested);
  let parsed: Omit<ParsedProblem, 'prompt'>;
  try {
    parsed = parseBody(text, parts[0], task, words.variable);
  } catch (e) {
    if (e instanceof UnknownWordError && looksLikeWordProblem(parts[0]))
      throw new WordProblemError(e.word);
    throw e;
  }
  // A photo's expression takes its task from words on the page (or the task field), never
  // by default: an unread prompt, or a misread sign (39.6 + 5.63 read as 39.6h), is no task.
  // Simplifying a root or a fraction is asked, not implied: "8√7200" is as likely a misread
  // long division (8)7200) as a request.
  const asked = ['simplify', 'expand', 'rational_expression', 'radical_simplify'];
  if (fromPhoto && !task && asked.includes(parsed.kind)) throw new UnreadInstructionError();
  refuseUnsolvableFunctions(parsed);
  return { ...parsed, prompt: words.prompt };
}

/** A story with numbers in it: several words or Chinese characters of prose, and a digit. */
function looksLikeWordProblem(part: string): boolean {
  if (!/\d/.test(part)) return false;
  const chinese = (part.match(/[\u3400-\u9fff]/g) ?? []).length;
  const words = (part.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !mathWordParts(w)).length;
  return chinese >= 6 || words >= 4;
}

function chooseTask(tasks: Task[], requested?: Task): Task | undefined {
  // "Evaluate the derivative", "计算…的导数": compute is the generic word, the other is the task.
  const specific = tasks.length > 1 ? tasks.filter((t) => t !== 'compute') : tasks;
  if (specific.length > 1)
    throw new UnsupportedProblemError(
      'not_supported',
      `one instruction at a time, please (${specific.join(', ')})`,
    );
  const written = specific[0];
  if (requested && written && requested !== written)
    throw new UnsupportedProblemError(
      'not_supported',
      `the problem asks to ${written}, but ${requested} was requested`,
    );
  return written ?? requested;
}

function refuseUnsolvableFunctions(parsed: Omit<ParsedProblem, 'prompt'>): void {
  const exprs: Expr[] =
    'statement' in parsed.problem
      ? [parsed.problem.statement.left, parsed.problem.statement.right]
      : 'statements' in parsed.problem
        ? parsed.problem.statements.flatMap((s) => [s.left, s.right])
        : [parsed.problem.expr];
  refuseFunctions(exprs, SOLVABLE_FUNCTIONS[parsed.kind], parsed.task);
}

function refuseFunctions(exprs: Expr[], allowed: readonly string[], task: Task): void {
  for (const fn of exprs.flatMap((e) => functionsOf(e))) {
    if (!allowed.includes(fn)) throw new UnsupportedFunctionError(fn, task);
  }
}

const TRIGONOMETRY = ['sin', 'cos', 'tan'];

function functionsOf(e: Expr): string[] {
  if (e.type === 'call') return [e.fn, ...functionsOf(e.arg)];
  if (e.type === 'bin') return [...functionsOf(e.left), ...functionsOf(e.right)];
  if (e.type === 'neg') return functionsOf(e.arg);
  return [];
}

/** Chinese or other non-math characters left after the instruction words: refused by name. */
function refuseProse(part: string): void {
  const prose = /[^\t-~²³¹⁰⁴-⁹⁻√π×÷−–—·∙⋅≤≥⩽⩾＋＝（）±°]+/u.exec(normalizeMathSymbols(part));
  if (prose) throw new UnknownWordError(prose[0]);
}

/** An x after a number or a closing bracket and before a number. */
const X_BETWEEN_NUMBERS = /(?<=[\d)]\s*)[xX](?=\s*\d)/g;

/**
 * "3 + 2 x 2", "(5 + 5) x 4": when every x stands before a number, after a number or a
 * bracket, and no other letter appears, x is the times sign (worksheets, hands and phone
 * keyboards write it so); as an unknown it would be "2·x·2", which nobody writes. (Before a
 * bracket it stays the unknown: "2x(3 + 1)" may well mean 8x.)
 */
function timesWrittenAsX(body: string): string {
  const letters = body.match(/[A-Za-z]/g) ?? [];
  const between = body.match(X_BETWEEN_NUMBERS) ?? [];
  if (!letters.length || letters.length !== between.length) return body;
  return body.replace(X_BETWEEN_NUMBERS, '×');
}

function parseBody(
  text: string,
  rawBody: string,
  task: Task | undefined,
  preferred: string | undefined,
): Omit<ParsedProblem, 'prompt'> {
  if (task === 'integral' || rawBody.includes('∫')) {
    if (task && task !== 'integral') throw new UnsupportedTaskError(task);
    return integralProblem(text, rawBody);
  }
  rawBody = timesWrittenAsX(rawBody);
  let body = rawBody
    .replace(/\s*=\s*\?*\s*$/, (m) =>
      /[a-z]/i.test(rawBody.replace(m, '')) && !/[=<>]/.test(rawBody.replace(m, '')) ? m : '',
    )
    .replace(/[.。]$/, '')
    .trim();
  // Math has digits or operators; "hello world" is not a problem about h·e·l·l·o.
  if (!/\d|[+\-*/^=<>×÷≤≥²³√|]/.test(normalizeMathSymbols(body)))
    throw new NoMathFoundError('no math in the text');

  if (task === 'limit' || /^lim(?![a-z])/i.test(body)) {
    if (task && task !== 'limit') throw new UnsupportedTaskError(task);
    return limitProblem(text, body);
  }
  if (task === 'derivative' || /[a-z]'\s*\(|d\/d[a-z]|y'/.test(body))
    return derivativeProblem(text, body);

  const parts = body.split(/\s*(?:;|,|\band\b|和|且|\n)\s*/).filter(Boolean);
  parts.forEach(refuseProse);
  const relationCount = (s: string) => (normalizeMathSymbols(s).match(/<=|>=|=|<|>/g) ?? []).length;
  if ((parts.length === 2 || parts.length === 3) && parts.every((p) => relationCount(p) === 1)) {
    if (task && task !== 'solve') throw new TaskMismatchError(task, 'equation');
    return systemProblem(text, parts);
  }
  body = parts.join(' ');

  const worked = workedComputation(body);
  if (worked) return expressionProblem(text, worked, task);
  if (relationCount(body) === 0) return expressionProblem(text, body, task);
  if (task && task !== 'solve') throw new TaskMismatchError(task, 'equation');
  if (relationCount(body) > 1)
    throw new UnsupportedProblemError('not_supported', 'chained relations');
  const statement = parseOrThrow(() => parseStatement(body), body);
  // One square root in an equation is a radical equation (无理方程); any other function is
  // refused by name before classification, which would only see "not a polynomial".
  const roots = [statement.left, statement.right].flatMap((e) => functionsOf(e));
  if (statement.relation === '=' && roots.length === 1 && roots[0] === 'sqrt')
    return functionProblem('radical_equation', text, statement, preferred);
  if (roots.length > 0 && roots.every((f) => f === 'abs'))
    return functionProblem('absolute_value', text, statement, preferred);
  const expLog = expLogKind(statement, roots);
  if (expLog) return functionProblem(expLog, text, statement, preferred);
  refuseFunctions([statement.left, statement.right], [], 'solve');
  return statementProblem(text, statement, preferred);
}

/** A unit in brackets at the end of a line: length, area, volume, mass, capacity, time. */
const RESULT_UNIT =
  /\s*\(\s*(?:mm|cm|dm|km|m|g|kg|t|ml|mL|l|L|s|min|h)(?:\s*(?:\^\s*)?[23²³])?\s*\)\s*$/;

/**
 * A computation written down with its result, as a student's line of working is ("1/3 × 1/4
 * = 1/12", "75 ÷ (75 + 25) = 75 ÷ 100 = 75%"): numbers on every side of one or more "=",
 * all coming to one value. The first side is the problem (its result, checked, is what was
 * written). Sides that differ are refused: a misread, or a result to leave off when typing.
 */
function workedComputation(body: string): string | null {
  if (/[<>≤≥≠]/.test(normalizeMathSymbols(body))) return null;
  // A result is often followed by its unit in brackets ("30 − 3 = 27 (cm)", "3.14 × 40 =
  // 125.6 (cm²)"): it names what was counted and takes no part in the check.
  const sides = body
    .replace(RESULT_UNIT, '')
    .split('=')
    .map((side) => side.trim());
  if (sides.length < 2 || sides.some((side) => !side)) return null;
  const values: Rational[] = [];
  for (const side of sides) {
    let expr: Expr;
    try {
      expr = parseExpression(side);
      if (variablesOf(expr).size > 0) return null;
      values.push(evaluateRational(expr));
    } catch {
      return null;
    }
  }
  const differing = sides.findIndex((_, i) => !values[i].equals(values[0]));
  if (differing > 0) throw new WrittenResultError(sides[0], values[0].toString(), sides[differing]);
  return sides[0];
}

/** Parses and audits the reading against the text it came from (see fidelity.ts). */
function parseOrThrow<T extends Expr | Statement>(f: () => T, source: string): T {
  let reading: T;
  try {
    reading = f();
  } catch (e) {
    if (e instanceof ParseError && !(e instanceof UnknownWordError))
      throw new NoMathFoundError(e.message);
    throw e;
  }
  auditReading(source, reading);
  const sides: Expr[] = 'relation' in reading ? [reading.left, reading.right] : [reading as Expr];
  sides.forEach(checkConstants);
  return reading;
}

/** Refuses a constant part too large to explain, even where no solver would evaluate it. */
function checkConstants(e: Expr): void {
  if (variablesOf(e).size === 0) {
    const bits = log2Magnitude(e);
    if (Number.isFinite(bits) || bits === Infinity) checkConstantSize(2 ** Math.min(bits, 1024));
    return;
  }
  if (e.type === 'bin') {
    checkConstants(e.left);
    checkConstants(e.right);
  } else if (e.type === 'neg' || e.type === 'call') checkConstants(e.arg);
}

/**
 * An upper estimate of log₂|value| of a constant expression, without computing it
 * (((9^16)^13)^27 is 2^(…)); NaN where it does not apply (division by zero, functions):
 * those are the solver's to refuse, with their own message.
 */
function log2Magnitude(e: Expr): number {
  switch (e.type) {
    case 'num':
      return e.value.isZero() ? -Infinity : Math.log2(Math.abs(e.value.toNumber()));
    case 'neg':
      return log2Magnitude(e.arg);
    case 'bin': {
      const [l, r] = [log2Magnitude(e.left), log2Magnitude(e.right)];
      if (e.op === '+' || e.op === '-') return Math.max(l, r) + 1;
      if (e.op === '*') return l + r;
      if (e.op === '/') return r === -Infinity ? NaN : l - r;
      const exponent = evaluateFloat(e.right);
      return l === -Infinity ? -Infinity : exponent * l;
    }
    default:
      return NaN;
  }
}

/** lim_{x→a} f, lim x→∞ f, "f as x approaches a": one variable, a rational point or ±∞. */
function limitProblem(text: string, body: string): Omit<ParsedProblem, 'prompt'> {
  const written = splitLimit(body.replace(/[.。]$/, ''));
  if (!written) throw new MissingLimitPointError();
  refuseProse(written.expression);
  const expr = parseOrThrow(() => parseExpression(written.expression), written.expression);
  const letters = [...variablesOf(expr)];
  if (letters.some((x) => x !== written.variable))
    throw new UnsupportedProblemError('not_supported', 'a limit in one variable');
  let point: LimitPoint;
  if (written.point === 'inf' || written.point === '-inf') point = written.point;
  else {
    const p = parseOrThrow(() => parseExpression(written.point), written.point);
    if (p.type !== 'num')
      throw new UnsupportedProblemError('not_supported', 'a limit point that is a number');
    point = p.value;
  }
  return {
    problem: { kind: 'limit', expr, variable: written.variable, point },
    kind: 'limit',
    task: 'limit',
    text,
    latex: limitLatex(expr, written.variable, point),
  };
}

/** ∫ f dx, ∫_a^b f dx, or f with the task "integral": one variable, rational limits. */
function integralProblem(text: string, body: string): Omit<ParsedProblem, 'prompt'> {
  const written = splitIntegral(body.replace(/[.。]$/, ''));
  if (!written.integrand) throw new NoMathFoundError('an integral sign with nothing to integrate');
  refuseProse(written.integrand);
  const expr = parseOrThrow(() => parseExpression(written.integrand), written.integrand);
  const letters = [...variablesOf(expr)];
  const v = written.variable ?? (letters.length === 1 ? letters[0] : 'x');
  if (letters.some((x) => x !== v))
    throw new UnsupportedProblemError('not_supported', 'integrals in one variable only');
  const limit = (s: string) => {
    refuseProse(s);
    const e = parseOrThrow(() => parseExpression(s), s);
    if (variablesOf(e).size)
      throw new UnsupportedProblemError('not_supported', 'limits of integration that are numbers');
    return e;
  };
  const bounds =
    written.lower !== undefined && written.upper !== undefined
      ? { lower: limit(written.lower), upper: limit(written.upper) }
      : undefined;
  return {
    problem: { kind: 'integral', expr, variable: v, ...(bounds ? { bounds } : {}) },
    kind: 'integral',
    task: 'integral',
    text,
    latex: integralLatex(expr, v, bounds),
  };
}

function derivativeProblem(text: string, body: string): Omit<ParsedProblem, 'prompt'> {
  const m = /^(?:([a-zA-Z])\s*\(\s*([a-z])\s*\)|y)\s*=\s*(.+)$/.exec(body);
  const functionName = m?.[1] ?? (m ? 'y' : 'f');
  const exprText = m ? m[3] : body.replace(/^d\/d[a-z]\s*/, '');
  refuseProse(exprText);
  const expr = parseOrThrow(() => parseExpression(exprText), exprText);
  const vars = [...variablesOf(expr)];
  const v = m?.[2] ?? (vars.length === 1 ? vars[0] : undefined);
  if (!v) throw new UnsupportedProblemError('not_supported', 'no variable to differentiate by');
  if (vars.some((x) => x !== v))
    throw new UnsupportedProblemError(
      'not_supported',
      'derivatives of functions of one variable only',
    );
  return {
    problem: { kind: 'derivative', expr, variable: v, functionName },
    kind: 'derivative',
    task: 'derivative',
    text,
    latex: `${functionName === 'y' ? 'y' : `${functionName}(${v})`} = ${toLatex(expr)}`,
  };
}

/** Two equations in two unknowns, or three in three. */
function systemProblem(text: string, parts: string[]): Omit<ParsedProblem, 'prompt'> {
  const statements = parts.map((p) => parseOrThrow(() => parseStatement(p), p));
  refuseFunctions(
    statements.flatMap((s) => [s.left, s.right]),
    [],
    'solve',
  );
  if (statements.some((s) => s.relation !== '='))
    throw new UnsupportedProblemError('not_supported', 'systems of inequalities');
  const vars = unknownsOf(statements).sort();
  if (vars.length !== statements.length)
    throw new UnsupportedProblemError(
      'not_supported',
      statements.length === 2
        ? 'a system needs exactly two unknowns'
        : 'three equations need exactly three unknowns',
    );
  const latex = `\\begin{cases} ${statements.map(statementToLatex).join(' \\\\ ')} \\end{cases}`;
  if (statements.length === 2)
    return {
      problem: {
        kind: 'linear_system',
        statements: [statements[0], statements[1]],
        variables: [vars[0], vars[1]],
      },
      kind: 'linear_system',
      task: 'solve',
      text,
      latex,
    };
  return {
    problem: { kind: 'linear_system3', statements, variables: vars },
    kind: 'linear_system3',
    task: 'solve',
    text,
    latex,
  };
}

function expressionProblem(
  text: string,
  body: string,
  task: Task | undefined,
): Omit<ParsedProblem, 'prompt'> {
  const expr: Expr = parseOrThrow(() => parseExpression(body), body);
  const vars = variablesOf(expr);
  const latex = toLatex(expr);
  if (task === 'solve') throw new TaskMismatchError(task, 'expression');
  if (vars.size === 0) {
    // "Simplify -7 + 5": simplifying numbers is calculating them; the task stays as asked.
    if (task === 'factor') throw new TaskMismatchError(task, 'number');
    if (task && task !== 'compute' && task !== 'simplify' && task !== 'expand')
      throw new UnsupportedTaskError(task);
    // √8 + √18, sin 45°: roots that do not come out are simplified, not refused as irrational.
    const kind =
      hasIrrationalRoot(expr) || functionsOf(expr).some((f) => TRIGONOMETRY.includes(f))
        ? 'radical_simplify'
        : 'arithmetic';
    return {
      problem: { kind, expr },
      kind,
      task: task ?? (kind === 'arithmetic' ? 'compute' : 'simplify'),
      text,
      latex,
    };
  }
  if (task === 'compute')
    throw new UnsupportedProblemError('not_supported', 'a calculation cannot contain letters');
  if (task === 'factor')
    return { problem: { kind: 'factoring', expr }, kind: 'factoring', task, text, latex };
  if (task && task !== 'simplify' && task !== 'expand') throw new UnsupportedTaskError(task);
  // A letter in a denominator: a rational expression (分式), simplified by cancelling.
  const letters = [...vars];
  if (
    task !== 'expand' &&
    letters.length === 1 &&
    hasUnknownDenominator({ left: expr, relation: '=', right: expr }, letters[0])
  )
    return {
      problem: { kind: 'rational_expression', expr, variable: letters[0] },
      kind: 'rational_expression',
      task: 'simplify',
      text,
      latex,
    };
  const kind = task ?? (hasBrackets(expr) ? 'expand' : 'simplify');
  return { problem: { kind, expr }, kind, task: kind, text, latex };
}

/** The letters of the statements, in order of first appearance (left side first). */
function unknownsOf(statements: Statement[]): string[] {
  const found = new Set<string>();
  for (const s of statements) {
    variablesOf(s.left, found);
    variablesOf(s.right, found);
  }
  return [...found];
}

type SolvedKind = Extract<Problem, { statement: Statement }>['kind'];

/** A problem that asks to solve one statement for one unknown. */
function solving(
  kind: SolvedKind,
  text: string,
  statement: Statement,
  variable: string,
): Omit<ParsedProblem, 'prompt'> {
  return {
    problem: { kind, statement, variable },
    kind,
    task: 'solve',
    text,
    latex: statementToLatex(statement),
  };
}

/**
 * An equation with the unknown in an exponent (2^(x+1) = 8) or inside logarithms written
 * with their base (log₂ x, lg, ln); a bare log, whose base depends on the country, is not.
 */
function expLogKind(
  statement: Statement,
  functions: string[],
): 'exponential_equation' | 'logarithmic_equation' | null {
  if (statement.relation !== '=') return null;
  const sides = [statement.left, statement.right];
  const logs = (e: Expr): boolean =>
    e.type === 'call'
      ? (e.fn === 'lg' || e.fn === 'ln' || !!e.base) && !(e.fn === 'log' && !e.base)
      : false;
  const allLogs = (e: Expr): boolean =>
    e.type === 'call'
      ? logs(e) && allLogs(e.arg)
      : e.type === 'bin'
        ? allLogs(e.left) && allLogs(e.right)
        : e.type === 'neg'
          ? allLogs(e.arg)
          : true;
  if (functions.length > 0 && sides.every(allLogs)) return 'logarithmic_equation';
  const inExponent = (e: Expr): boolean =>
    e.type === 'bin'
      ? (e.op === '^' && variablesOf(e.right).size > 0) || inExponent(e.left) || inExponent(e.right)
      : e.type === 'neg' || e.type === 'call'
        ? inExponent(e.arg)
        : false;
  if (functions.every((f) => f === 'exp') && sides.some(inExponent)) return 'exponential_equation';
  return null;
}

/** A statement whose function names its class (√: radical, |…|: absolute value). */
function functionProblem(
  kind: 'radical_equation' | 'absolute_value' | 'exponential_equation' | 'logarithmic_equation',
  text: string,
  statement: Statement,
  preferred?: string,
): Omit<ParsedProblem, 'prompt'> {
  const vars = unknownsOf([statement]);
  if (vars.length !== 1)
    throw new UnsupportedProblemError(
      'not_supported',
      {
        radical_equation: 'a radical equation in one unknown only',
        absolute_value: 'an absolute value problem in one unknown only',
        exponential_equation: 'an exponential equation in one unknown only',
        logarithmic_equation: 'a logarithmic equation in one unknown only',
      }[kind],
    );
  return solving(kind, text, statement, preferred ?? vars[0]);
}

function statementProblem(
  text: string,
  statement: Statement,
  preferred?: string,
): Omit<ParsedProblem, 'prompt'> {
  const vars = unknownsOf([statement]);
  if (vars.length === 0) throw new UnsupportedProblemError('not_supported', 'nothing to solve for');
  if (vars.length > 1)
    throw new UnsupportedProblemError('not_supported', 'one equation with several unknowns');
  const v = preferred && vars.includes(preferred) ? preferred : vars[0];
  let degree: number;
  try {
    degree = Polynomial.fromExpr(statement.left)
      .sub(Polynomial.fromExpr(statement.right))
      .degree(v);
  } catch (e) {
    if (e instanceof NotPolynomial && hasUnknownDenominator(statement, v)) {
      // The unknown in a denominator: a fractional equation or inequality.
      const kind = statement.relation === '=' ? 'rational_equation' : 'rational_inequality';
      return solving(kind, text, statement, v);
    }
    if (e instanceof NotPolynomial)
      throw new UnsupportedProblemError(
        'not_polynomial',
        'only polynomial equations are supported',
      );
    throw e;
  }
  if (statement.relation !== '=') {
    if (degree === 2) return solving('quadratic_inequality', text, statement, v);
    if (degree > 2)
      throw new UnsupportedProblemError('degree_too_high', 'inequalities of degree 3 or more');
    return solving('linear_inequality', text, statement, v);
  }
  if (degree === 2) return solving('quadratic_equation', text, statement, v);
  if (degree > 4)
    throw new UnsupportedProblemError('degree_too_high', 'equations of degree 5 or more');
  if (degree > 2) return solving('polynomial_equation', text, statement, v);
  return solving('linear_equation', text, statement, v);
}
