/**
 * The plain text our solver reads ("(1)/(2)t^(2) + 3 = 0") for the LaTeX a CROHME writer
 * copied ("$\frac12t^2+3=0$"), or null when it holds anything beyond school algebra
 * (subscripts, Greek, sums, thousands separators …): those are no problems of ours. (The
 * script's latexToText is for the board and speech: it writes x², mixed numbers and
 * subscripts, and refuses nothing.)
 */
export function typedProblem(latex: string): string | null {
  const source = latex
    .trim()
    .replace(/^\$|\$$/g, '')
    .replace(/\\[!,; ]/g, ' ')
    .replace(/\\(left|right)/g, '');
  let at = 0;
  const peek = () => source[at];
  const skipSpace = () => {
    while (peek() === ' ') at += 1;
  };

  /** One argument: a {group}, a command, or a single character. */
  const argument = (): string | null => {
    skipSpace();
    if (peek() === '{') {
      at += 1;
      const inner = sequence();
      if (inner === null || peek() !== '}') return null;
      at += 1;
      return inner;
    }
    if (peek() === '\\') return command();
    const c = peek();
    if (c === undefined || !/[0-9a-zA-Z]/.test(c)) return null;
    at += 1;
    return c;
  };

  const wrapped = (s: string) => (/^[0-9a-zA-Z]$/.test(s) ? s : `(${s})`);

  const command = (): string | null => {
    const name = /^\\[a-zA-Z]+/.exec(source.slice(at))?.[0];
    if (!name) return null;
    at += name.length;
    switch (name) {
      case '\\frac': {
        // After ÷ the fraction is one divisor: "(1)/(2) ÷ (3)/(4)" would be ((1/2) ÷ 3)/4.
        const divisor = /\\div\s*$/.test(source.slice(0, at - name.length));
        const top = argument();
        const bottom = top === null ? null : argument();
        if (top === null || bottom === null) return null;
        return divisor ? `((${top})/(${bottom}))` : `(${top})/(${bottom})`;
      }
      case '\\sqrt': {
        skipSpace();
        if (peek() === '[') return null;
        const inside = argument();
        return inside === null ? null : `sqrt(${inside})`;
      }
      case '\\times':
      case '\\cdot':
        return ' × ';
      case '\\div':
        return ' ÷ ';
      case '\\leq':
        return ' ≤ ';
      case '\\geq':
        return ' ≥ ';
      case '\\lt':
        return ' < ';
      case '\\gt':
        return ' > ';
      default:
        return null;
    }
  };

  const sequence = (): string | null => {
    let out = '';
    for (;;) {
      const c = peek();
      if (c === undefined || c === '}') return out;
      if (c === '\\') {
        const part = command();
        if (part === null) return null;
        out += part;
      } else if (c === '{') {
        const inner = argument();
        if (inner === null) return null;
        out += `(${inner})`;
      } else if (c === '^') {
        at += 1;
        const power = argument();
        if (power === null) return null;
        out += `^${wrapped(power)}`;
      } else if (/[0-9a-zA-Z+\-=().<> ]/.test(c)) {
        out += c;
        at += 1;
      } else if (c === '[' || c === ']') {
        out += c === '[' ? '(' : ')';
        at += 1;
      } else return null;
    }
  };

  const text = sequence();
  if (text === null || at !== source.length) return null;
  return text.replace(/\s+/g, ' ').trim() || null;
}
