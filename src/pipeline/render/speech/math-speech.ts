import { Language } from '../../script/mvs.types';
import { SUPERSCRIPTS } from '../../math/parser';

/**
 * Narration carries math as compact Unicode ("x² − 5x + 6 = 0", "3/4", "√3"). A speech
 * engine reads that badly ("x two"), so math is rewritten into the words a teacher says:
 * "x 的平方减 5x 加 6 等于 0", "three quarters", "负一".
 */
const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const EN_DENOMINATORS: Record<string, [string, string]> = {
  '2': ['half', 'halves'],
  '3': ['third', 'thirds'],
  '4': ['quarter', 'quarters'],
  '5': ['fifth', 'fifths'],
  '6': ['sixth', 'sixths'],
  '7': ['seventh', 'sevenths'],
  '8': ['eighth', 'eighths'],
  '9': ['ninth', 'ninths'],
  '10': ['tenth', 'tenths'],
  '12': ['twelfth', 'twelfths'],
};
const SUBSCRIPT_DIGITS: Record<string, string> = {
  '₀': '0',
  '₁': '1',
  '₂': '2',
  '₃': '3',
  '₄': '4',
  '₅': '5',
  '₆': '6',
  '₇': '7',
  '₈': '8',
  '₉': '9',
};

/** Chinese reading of a whole number below 10 000 (11 → 十一, 105 → 一百零五). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 10000) return String(n);
  if (n < 10) return ZH_DIGITS[n];
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i];
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && unit === '十' && out === '' ? '' : ZH_DIGITS[d]) + unit;
  });
  return out;
}

function speakNumber(text: string, lang: Language): string {
  if (lang === 'en-US') return text;
  if (/^\d+$/.test(text)) return chineseNumber(Number(text));
  const [whole, frac] = text.split('.');
  return `${chineseNumber(Number(whole))}点${[...frac].map((d) => ZH_DIGITS[Number(d)]).join('')}`;
}

function fraction(num: string, den: string, lang: Language): string {
  if (lang === 'zh-CN') return `${speakOperand(den, lang)}分之${speakOperand(num, lang)}`;
  const name = EN_DENOMINATORS[den];
  if (name && /^\d+$/.test(num)) return `${num} ${num === '1' ? name[0] : name[1]}`;
  return `${speakOperand(num, lang)} over ${speakOperand(den, lang)}`;
}

function speakOperand(s: string, lang: Language): string {
  const t = s.replace(/^\((.*)\)$/, '$1');
  return /^\d+(\.\d+)?$/.test(t) ? speakNumber(t, lang) : speakMath(t, lang);
}

function power(base: string, exponent: string, lang: Language): string {
  if (lang === 'zh-CN')
    return exponent === '2'
      ? `${base} 的平方`
      : exponent === '3'
        ? `${base} 的立方`
        : `${base} 的 ${speakOperand(exponent, lang)} 次方`;
  return exponent === '2'
    ? `${base} squared`
    : exponent === '3'
      ? `${base} cubed`
      : `${base} to the power ${exponent}`;
}

const WORDS: Record<Language, [RegExp, string][]> = {
  'zh-CN': [
    [/\s*≤\s*/g, ' 小于或等于 '],
    [/\s*≥\s*/g, ' 大于或等于 '],
    [/\s*≠\s*/g, ' 不等于 '],
    [/\s*<\s*/g, ' 小于 '],
    [/\s*>\s*/g, ' 大于 '],
    [/\s*=\s*/g, ' 等于 '],
    [/\s*±\s*/g, ' 正负 '],
    [/\s*[×·]\s*/g, ' 乘 '],
    [/\s*÷\s*/g, ' 除以 '],
    [/\s*\+\s*/g, ' 加 '],
    [/\uE000/g, '负'],
    [/\s*[−-]\s*/g, ' 减 '],
    [/√/g, '根号 '],
    [/Δ/g, '判别式 '],
    [/π/g, '派'],
    [/∅/g, '空集'],
    [/∞/g, '无穷大'],
    [/°/g, ' 度'],
    [/∈ ℝ/g, '取任意实数'],
  ],
  'en-US': [
    [/\s*≤\s*/g, ' is less than or equal to '],
    [/\s*≥\s*/g, ' is greater than or equal to '],
    [/\s*≠\s*/g, ' is not equal to '],
    [/\s*<\s*/g, ' is less than '],
    [/\s*>\s*/g, ' is greater than '],
    [/\s*=\s*/g, ' equals '],
    [/\s*±\s*/g, ' plus or minus '],
    [/\s*[×·]\s*/g, ' times '],
    [/\s*÷\s*/g, ' divided by '],
    [/\s*\+\s*/g, ' plus '],
    [/\uE000\s*/g, 'negative '],
    [/\s*[−-]\s*/g, ' minus '],
    [/√/g, 'the square root of '],
    [/Δ/g, 'the discriminant '],
    [/π/g, 'pi'],
    [/∅/g, 'the empty set'],
    [/∞/g, 'infinity'],
    [/°/g, ' degrees'],
    [/∈ ℝ/g, 'can be any real number'],
  ],
};

/**
 * A minus sign is "negative" when nothing it could subtract from comes before it (start,
 * bracket, relation, another operator); otherwise it is "minus". Negative signs become
 * a private-use placeholder (U+E000) until the word pass.
 */
function markNegativeSigns(s: string): string {
  return s.replace(/[−-]/g, (_m, offset: number) => {
    const prev = s.slice(0, offset).trimEnd().slice(-1);
    return !prev || '([→=<>≤≥,，:：+×÷±。'.includes(prev) ? '\uE000' : '−';
  });
}

/** Rewrites the math inside a narration sentence into spoken words. */
export function speakMath(text: string, lang: Language): string {
  let s = text
    .replace(/([₀-₉]+)/g, (m) => [...m].map((c) => SUBSCRIPT_DIGITS[c]).join(''))
    .replace(
      /([A-Za-z0-9)])([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g,
      (_m, b: string, e: string) => `${b}^${[...e].map((c) => SUPERSCRIPTS[c]).join('')}`,
    );
  // |x − 3| is read "x − 3 的绝对值" / "the absolute value of x − 3".
  s = s.replace(/(\d*)\s*\|([^|]+)\|/g, (_m, k: string, a: string) =>
    lang === 'zh-CN'
      ? ` ${k ? `${k} 乘 ` : ''}${a} 的绝对值 `
      : ` ${k ? `${k} times ` : ''}the absolute value of ${a} `,
  );
  // Mixed numbers: 3 1/2 is 三又二分之一, "3 and 1 half".
  s = s.replace(/(\d+)\u00a0(\d+)\/(\d+)/g, (_m, whole: string, a: string, b: string) =>
    lang === 'zh-CN' ? `${whole}又${fraction(a, b, lang)}` : `${whole} and ${fraction(a, b, lang)}`,
  );
  // log₂(x − 2) is "以 2 为底 x − 2 的对数", "log base 2 of x − 2".
  s = s.replace(/log(\d+)\s*(\([^()]+\)|[a-z0-9]+)/g, (_m, b: string, a: string) => {
    const arg = a.replace(/^\((.*)\)$/, '$1');
    return lang === 'zh-CN' ? ` 以 ${b} 为底 ${arg} 的对数 ` : ` log base ${b} of ${arg} `;
  });
  // 20% is 百分之二十, "20 percent".
  s = s.replace(/(\d+(?:\.\d+)?)%/g, (_m, n: string) =>
    lang === 'zh-CN' ? `百分之${n}` : `${n} percent`,
  );
  // Fractions of plain operands: 3/4, 5x/2, (x+1)/3, 12.5/100 (never the "5/100" of it).
  s = s.replace(
    /(?<![\d.])(\([^()]+\)|\d+(?:\.\d+)?[a-z]?|[a-z])\/(\([^()]+\)|\d+|[a-z](?![a-z(]))/g,
    (_m, a: string, b: string) => fraction(a, b, lang),
  );
  s = s.replace(/([a-z)]|\d+)\^(\d+|\([^()]+\))/g, (_m, base: string, e: string) =>
    power(base, e.replace(/^\((.*)\)$/, '$1'), lang),
  );
  s = markNegativeSigns(s);
  // ∫[0→2] 3x² dx is "从 0 到 2 的定积分 3x² dx", "the integral from 0 to 2 of 3x² dx".
  s = s.replace(/∫\[([^\]→]*)→([^\]]*)\]\s*/g, (_m, a: string, b: string) =>
    lang === 'zh-CN' ? ` 从 ${a} 到 ${b} 的定积分 ` : ` the integral from ${a} to ${b} of `,
  );
  s = s.replace(/∫\s*/g, lang === 'zh-CN' ? ' 不定积分 ' : ' the integral of ');
  s = s.replace(/lim\[([a-z])→([^\]]*)\]\s*/g, (_m, x: string, a: string) =>
    lang === 'zh-CN' ? ` ${x} 趋近于 ${a} 时 ` : ` the limit as ${x} approaches ${a} of `,
  );
  for (const [re, word] of WORDS[lang]) s = s.replace(re, word);
  if (lang === 'zh-CN') s = s.replace(/\d+(\.\d+)?/g, (m) => speakNumber(m, lang));
  return s.replace(/\s+/g, ' ').trim();
}
