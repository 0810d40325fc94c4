/**
 * Typed problems (and a vision model's transcriptions, which the prompt asks for as plain
 * text but models often give as LaTeX) arrive written the ways students copy them:
 * `$2x+3=7$`, `\frac{1}{2}x + 3 = 7`, `x^{2} - 5x + 6 = 0`, money as `$49 + $76`. This turns
 * those into the plain notation the parser reads. Only notation is rewritten; a command it
 * does not know is left as it is, so the parser refuses it by name rather than guessing.
 */
export function plainFromLatex(input: string): string {
  const s = withoutMathDelimiters(input);
  if (!s.includes('\\')) return s;
  const plain = s
    // Environments (cases, aligned): their rows are a system's lines.
    .replace(/\\begin\{[a-z*]+\}|\\end\{[a-z*]+\}/g, '\n')
    .replace(/\\\\/g, '\n')
    .replace(/&/g, '')
    .replace(/\\left\s*|\\right\s*/g, '')
    .replace(/\\[,;:! ]|\\q?quad\b|~/g, ' ')
    .replace(/\\%/g, '%')
    .replace(/\\(?:text|mathrm|mathit|operatorname)\s*\{([^{}]*)\}/g, ' $1 ');
  return withGroupsRewritten(plain)
    .replace(/\\([a-zA-Z]+)/g, (command, name: string) => SYMBOLS.get(name) ?? command)
    .replace(/[^\S\n]+/g, ' ')
    .trim();
}

/** Commands that name a symbol or a function the parser reads. */
const SYMBOLS = new Map<string, string>([
  ...['cdot', 'times', 'ast'].map((c): [string, string] => [c, '×']),
  ['div', '÷'],
  ['pm', '±'],
  ...['le', 'leq', 'leqslant'].map((c): [string, string] => [c, '≤']),
  ...['ge', 'geq', 'geqslant'].map((c): [string, string] => [c, '≥']),
  ['lt', '<'],
  ['gt', '>'],
  ['pi', 'π'],
  ['int', '∫'],
  ...['sin', 'cos', 'tan', 'ln', 'log', 'lim', 'exp'].map((f): [string, string] => [f, f]),
]);

/**
 * Math-mode delimiters taken off: `$…$`, `$$…$$`, `\(…\)`, `\[…\]`, the whole text or a
 * formula within a sentence (解方程 $2x+3=7$). A `$` right before a number that opens no such
 * pair is a currency sign, as ¥, € and £ are there: left out as the photo reader leaves it
 * (`$49 + $76` is the sum of the amounts). A closing `$` is never followed by a digit, which
 * tells the two apart.
 */
function withoutMathDelimiters(input: string): string {
  return input
    .replace(/\\\[([\s\S]+?)\\\]/g, ' $1 ')
    .replace(/\\\(([\s\S]+?)\\\)/g, ' $1 ')
    .replace(/\$\$([^$]+)\$\$/g, ' $1 ')
    .replace(/\$([^$]+)\$(?!\s*\d)/g, ' $1 ')
    .replace(/[$¥￥€£](?=\s*\d)/g, '')
    .replace(/[^\S\n]+/g, ' ')
    .trim();
}

/**
 * `\frac{a}{b}` as (a/b) and `\sqrt{a}` as √(a), their arguments rewritten too. Other braces
 * stay: the parser reads x^{2} and log_{2}, and the integral and limit notations read their
 * bounds in braces. `\sqrt[3]{…}` is left for the parser to refuse: no cube root is √.
 */
function withGroupsRewritten(s: string): string {
  const command = /\\(?:[dt]?frac|sqrt)(?![a-zA-Z])/y;
  let out = '';
  let i = 0;
  while (i < s.length) {
    command.lastIndex = i;
    const name = command.exec(s)?.[0];
    const rewritten = name && commandAt(s, i + name.length, name === '\\sqrt');
    if (rewritten) {
      out += rewritten.text;
      i = rewritten.end;
    } else {
      out += name ?? s[i];
      i += name?.length ?? 1;
    }
  }
  return out;
}

/** A \sqrt's or a \frac's arguments from `at`, rewritten; null when they are missing. */
function commandAt(s: string, at: number, root: boolean): { text: string; end: number } | null {
  const first = argumentAt(s, at);
  if (!first) return null;
  if (root) return { text: `√(${withGroupsRewritten(first.text)})`, end: first.end };
  const second = argumentAt(s, first.end);
  if (!second) return null;
  const [top, bottom] = [first.text.trim(), second.text.trim()];
  // d/dx is the derivative's operator, not a fraction.
  if (top === 'd' && /^d[a-z]$/.test(bottom)) return { text: `d/${bottom} `, end: second.end };
  const [num, den] = [top, bottom].map((part) => operand(withGroupsRewritten(part)));
  return { text: `(${num}/${den})`, end: second.end };
}

/** A command's argument from `at`: a braced group (balanced) or one character; spaces skipped. */
function argumentAt(s: string, at: number): { text: string; end: number } | null {
  let i = at;
  while (s[i] === ' ') i += 1;
  if (i >= s.length) return null;
  if (s[i] !== '{') return /\w/.test(s[i]) ? { text: s[i], end: i + 1 } : null;
  let depth = 0;
  for (let j = i; j < s.length; j += 1) {
    if (s[j] === '{') depth += 1;
    if (s[j] === '}') depth -= 1;
    if (depth === 0) return { text: s.slice(i + 1, j), end: j + 1 };
  }
  return null;
}

/** A fraction's part: a number or a letter as it is, anything longer in brackets. */
function operand(part: string): string {
  const t = part.trim();
  return /^(\d+|[a-zA-Z])$/.test(t) ? t : `(${t})`;
}
