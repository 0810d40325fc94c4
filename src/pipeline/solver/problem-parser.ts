import { Expr, Statement, variablesOf } from '../math/expr';
import { ParseError, normalizeMathSymbols, parseExpression, parseStatement } from '../math/parser';
import { NotPolynomial, Polynomial } from '../math/polynomial';
import { statementToLatex, toLatex } from '../math/print';
import { Problem, ProblemKind } from './solution';
import { UnsupportedProblemError } from './errors';
import { hasBrackets } from './rewrite';

export interface ParsedProblem {
  problem: Problem;
  kind: ProblemKind;
  /** The problem as a student would read it, prompt included. */
  text: string;
  /** The prompt words ("解方程", "Solve for x"), or "" when there were none. */
  prompt: string;
  /** The math part alone, in LaTeX. */
  latex: string;
}

export class NoMathFoundError extends Error {}

export type Intent = 'solve' | 'compute' | 'simplify' | 'expand' | 'derivative' | 'none';

const INTENTS: [Intent, RegExp][] = [
  ['derivative', /求导|导数|微分|derivative|differentiate|d\/dx/i],
  ['expand', /展开|去括号|expand|multiply out/i],
  ['simplify', /化简|合并同类项|simplify/i],
  ['solve', /解方程组|解不等式|解方程|解|求解|solve|find\s+[a-z]\b/i],
  ['compute', /计算|求值|算一算|compute|calculate|evaluate|work out/i],
];

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

/** Splits "Solve for x: 3x + 1 = 7" into the prompt and the math. */
function splitPrompt(text: string): { prompt: string; body: string } {
  const colon = text.indexOf(':');
  if (colon >= 0 && !/[=<>≤≥]/.test(text.slice(0, colon))) {
    return { prompt: text.slice(0, colon).trim(), body: text.slice(colon + 1).trim() };
  }
  // No colon: leading words up to the first character that starts math.
  const m =
    /^((?:[\u4e00-\u9fff]+|[A-Za-z]{3,}(?:\s+(?:[A-Za-z]{3,}|of|to))*(?:\s+(?:for|of)\s+[a-z](?!\s*\())?)\s*)(?=[-(\d a-z√])/i.exec(
      text,
    );
  if (m && INTENTS.some(([, re]) => re.test(m[1])))
    return { prompt: m[1].trim(), body: text.slice(m[1].length).trim() };
  return { prompt: '', body: text };
}

/** "f(x) = x² sin x, find the derivative": a prose clause after the math is a prompt too. */
function splitTrailingPrompt({ prompt, body }: { prompt: string; body: string }): {
  prompt: string;
  body: string;
} {
  const m = /^(.*?)(?:[,;.]|\s)\s*([^=<>\d()^+\-*/]+)$/i.exec(body);
  if (m && m[1] && INTENTS.some(([, re]) => re.test(m[2])))
    return { prompt: `${prompt} ${m[2]}`.trim(), body: m[1].trim() };
  return { prompt, body };
}

/** What the prompt words ask for ("计算", "Simplify", "find the derivative"), or 'none'. */
export function promptIntent(prompt: string): Intent {
  return INTENTS.find(([, re]) => re.test(prompt))?.[0] ?? 'none';
}

/** Whether the text uses the words of one particular request (used on raw OCR text). */
export function mentionsIntent(text: string, intent: Intent): boolean {
  return INTENTS.some(([i, re]) => i === intent && re.test(text));
}

function intentOf(prompt: string, body: string): Intent {
  const fromPrompt = promptIntent(prompt);
  if (fromPrompt !== 'none') return fromPrompt;
  if (/f'\s*\(|d\/dx|y'/.test(body)) return 'derivative';
  return 'none';
}

/** "for x" / "求 x" in the prompt picks the unknown when several letters appear. */
function preferredVariable(prompt: string): string | undefined {
  return /(?:for|求)\s*([a-z])\b/i.exec(prompt)?.[1];
}

export function parseProblemText(input: string): ParsedProblem {
  const text = tidy(input);
  if (!text) throw new NoMathFoundError('empty problem');
  const { prompt, body: rawBody } = splitTrailingPrompt(splitPrompt(text));
  return { ...parseBody(text, prompt, rawBody), prompt };
}

function parseBody(text: string, prompt: string, rawBody: string): Omit<ParsedProblem, 'prompt'> {
  const intent = intentOf(prompt, rawBody);
  let body = rawBody
    .replace(/\s*=\s*\?*\s*$/, (m) =>
      /[a-z]/i.test(rawBody.replace(m, '')) && !/[=<>]/.test(rawBody.replace(m, '')) ? m : '',
    )
    .replace(/[.。]$/, '')
    .trim();
  // Math has digits or operators; "hello world" is not a problem about h·e·l·l·o.
  if (!/\d|[+\-*/^=<>×÷≤≥²³√]/.test(normalizeMathSymbols(body)))
    throw new NoMathFoundError('no math in the text');

  if (intent === 'derivative') return derivativeProblem(text, body);

  const parts = body.split(/\s*(?:;|,|\band\b|和|且|\n)\s*/).filter(Boolean);
  const relationCount = (s: string) => (normalizeMathSymbols(s).match(/<=|>=|=|<|>/g) ?? []).length;
  if (parts.length === 2 && parts.every((p) => relationCount(p) === 1))
    return systemProblem(text, parts);
  body = parts.join(' ');

  if (relationCount(body) === 0) return expressionProblem(text, body, intent);
  if (relationCount(body) > 1)
    throw new UnsupportedProblemError('not_supported', 'chained relations');
  const statement = parseOrThrow(() => parseStatement(body));
  return statementProblem(text, statement, preferredVariable(prompt));
}

function parseOrThrow<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ParseError) throw new NoMathFoundError(e.message);
    throw e;
  }
}

function derivativeProblem(text: string, body: string): Omit<ParsedProblem, 'prompt'> {
  const m = /^(?:([a-zA-Z])\s*\(\s*([a-z])\s*\)|y)\s*=\s*(.+)$/.exec(body);
  const functionName = m?.[1] ?? (m ? 'y' : 'f');
  const exprText = m ? m[3] : body.replace(/^d\/d[a-z]\s*/, '');
  const expr = parseOrThrow(() => parseExpression(exprText));
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
    text,
    latex: `${functionName === 'y' ? 'y' : `${functionName}(${v})`} = ${toLatex(expr)}`,
  };
}

function systemProblem(text: string, parts: string[]): Omit<ParsedProblem, 'prompt'> {
  const statements = parts.map((p) => parseOrThrow(() => parseStatement(p))) as [
    Statement,
    Statement,
  ];
  if (statements.some((s) => s.relation !== '='))
    throw new UnsupportedProblemError('not_supported', 'systems of inequalities');
  const vars = [
    ...new Set(statements.flatMap((s) => [...variablesOf(s.left), ...variablesOf(s.right)])),
  ].sort();
  if (vars.length !== 2)
    throw new UnsupportedProblemError('not_supported', 'a system needs exactly two unknowns');
  return {
    problem: { kind: 'linear_system', statements, variables: [vars[0], vars[1]] },
    kind: 'linear_system',
    text,
    latex: `\\begin{cases} ${statements.map(statementToLatex).join(' \\\\ ')} \\end{cases}`,
  };
}

function expressionProblem(
  text: string,
  body: string,
  intent: Intent,
): Omit<ParsedProblem, 'prompt'> {
  const expr: Expr = parseOrThrow(() => parseExpression(body));
  const vars = variablesOf(expr);
  let kind: ProblemKind;
  if (vars.size === 0) kind = 'arithmetic';
  else if (intent === 'compute')
    throw new UnsupportedProblemError('not_supported', 'a calculation cannot contain letters');
  else if (intent === 'expand' || intent === 'simplify') kind = intent;
  else kind = hasBrackets(expr) ? 'expand' : 'simplify';
  if (kind === 'arithmetic') return { problem: { kind, expr }, kind, text, latex: toLatex(expr) };
  return {
    problem: { kind: kind as 'simplify' | 'expand', expr },
    kind,
    text,
    latex: toLatex(expr),
  };
}

function statementProblem(
  text: string,
  statement: Statement,
  preferred?: string,
): Omit<ParsedProblem, 'prompt'> {
  const vars = [...new Set([...variablesOf(statement.left), ...variablesOf(statement.right)])];
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
    if (e instanceof NotPolynomial)
      throw new UnsupportedProblemError(
        'not_polynomial',
        'only polynomial equations are supported',
      );
    throw e;
  }
  const latex = statementToLatex(statement);
  if (statement.relation !== '=') {
    if (degree > 1)
      throw new UnsupportedProblemError('degree_too_high', 'only linear inequalities');
    return {
      problem: { kind: 'linear_inequality', statement, variable: v },
      kind: 'linear_inequality',
      text,
      latex,
    };
  }
  if (degree === 2)
    return {
      problem: { kind: 'quadratic_equation', statement, variable: v },
      kind: 'quadratic_equation',
      text,
      latex,
    };
  if (degree > 2)
    throw new UnsupportedProblemError('degree_too_high', 'equations of degree 3 or more');
  return {
    problem: { kind: 'linear_equation', statement, variable: v },
    kind: 'linear_equation',
    text,
    latex,
  };
}
