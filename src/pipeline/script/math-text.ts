/**
 * LaTeX → compact Unicode math for narration and captions ("\frac{5x}{2}" → "5x/2",
 * "x^{2}" → "x²"). The speech stage later reads these aloud word by word.
 */
const SUBSCRIPT: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
};
const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
};

export function latexToText(latex: string): string {
  // A system reads as its equations in turn: "2x + y = 7; x - y = 2".
  let s = latex.replace(/\\begin\{cases\}(.*?)\\end\{cases\}/g, (_m, body: string) =>
    body
      .split('\\\\')
      .map((row) => row.trim())
      .join('; '),
  );
  s = s.replace(/\^\{\\circ\}/g, '°');
  // lim_{x \to 1} is "lim[x→1]" until speech says "as x approaches 1".
  s = s.replace(/\\lim_\{([a-z]) \\to ([^{}]*)\}/g, 'lim[$1→$2]');
  // ∫_{0}^{2} is "∫[0→2]" until speech says "from 0 to 2".
  s = s.replace(/\\int_\{([^{}]*)\}\^\{([^{}]*)\}/g, '∫[$1→$2]').replace(/\\int\b/g, '∫');
  // A mixed number 3\frac{1}{2} is "3 1/2" (a no-break space marks it for speech), never 31/2.
  s = s.replace(/(\d)\\frac\{(\d+)\}\{(\d+)\}/g, '$1\u00a0$2/$3');
  for (let i = 0; i < 6; i += 1) {
    const before = s;
    s = s.replace(
      /\\frac\{([^{}]*)\}\{([^{}]*)\}/g,
      (_m, a: string, b: string) => `${group(a)}/${group(b)}`,
    );
    s = s.replace(/\\sqrt\{([^{}]*)\}/g, (_m, a: string) => (a.length === 1 ? `√${a}` : `√(${a})`));
    s = s.replace(/_\{(\d+)\}/g, (_m, a: string) => [...a].map((c) => SUBSCRIPT[c]).join(''));
    s = s.replace(/\^\{([^{}]*)\}/g, (_m, a: string) =>
      /^-?\d+$/.test(a) ? [...a].map((c) => SUPERSCRIPT[c]).join('') : `^(${a})`,
    );
    if (s === before) break;
  }
  return s
    .replace(/\\left|\\right/g, '')
    .replace(/\\%/g, '%')
    .replace(/\\times/g, '×')
    .replace(/\\cdot/g, '·')
    .replace(/\\div/g, '÷')
    .replace(/\\pm/g, '±')
    .replace(/\\le\b/g, '≤')
    .replace(/\\ge\b/g, '≥')
    .replace(/\\ne\b/g, '≠')
    .replace(/\\approx/g, '≈')
    .replace(/\\Delta/g, 'Δ')
    .replace(/\\pi/g, 'π')
    .replace(/\\infty/g, '∞')
    .replace(/\\(sin|cos|tan|ln|log|lg)/g, '$1')
    .replace(/\\in \\mathbb\{R\}/g, '∈ ℝ')
    .replace(/\\varnothing/g, '∅')
    .replace(/\\text\{([^}]*)\}/g, '$1')
    .replace(/\\boxed\{(.*)\}/g, '$1')
    .replace(/\\quad|\\;|\\,/g, ' ')
    .replace(/[{}]/g, '')
    .replace(/[^\S\u00a0]+/g, ' ')
    .trim();
}

function group(a: string): string {
  return /^[\w.]+$/.test(a) || /^\\sqrt/.test(a) ? a : `(${a})`;
}
