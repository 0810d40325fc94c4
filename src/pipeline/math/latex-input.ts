/**
 * Typed problems (and a vision model's transcriptions, which the prompt asks for as plain
 * text but models often give as LaTeX) arrive written the ways students copy them:
 * `$2x+3=7$`, `\frac{1}{2}x + 3 = 7`, `x^{2} - 5x + 6 = 0`, money as `$49 + $76`. This turns
 * those into the plain notation the parser reads. Only notation is rewritten; a command it
 * does not know is left as it is, so the parser refuses it by name rather than guessing.
 */
export function plainFromLatex(input: string): string {
  let s = withoutMathDelimiters(input);
  if (!s.includes('\\')) return s;
  s = s
    // Environments (cases, aligned): their rows are a system's lines.
    .replace(/\\begin\{[a-z*]+\}|\\end\{[a-z*]+\}/g, '\n')
    .replace(/\\\\/g, '\n')
    .replace(/&/g, '')
    .replace(/\\left\s*|\\right\s*/g, '')
    .replace(/\\[,;:! ]|\\q?quad\b|~/g, ' ')
    .replace(/\\%/g, '%')
    .replace(/\\(?:text|mathrm|mathit|operatorname)\s*\{([^{}]*)\}/g, ' $1 ');
  s = withGroupsRewritten(s);
  return s
    .replace(/\\(?:cdot|times|ast)(?![a-zA-Z])/g, '×')
    .replace(/\\div(?![a-zA-Z])/g, '÷')
    .replace(/\\pm(?![a-zA-Z])/g, '±')
    .replace(/\\(?:leqslant|leq|le)(?![a-zA-Z])/g, '≤')
    .replace(/\\(?:geqslant|geq|ge)(?![a-zA-Z])/g, '≥')
    .replace(/\\(?:lt)(?![a-zA-Z])/g, '<')
    .replace(/\\(?:gt)(?![a-zA-Z])/g, '>')
    .replace(/\\pi(?![a-zA-Z])/g, 'π')
    .replace(/\\int(?![a-zA-Z])/g, '∫')
    .replace(/\\(sin|cos|tan|ln|log|lim|exp)(?![a-zA-Z])/g, '$1')
    .replace(/[^\S\n]+/g, ' ')
    .trim();
}

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
  let out = '';
  let i = 0;
  while (i < s.length) {
    const command = /^\\(?:[dt]?frac|sqrt)(?![a-zA-Z])/.exec(s.slice(i));
    if (!command) {
      out += s[i];
      i += 1;
      continue;
    }
    const first = argumentAt(s, i + command[0].length);
    if (!first) {
      out += command[0];
      i += command[0].length;
      continue;
    }
    if (command[0] === '\\sqrt') {
      out += `√(${withGroupsRewritten(first.text)})`;
      i = first.end;
      continue;
    }
    const second = argumentAt(s, first.end);
    if (!second) {
      out += command[0];
      i += command[0].length;
      continue;
    }
    // d/dx is the derivative's operator, not a fraction.
    const operator = first.text.trim() === 'd' && /^d[a-z]$/.test(second.text.trim());
    out += operator
      ? `d/${second.text.trim()} `
      : `(${operand(withGroupsRewritten(first.text))}/${operand(withGroupsRewritten(second.text))})`;
    i = second.end;
  }
  return out;
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
