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
    .replace(/[—–―~‒]+-?|-{2,}/g, '-')
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
    .replace(/\bX\b|X(?=[\s+\-=^)²³])|(?<=\d)X/g, 'x')
    .replace(/(?<=[\dxy)])\s*\*\s*(?=[\dxy(])/g, ' * ');
  s = prompt + body;
  return s.replace(/[ \t]+/g, ' ').trim();
}

export function hypotheses(raw: string): string[] {
  const base = safeNormalize(raw);
  const out = [base];
  const add = (s: string) => {
    if (!out.includes(s)) out.push(s);
  };
  // A lone x between numbers is usually a multiplication sign in arithmetic.
  add(base.replace(/(?<=[\d)])\s+[xX]\s+(?=[\d(])/g, ' × '));
  // Digits read as letters.
  add(base.replace(/(?<=\d)[zZ]|[zZ](?=\d)/g, '2').replace(/(?<=\d)S|S(?=\d)/g, '5').replace(/(?<=\d)B|B(?=\d)/g, '8'));
  // Fractions where the slash was lost or doubled.
  add(base.replace(/\/\//g, '/'));
  // Only the text after a prompt, in case the prompt itself was misread.
  const colon = base.search(/[:：]/);
  if (colon >= 0) add(base.slice(colon + 1).trim());
  return out.filter(Boolean);
}
