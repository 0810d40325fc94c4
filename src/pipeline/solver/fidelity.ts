import { Expr, FUNCTION_NAMES, Statement } from '../math/expr';
import { evaluateFloat } from '../math/evaluate';
import { mathWordParts, normalizeMathSymbols, parseExpression } from '../math/parser';
import { toPlain } from '../math/print';

/**
 * The reading is audited before anything is solved: what the text says (numbers, operators,
 * functions, letters, relations) is counted by a scanner that shares nothing with the parser
 * but the symbol table, and compared with what the parsed problem holds. A parser that drops
 * a function, a term or a digit is caught here, so a misreading is refused instead of being
 * solved and "checked" against itself.
 */
export class ReadingMismatchError extends Error {
  constructor(readonly difference: string) {
    super(`the reading differs from the input: ${difference}`);
  }
}

interface Inventory {
  numbers: string[];
  functions: string[];
  letters: string[];
  relations: string[];
  operators: string[];
}

const empty = (): Inventory => ({
  numbers: [],
  functions: [],
  letters: [],
  relations: [],
  operators: [],
});

/** What the text itself contains, counted without the parser. */
function inventoryOfText(text: string): Inventory {
  const s = normalizeMathSymbols(text);
  const inv = empty();
  inv.numbers = s.match(/\d+(?:\.\d+)?|\.\d+/g) ?? [];
  for (const word of s.match(/[A-Za-z]+/g) ?? []) {
    for (const part of mathWordParts(word) ?? [word]) {
      if ((FUNCTION_NAMES as readonly string[]).includes(part)) inv.functions.push(part);
      else inv.letters.push(part);
    }
  }
  const bars = (s.match(/\|/g) ?? []).length;
  for (let i = 0; i < bars / 2; i += 1) inv.functions.push('abs');
  inv.relations = s.match(/<=|>=|=|<|>/g) ?? [];
  inv.operators = (s.match(/[-+/÷^%°]/g) ?? []).map((c) => (c === '÷' ? '/' : c));
  return inv;
}

/** What the parsed problem contains. */
function inventoryOfReading(reading: Expr | Statement): Inventory {
  const inv = empty();
  const walk = (e: Expr): void => {
    switch (e.type) {
      case 'num': {
        const literal = e.text ?? e.value.abs().toString();
        inv.numbers.push(...literal.split(/[\s/%°]+/).filter(Boolean));
        if (literal.includes('/')) inv.operators.push('/');
        if (e.style === 'percent') inv.operators.push('%');
        if (e.style === 'degree') inv.operators.push('°');
        if (e.value.sign() < 0) inv.operators.push('-');
        return;
      }
      case 'var':
        inv.letters.push(e.name);
        return;
      case 'const':
        inv.letters.push(e.name);
        return;
      case 'neg':
        inv.operators.push('-');
        return walk(e.arg);
      case 'call':
        inv.functions.push(e.fn);
        if (e.base) walk(e.base);
        return walk(e.arg);
      case 'bin':
        if (e.op !== '*') inv.operators.push(e.op);
        walk(e.left);
        walk(e.right);
    }
  };
  if ('relation' in reading) {
    inv.relations.push(reading.relation);
    walk(reading.left);
    walk(reading.right);
  } else {
    walk(reading);
  }
  return inv;
}

function multisetDifference(a: string[], b: string[]): string[] {
  const rest = [...b];
  const missing: string[] = [];
  for (const x of a) {
    const i = rest.indexOf(x);
    if (i >= 0) rest.splice(i, 1);
    else missing.push(x);
  }
  return missing;
}

/** Throws ReadingMismatchError naming the first difference between text and reading. */
export function auditReading(text: string, reading: Expr | Statement): void {
  const said = inventoryOfText(text);
  const read = inventoryOfReading(reading);
  for (const key of ['numbers', 'functions', 'letters', 'relations', 'operators'] as const) {
    const lost = multisetDifference(said[key], read[key]);
    if (lost.length) throw new ReadingMismatchError(`${key} ${lost.join(' ')} not in the reading`);
    const added = multisetDifference(read[key], said[key]);
    if (added.length) throw new ReadingMismatchError(`${key} ${added.join(' ')} not in the input`);
  }
  auditPrintBack(reading);
}

const SAMPLE = { x: 0.731, y: -1.37, a: 2.19, b: -0.43, t: 1.61 };

/**
 * The reading printed back (as the board and the answer will show it) and read again must
 * mean the same: equal at sample points for every letter.
 */
function auditPrintBack(reading: Expr | Statement): void {
  const sides: [Expr, string][] =
    'relation' in reading
      ? [
          [reading.left, toPlain(reading.left)],
          [reading.right, toPlain(reading.right)],
        ]
      : [[reading, toPlain(reading)]];
  for (const [expr, printed] of sides) {
    const again = parseExpression(printed);
    const env = (e: Expr) =>
      Object.fromEntries([...lettersOf(e)].map((v, i) => [v, valueFor(v, i)]));
    const want = safeFloat(expr, env(expr));
    const got = safeFloat(again, env(expr));
    const same =
      (Number.isNaN(want) && Number.isNaN(got)) ||
      Math.abs(want - got) <= 1e-9 * Math.max(1, Math.abs(want));
    if (!same) throw new ReadingMismatchError(`printed back as "${printed}", which differs`);
  }
}

function lettersOf(e: Expr, into = new Set<string>()): Set<string> {
  if (e.type === 'var') into.add(e.name);
  if (e.type === 'bin') {
    lettersOf(e.left, into);
    lettersOf(e.right, into);
  }
  if (e.type === 'neg' || e.type === 'call') lettersOf(e.arg, into);
  return into;
}

function valueFor(v: string, i: number): number {
  return (SAMPLE as Record<string, number>)[v] ?? 0.37 + 0.29 * i;
}

function safeFloat(e: Expr, env: Record<string, number>): number {
  try {
    const x = evaluateFloat(e, env);
    return Number.isFinite(x) ? x : NaN;
  } catch {
    return NaN;
  }
}
