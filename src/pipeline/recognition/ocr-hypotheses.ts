import { mentionsIntent } from '../solver/problem-parser';

/**
 * Turns raw OCR text of a math line into candidate problem texts, most likely first.
 * Safe rewrites are always applied; risky ones (x → ×, S → 5, …) only produce extra
 * candidates, and the solver decides which candidate is a well-posed problem.
 */
const CJK_LOOKALIKES: [RegExp, string][] = [
  [/十/g, '+'],
  [/二/g, '='],
  [/一/g, '-'],
  [/．/g, '.'],
];

export function safeNormalize(raw: string): string {
  let s = raw
    .replace(/\r/g, '')
    // One minus sign is sometimes emitted as two dash symbols ("-—").
    .replace(/[—–―~‒]/g, '-')
    .replace(/-{2,}/g, '-')
    // "-=" never occurs in math ("=-" does: x=-3): it is one minus read as two symbols.
    .replace(/-=/g, '-')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
  // Inside math, CJK look-alikes of + = − are OCR errors; the prompt keeps its Chinese.
  const colon = s.search(/[:：]/);
  const prompt = colon >= 0 ? s.slice(0, colon + 1) : '';
  let body = colon >= 0 ? s.slice(colon + 1) : s;
  for (const [re, to] of CJK_LOOKALIKES) body = body.replace(re, to);
  body = body
    .replace(/(\d)\s*[oO]\b/g, '$10')
    .replace(/\b[oO](\d)/g, '0$1')
    .replace(/(\d)[lI|](?=\d)/g, '$11')
    .replace(/X/g, 'x')
    .replace(/(?<![A-Za-z])[1Il|]n\s*\(/g, 'ln(')
    // A doubled variable ("(xx + 3)") is one glyph read twice: print never writes x·x as xx.
    .replace(/(?<![A-Za-z])([a-z])\1(?![a-z])/g, '$1')
    .replace(/(?<=[\dxy)])\s*\*\s*(?=[\dxy(])/g, ' * ')
    // Printed math never writes x·2 as "x2": a digit glued to a variable is a lost superscript.
    .replace(/(?<![A-Za-z])([a-z])(\d)(?![\d.])/g, '$1^$2');
  s = prompt + body;
  return s.replace(/[ \t]+/g, ' ').trim();
}

/**
 * Whether an OCR word belongs to the formula rather than to a (mis-read) prompt: prompts
 * come out as capitals, "&" and end in "." or ":" ("RATE.", "H&E:"), formulas do not.
 */
export function isMathWord(w: string): boolean {
  if (/[A-WYZ&]|[.:]$/.test(w)) return false;
  return /[\d=+()^<>≤≥]/.test(w) || /^[a-z]$/.test(w);
}

export function hypotheses(raw: string): string[] {
  const base = safeNormalize(raw);
  const out: string[] = [];
  // In a calculation an x (or X) between numbers is a times sign, before any other reading
  // turns "7X3" into 7x³.
  const timesFirst = safeNormalize(raw.replace(/(?<=[\d)]\s*)[xX×](?=\s*[\d(])/g, ' × '));
  if (mentionsIntent(raw, 'compute')) out.push(timesFirst);
  out.push(base);
  const add = (s: string) => {
    if (!out.includes(s)) out.push(s);
  };
  // A lone x between numbers is usually a multiplication sign in arithmetic.
  add(base.replace(/(?<=[\d)])\s*(?:[xX]\s*%|%|[xX](?=\s))\s*(?=[\d(])/g, ' × '));
  // Digits read as letters.
  add(
    base
      .replace(/(?<=\d)[zZ]|[zZ](?=\d)/g, '2')
      .replace(/(?<=\d)S|S(?=\d)/g, '5')
      .replace(/(?<=\d)B|B(?=\d)/g, '8'),
  );
  // A stray % after an exponent is a broken glyph, not a percent sign.
  add(base.replace(/(\^\d+)%/g, '$1'));
  // ln with its l lost: "+ n(x)".
  add(base.replace(/(?<![A-Za-z])n\(/g, 'ln('));
  // Fractions where the slash was lost or doubled.
  add(base.replace(/\/\//g, '/'));
  // An "=" inside brackets is a misread minus sign: (x = 7) → (x - 7).
  add(base.replace(/\(([^()=]*)=([^()=]*)\)/g, '($1-$2)'));
  // Only the text after a prompt, in case the prompt itself was misread.
  const colon = base.search(/[:：]/);
  if (colon >= 0) add(base.slice(colon + 1).trim());
  // A misread prompt without its colon ("RATE. 7x - 8 = -36"): drop leading words that are not math.
  const words = base.split(' ');
  const firstMath = words.findIndex(isMathWord);
  if (firstMath > 0) add(words.slice(firstMath).join(' '));
  return out.filter(Boolean);
}
