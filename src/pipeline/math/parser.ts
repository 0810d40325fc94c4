import { Rational } from './rational';
import { Expr, FUNCTION_NAMES, FunctionName, Relation, Statement, call, logOf } from './expr';
import { LIMITS, WorkLimitError } from './limits';

/**
 * Recursive-descent parser for school notation: implicit multiplication (2x, 3(x-2),
 * (x+1)(x-1)), "a/b" between two integers read as a fraction, ÷ as division, Unicode
 * operators and superscripts. Precedence: ^ (right) > unary minus > × ÷ implicit (left) > + −.
 */
export class ParseError extends Error {}

/** A run of letters that is a word, not mathematics: refused by name, never read as a·b·c. */
export class UnknownWordError extends ParseError {
  constructor(readonly word: string) {
    super(`"${word}" is not mathematics`);
  }
}

type Token =
  | { kind: 'num'; text: string }
  /** `base`: the subscript of a log (log_2, log_{10}, log₂), as written. */
  | { kind: 'ident'; text: string; base?: string }
  | { kind: 'op'; text: string };

/** Unicode superscripts to the characters they raise: x² is x^2. */
export const SUPERSCRIPTS: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
};

/** Canonical ASCII spelling of the symbols people and OCR produce. */
export function normalizeMathSymbols(input: string): string {
  // Full-width forms from a Chinese input method (２ｘ＋３＝７) are the ASCII characters.
  let s = input
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    // Square brackets and braces group like round ones in school arithmetic: [2 + 3] × 4.
    .replace(/[[{]/g, '(')
    .replace(/[\]}]/g, ')')
    // 3又1/2 is the mixed number 3 1/2.
    .replace(/(\d)\s*又\s*(?=\d)/g, '$1 ')
    // "25% of 80" and 80的25% are products.
    .replace(/%\s*of(?![A-Za-z])/gi, '% *')
    .replace(/(\d)\s*的\s*(?=[\d.]+\s*[%％])/g, '$1 * ')
    .replace(/[−–—‐‑﹣－]/g, '-')
    .replace(/[×✕⋅·∙＊*]/g, '*')
    .replace(/[＋]/g, '+')
    .replace(/[＝]/g, '=')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/≤|⩽/g, '<=')
    .replace(/≥|⩾/g, '>=')
    .replace(/π/g, 'pi')
    .replace(/√/g, 'sqrt')
    .replace(/，/g, ',')
    // log₂ is log_(2): log₂8 is the log of 8, never log_28.
    .replace(
      /log([₀₁₂₃₄₅₆₇₈₉]+)/g,
      (_m, d: string) => `log_(${[...d].map((c) => '₀₁₂₃₄₅₆₇₈₉'.indexOf(c)).join('')})`,
    );
  s = s.replace(
    /[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+/g,
    (m) => '^' + wrapExponent([...m].map((c) => SUPERSCRIPTS[c]).join('')),
  );
  return s;
}

function wrapExponent(e: string): string {
  return /^\d$/.test(e) ? e : `(${e})`;
}

function tokenize(input: string): Token[] {
  const s = normalizeMathSymbols(input);
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    const number = /^(\d+(?:\.\d+)?|\.\d+)/.exec(s.slice(i));
    if (number && number[1].replace('.', '').length > LIMITS.literalDigits)
      throw new WorkLimitError('literalDigits');
    if (number) {
      tokens.push({ kind: 'num', text: number[1] });
      i += number[1].length;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      const word = /^[A-Za-z]+/.exec(s.slice(i))![0];
      const parts = mathWordParts(word);
      if (!parts) throw new UnknownWordError(word);
      for (const part of parts) tokens.push({ kind: 'ident', text: part });
      i += word.length;
      // log_2, log_{1/2} (its braces already made round): the base belongs to the log.
      const base = /^_\s*(?:\(([^()]+)\)|(\d+(?:\.\d+)?))/.exec(s.slice(i));
      if (base && parts[parts.length - 1] === 'log') {
        (tokens[tokens.length - 1] as { base?: string }).base = (base[1] ?? base[2]).trim();
        i += base[0].length;
      }
      continue;
    }
    const two = s.slice(i, i + 2);
    if (two === '<=' || two === '>=') {
      tokens.push({ kind: 'op', text: two });
      i += 2;
      continue;
    }
    if ('+-*/÷^()=<>,|%°'.includes(c)) {
      tokens.push({ kind: 'op', text: c });
      i += 1;
      continue;
    }
    // A LaTeX command latex-input.ts does not rewrite: named, so the student can retype it.
    const command = c === '\\' ? /^\\[a-zA-Z]+/.exec(s.slice(i)) : null;
    if (command) throw new ParseError(`the LaTeX command ${command[0]} is not read here`);
    throw new ParseError(`unexpected character "${c}"`);
  }
  return tokens;
}

/** Two-letter English words that are never a product of two unknowns. */
const SHORT_WORDS = new Set(
  'am an as at be by do go he if in is it me my no of on or so to up us we'.split(' '),
);

/**
 * How a run of letters reads as mathematics: "sinx" → sin x, "xy" → x y, "pi" one constant.
 * A word is never a product of letters: a run with more than two single letters
 * ("Factor", "abc"), a short English word ("is", "of") or a capitalised word is not
 * mathematics (null), so the reader can refuse it by name.
 */
export function mathWordParts(word: string): string[] | null {
  const lower = word.toLowerCase();
  if (word.length > 1 && word !== lower && word !== word.toUpperCase()) return null;
  if (SHORT_WORDS.has(lower)) return null;
  const parts: string[] = [];
  let singles = 0;
  let i = 0;
  outer: while (i < word.length) {
    for (const name of [...FUNCTION_NAMES, 'pi']) {
      if (lower.startsWith(name, i) && word.slice(i, i + name.length) === name) {
        parts.push(name);
        i += name.length;
        continue outer;
      }
    }
    // "ee", "xx": nobody writes a square as a doubled letter.
    if (parts[parts.length - 1] === word[i]) return null;
    parts.push(word[i]);
    singles += 1;
    i += 1;
  }
  return singles > 2 ? null : parts;
}

class Parser {
  private pos = 0;
  /** Brackets, powers and calls inside one another, bounded so no input overflows the stack. */
  private depth = 0;
  /** Inside |…| a "|" closes the bar instead of starting a factor. */
  private absDepth = 0;
  /** Inside an exponent "2^3/4" is (2^3)/4, so no fraction literal is formed there. */
  private exponentDepth = 0;
  constructor(private readonly tokens: Token[]) {}

  peek(): Token | undefined {
    return this.tokens[this.pos];
  }
  next(): Token {
    const t = this.tokens[this.pos++];
    if (!t) throw new ParseError('unexpected end of input');
    return t;
  }
  isOp(text: string): boolean {
    const t = this.peek();
    return t?.kind === 'op' && t.text === text;
  }
  expectOp(text: string): void {
    if (!this.isOp(text)) throw new ParseError(`expected "${text}"`);
    this.pos += 1;
  }
  atEnd(): boolean {
    return this.pos >= this.tokens.length;
  }

  parseSum(): Expr {
    let left = this.parseProduct();
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.next().text as '+' | '-';
      if (this.isOp('+') || this.isOp('-')) throw new ParseError('two signs in a row');
      left = { type: 'bin', op, left, right: this.parseProduct() };
    }
    return left;
  }

  parseProduct(): Expr {
    let left = this.parseUnary();
    for (;;) {
      if (this.isOp('*')) {
        this.pos += 1;
        left = { type: 'bin', op: '*', left, right: this.parseUnary() };
      } else if (this.isOp('/') || this.isOp('÷')) {
        const divSign = this.next().text === '÷';
        const right = this.parseUnary();
        left = { type: 'bin', op: '/', left, right, divSign };
      } else if (this.startsFactor()) {
        if (this.peek()!.kind === 'num' && endsWithNumber(left))
          throw new ParseError('two numbers in a row');
        // "x2" is x² mistyped as often as 2x: neither is guessed.
        if (this.peek()!.kind === 'num' && endsWithLetter(left))
          throw new ParseError('a number right after a letter');
        // "√5 5" is no way to write 5√5: a misread fraction 5/√5 read it so.
        if (this.peek()!.kind === 'num' && endsWithRoot(left))
          throw new ParseError('a number right after a root');
        left = { type: 'bin', op: '*', left, right: this.parsePower() };
      } else {
        return left;
      }
    }
  }

  startsFactor(): boolean {
    const t = this.peek();
    if (!t) return false;
    if (t.kind === 'op') return t.text === '(' || (t.text === '|' && this.absDepth === 0);
    return true;
  }

  private nested<T>(f: () => T): T {
    if (++this.depth > LIMITS.nesting) throw new WorkLimitError('nesting');
    try {
      return f();
    } finally {
      this.depth -= 1;
    }
  }

  parseUnary(): Expr {
    if (this.isOp('-')) {
      this.pos += 1;
      // "3 - -2" is written 3 − (−2) in school; two signs in a row is a misreading.
      if (this.isOp('-') || this.isOp('+')) throw new ParseError('two signs in a row');
      const arg = this.parseUnary();
      // −3 is one number; −0 stays a sign so the reading keeps every sign that was written.
      return arg.type === 'num' && !arg.value.isZero()
        ? { ...arg, value: arg.value.neg() }
        : { type: 'neg', arg };
    }
    if (this.isOp('+')) {
      // "3 × + 2" is not school notation (and is a typical OCR artefact); only a leading + is.
      const prev = this.tokens[this.pos - 1];
      if (
        prev &&
        prev.kind === 'op' &&
        prev.text !== '(' &&
        !['=', '<', '>', '<=', '>=', ','].includes(prev.text)
      ) {
        throw new ParseError('an operator followed by "+"');
      }
      this.pos += 1;
      return this.parseUnary();
    }
    return this.parsePower();
  }

  parsePower(): Expr {
    const base = this.parsePrimary();
    if (this.isOp('^')) {
      this.pos += 1;
      this.exponentDepth += 1;
      try {
        return { type: 'bin', op: '^', left: base, right: this.nested(() => this.parseUnary()) };
      } finally {
        this.exponentDepth -= 1;
      }
    }
    return base;
  }

  parsePrimary(): Expr {
    const t = this.next();
    if (t.kind === 'num') {
      const value = Rational.parse(t.text);
      if (this.isOp('°')) {
        this.pos += 1;
        return { type: 'num', value, style: 'degree', text: `${t.text}°` };
      }
      if (this.isOp('%')) {
        this.pos += 1;
        return {
          type: 'num',
          value: value.div(Rational.of(100)),
          style: 'percent',
          text: `${t.text}%`,
        };
      }
      return (
        this.mixedNumber(t.text) ??
        this.fractionLiteral(t.text) ?? {
          type: 'num',
          value,
          style: t.text.includes('.') ? 'decimal' : 'integer',
          text: t.text,
        }
      );
    }
    if (t.kind === 'ident') {
      // f(2), g(x): function notation, which no solver reads as a product f·2.
      if (/^[fgh]$/.test(t.text) && this.isOp('('))
        throw new ParseError(`function notation ${t.text}(…)`);
      if (t.base !== undefined)
        return this.parseCall(
          'log',
          this.nested(() => parseBase(t.base!)),
        );
      if ((FUNCTION_NAMES as readonly string[]).includes(t.text))
        return this.parseCall(t.text as FunctionName);
      if (t.text === 'pi') return { type: 'const', name: 'pi' };
      if (t.text === 'e') return { type: 'const', name: 'e' };
      return { type: 'var', name: t.text };
    }
    if (t.text === '(') {
      const inner = this.nested(() => this.parseSum());
      this.expectOp(')');
      return inner;
    }
    if (t.text === '|' && this.absDepth === 0) {
      this.absDepth += 1;
      try {
        const inner = this.nested(() => this.parseSum());
        this.expectOp('|');
        return call('abs', inner);
      } finally {
        this.absDepth -= 1;
      }
    }
    throw new ParseError(`unexpected "${t.text}"`);
  }

  /**
   * 3/4 written with a slash between two plain integers is one number, a fraction: it binds
   * tighter than ÷ and ×, so 3/4 ÷ 3/8 is (3/4) ÷ (3/8) and 1/2x is half of x.
   */
  private fractionLiteral(numerator: string): Expr | null {
    const slash = this.tokens[this.pos];
    const denominator = this.tokens[this.pos + 1];
    const after = this.tokens[this.pos + 2];
    if (this.exponentDepth > 0 || numerator.includes('.')) return null;
    if (
      slash?.kind !== 'op' ||
      slash.text !== '/' ||
      denominator?.kind !== 'num' ||
      denominator.text.includes('.')
    )
      return null;
    if (after?.kind === 'op' && after.text === '^') return null;
    if (/^0+$/.test(denominator.text)) return null;
    this.pos += 2;
    return {
      type: 'num',
      value: Rational.of(BigInt(numerator), BigInt(denominator.text)),
      style: 'fraction',
      text: `${numerator}/${denominator.text}`,
    };
  }

  /**
   * 3 1/2 — a whole number followed by a proper fraction literal — is the mixed number 3½
   * (written so in primary school); "3 4" stays two numbers in a row.
   */
  private mixedNumber(whole: string): Expr | null {
    if (this.exponentDepth > 0 || whole.includes('.')) return null;
    const [n, slash, d, after] = this.tokens.slice(this.pos, this.pos + 4);
    if (n?.kind !== 'num' || slash?.kind !== 'op' || slash.text !== '/' || d?.kind !== 'num')
      return null;
    if (
      n.text.includes('.') ||
      d.text.includes('.') ||
      (after?.kind === 'op' && after.text === '^')
    )
      return null;
    const part = Rational.of(BigInt(n.text), BigInt(d.text || '1'));
    if (BigInt(n.text) >= BigInt(d.text) || part.isZero()) return null;
    this.pos += 3;
    return {
      type: 'num',
      value: Rational.of(BigInt(whole)).add(part),
      style: 'mixed',
      text: `${whole} ${n.text}/${d.text}`,
    };
  }

  /** sin(x), sin x, sin 2x (argument runs to the end of the product), sqrt(x), log_2(x). */
  parseCall(fn: FunctionName, base?: Expr): Expr {
    const called = (arg: Expr): Expr => (base ? logOf(arg, base) : call(fn, arg));
    return this.nested(() => {
      if (this.isOp('(')) {
        this.pos += 1;
        const arg = this.parseSum();
        this.expectOp(')');
        return called(arg);
      }
      if (!this.startsFactor()) throw new ParseError(`${fn} needs an argument`);
      let arg = this.parsePower();
      while (this.startsFactor() && this.peek()!.kind !== 'num') {
        arg = { type: 'bin', op: '*', left: arg, right: this.parsePower() };
      }
      return called(arg);
    });
  }
}

/** A log's base: a positive number other than 1 (log_2, log_{1/2}, log_{10}). */
function parseBase(text: string): Expr {
  const base = parseExpression(text);
  if (base.type !== 'num' || base.value.sign() <= 0 || base.value.isOne())
    throw new ParseError(`log to base ${text}`);
  return base;
}

function endsWithLetter(e: Expr): boolean {
  if (e.type === 'var' || e.type === 'const') return true;
  if (e.type === 'neg') return endsWithLetter(e.arg);
  if (e.type === 'bin' && e.op !== '^' && e.op !== '/') return endsWithLetter(e.right);
  return false;
}

function endsWithRoot(e: Expr): boolean {
  if (e.type === 'call') return e.fn === 'sqrt';
  if (e.type === 'neg') return endsWithRoot(e.arg);
  if (e.type === 'bin' && e.op === '*') return endsWithRoot(e.right);
  return false;
}

/** Whether the written text ends in digits: "x^2 0x" is two numbers in a row (x^20?). */
function endsWithNumber(e: Expr): boolean {
  if (e.type === 'num') return true;
  if (e.type === 'bin') return endsWithNumber(e.right);
  return false;
}

export function parseExpression(text: string): Expr {
  const p = new Parser(tokenize(text));
  if (p.atEnd()) throw new ParseError('empty expression');
  const e = p.parseSum();
  if (!p.atEnd()) throw new ParseError(`unexpected "${p.peek()!.text}"`);
  return e;
}

const RELATIONS: Relation[] = ['=', '<', '>', '<=', '>='];

export function parseStatement(text: string): Statement {
  const p = new Parser(tokenize(text));
  const left = p.parseSum();
  const t = p.peek();
  if (!t || t.kind !== 'op' || !RELATIONS.includes(t.text as Relation)) {
    throw new ParseError('expected a relation such as "="');
  }
  p.next();
  const right = p.parseSum();
  if (!p.atEnd()) throw new ParseError(`unexpected "${p.peek()!.text}"`);
  return { left, relation: t.text as Relation, right };
}
