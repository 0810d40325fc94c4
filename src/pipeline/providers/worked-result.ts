/** What may stand in for an unsure symbol of a line of working: its shape's rivals. */
const DIGITS = [...'0123456789'];
const OPERATORS = ['+', '-', '×', '÷'];

/** More substitutions than this and the check costs more than asking the student. */
const MAX_TRIALS = 80;

/**
 * A line of working written with its result ("5 + 2 + 4 + 4 + 3 = 18", "(112 ÷ 2)/(126 ÷ 2)
 * = 56/63") checks its own reading: it holds as read (the solver refuses one whose sides
 * differ), and a digit or operator misread would break it. So an unsure digit, operator or
 * point of such a line is settled when no other one in its place — nor, for a digit or a
 * point, none at all (a fleck read as a digit) — keeps every side equal. Where another
 * does, the line is not evidence for either and the doubt stands. Only lines of numbers are
 * judged: a letter's misread as the digit that solves its equation would hold too (an n
 * read 4 in 5 + 2 + n + 4 + 3 = 18), and rival readings with letters are the rival check's.
 *
 * `holds` solves a line of working and says whether it stood (in the reader's threads).
 */
export async function settledByItsResult(
  text: string,
  unsure: string[],
  holds: (text: string) => Promise<boolean>,
): Promise<boolean> {
  const cut = text.includes(': ') ? text.indexOf(': ') + 2 : 0;
  const [prompt, formula] = [text.slice(0, cut), text.slice(cut)];
  if (!isLineOfNumbers(formula)) return false;
  const trials: string[] = [];
  for (const symbol of unsure) {
    const ch = symbol === '−' ? '-' : symbol;
    const rivals = rivalsOf(ch, formula);
    if (!rivals) return false;
    for (let at = formula.indexOf(ch); at >= 0; at = formula.indexOf(ch, at + 1))
      for (const rival of rivals)
        trials.push(prompt + formula.slice(0, at) + rival + formula.slice(at + ch.length));
  }
  if (trials.length > MAX_TRIALS) return false;
  for (const trial of trials) if (await holds(trial)) return false;
  return true;
}

/** Numbers, the four operations, brackets, fraction slashes and two sides or more. */
function isLineOfNumbers(formula: string): boolean {
  if (!/^[\d.+\-×÷()/= ]+$/.test(formula) || !/\d/.test(formula)) return false;
  const sides = formula.split('=').map((side) => side.trim());
  return sides.length >= 2 && sides.every((side) => /\d/.test(side));
}

/**
 * What else the unsure symbol may be, or null when it is no digit, operator or point (a
 * bracket's misread changes the grouping, not one number). A minus may be a fraction's bar
 * read as "/": then it is not judged.
 */
function rivalsOf(ch: string, formula: string): string[] | null {
  if (DIGITS.includes(ch)) return [...DIGITS.filter((d) => d !== ch), ''];
  if (ch === '-' && formula.includes('/')) return null;
  if (OPERATORS.includes(ch)) return OPERATORS.filter((o) => o !== ch);
  if (ch === '.') return [''];
  return null;
}
