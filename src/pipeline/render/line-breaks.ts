/**
 * Where a subtitle line may end. Narration mixes prose with formulas written inline
 * ("得到 3x - 6 = 2x + 5。", "so x - 2 = 0, or x - 3 = 0."); a viewer reads a formula as
 * one unit, so a line never ends inside one if any other place will do.
 */

/** Tokens that join their neighbours into one formula. */
const OPERATOR = /^[-+−×÷=<>≤≥≠±·/^]$/;
/** A token that belongs to a formula: it has a digit, an operator or a math sign, or is a lone letter. */
const MATH_TOKEN = /[0-9²³¹⁰-⁹₀-₉√π=+\-−×÷<>≤≥≠±^()]|^[\p{Script=Latin}\p{Script=Greek}][₀-₉]?$/u;
// Not a closing bracket: "3(x - 2) = 5" goes on after it.
const CLOSING_PUNCTUATION = /[，。；：、！？,;:.!?]$/;
const HAN = /\p{Script=Han}/u;

/** How good a place to break is; a higher class wins over a later position. */
enum Break {
  /** Between two Chinese characters. */
  BetweenHan = 1,
  /** At a space that is not inside a formula. */
  Space = 2,
  /** After a clause's punctuation. */
  Clause = 3,
}

interface Opportunity {
  /** Index where the next line starts (the space, if any, is dropped). */
  at: number;
  kind: Break;
}

/** Every place the text may break, never inside a formula. */
function breakOpportunities(text: string): Opportunity[] {
  const out: Opportunity[] = [];
  for (let i = 1; i < text.length; i += 1) {
    const before = text[i - 1];
    const here = text[i];
    if (here === ' ') continue; // a break at a space is recorded at the character after it
    if (before === ' ') {
      const left = tokenEndingAt(text, i - 1);
      const right = tokenStartingAt(text, i);
      if (CLOSING_PUNCTUATION.test(left)) out.push({ at: i, kind: Break.Clause });
      else if (!gluedIntoFormula(left, right)) out.push({ at: i, kind: Break.Space });
    } else if (/[，。；：、！？]/.test(before)) out.push({ at: i, kind: Break.Clause });
    else if (HAN.test(before) && HAN.test(here)) out.push({ at: i, kind: Break.BetweenHan });
  }
  return out;
}

function gluedIntoFormula(left: string, right: string): boolean {
  if (!MATH_TOKEN.test(left) || !MATH_TOKEN.test(right)) return false;
  return OPERATOR.test(left) || OPERATOR.test(right) || /[=<>≤≥≠]/.test(left + right);
}

/** The space-separated token that ends just before index `end`, trimmed to its math tail. */
function tokenEndingAt(text: string, end: number): string {
  const start = text.lastIndexOf(' ', end - 1) + 1;
  return lastNonHanRun(text.slice(start, end));
}

function tokenStartingAt(text: string, start: number): string {
  const end = text.indexOf(' ', start);
  return firstNonHanRun(text.slice(start, end < 0 ? undefined : end));
}

// "得到3x" style tokens: only the part next to the space decides whether it is a formula.
function lastNonHanRun(token: string): string {
  const m = /[^\p{Script=Han}，。；：、！？]*$/u.exec(token);
  return m && m[0] ? m[0] : token;
}
function firstNonHanRun(token: string): string {
  const m = /^[^\p{Script=Han}，。；：、！？]*/u.exec(token);
  return m && m[0] ? m[0] : token;
}

/** Width in half-width units: a Chinese character or full-width sign counts 2, the rest 1. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\p{Script=Han}\u3000-\u303f\uff00-\uffef①-⑳]/u.test(ch) ? 2 : 1;
  return w;
}

/**
 * Greedy wrapping into lines of at most `width` half-width units (displayWidth). Each line
 * ends at the best opportunity: the longest line wins, with a bonus for ending a clause or
 * at a space, so "先去括号，" beats cutting between two characters further on; clause
 * punctuation may hang one character past the width. A formula longer than a line runs
 * long (up to half a line more) rather than being split.
 */
export function wrapLine(text: string, width: number): string[] {
  const lines: string[] = [];
  let rest = text.trim();
  while (displayWidth(rest) > width) {
    const cut = chooseBreak(rest, width);
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) lines.push(rest);
  return lines;
}

const BONUS: Record<Break, number> = {
  [Break.BetweenHan]: 0,
  [Break.Space]: 0.15,
  [Break.Clause]: 0.3,
};

function chooseBreak(text: string, width: number): number {
  const all = breakOpportunities(text).map((o) => ({
    ...o,
    width: displayWidth(text.slice(0, o.at).trimEnd()),
  }));
  const fits = all.filter(
    (o) => o.width <= width || (o.kind === Break.Clause && o.width <= width + 2),
  );
  if (fits.length) {
    const score = (o: (typeof fits)[number]) => o.width + BONUS[o.kind] * width;
    return fits.reduce((a, b) => (score(b) >= score(a) ? b : a)).at;
  }
  const overflow = all.find((o) => o.width <= width * 1.5);
  if (overflow) return overflow.at;
  // One formula longer than a line and a half: split it before a relation sign if possible.
  const relation = text.slice(0, width).search(/ [=<>≤≥≠][^=<>≤≥≠]*$/);
  return relation > 0 ? relation : width;
}
