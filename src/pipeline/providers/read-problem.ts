import { PipelineError } from '../errors';
import { CandidateDetail, Recognition, RecognizedSymbol } from '../recognition/recognizer';
import { AnswerValue } from '../solver/solution';
import { sameAnswers } from './answer-equivalence';

/** How strongly each failure speaks against the image: the most specific one is reported. */
const SEVERITY: Record<string, number> = {
  NO_PROBLEM_FOUND: 0,
  UNSUPPORTED_PROBLEM: 1,
  PROBLEM_TOO_LARGE: 1,
  ANSWER_CHECK_FAILED: 2,
};

export interface ProblemReading<T> {
  /** The reading that won: the first candidate that is a well-posed, checkable problem. */
  text: string;
  /** Its place among the recogniser's candidates (for the per-symbol details). */
  index: number;
  value: T;
}

/**
 * The solver as judge over an OCR's candidate readings: the first that parses, solves and
 * checks wins. `attempt` solves one candidate (in the reader's threads, within its budget).
 * Throws the most specific failure when none does.
 */
export async function readProblem<T>(
  recognition: Recognition,
  attempt: (candidate: string, index: number) => Promise<T>,
): Promise<ProblemReading<T>> {
  let best = new PipelineError(
    'NO_PROBLEM_FOUND',
    `nothing readable in "${recognition.rawText.slice(0, 80)}"`,
  );
  const winners = recognition.candidates.slice(0, recognition.doubtOnlyFrom);
  for (const [index, candidate] of winners.entries()) {
    try {
      return { text: candidate, index, value: await attempt(candidate, index) };
    } catch (e) {
      if (!(e instanceof PipelineError)) throw e;
      // A reading that needs a guessed symbol says nothing specific about the photo: its
      // failure ("chained relations" from a ≠ swapped in) must not outrank "nothing read".
      if (weakSymbols(recognition, index).length) continue;
      if ((SEVERITY[e.code] ?? 0) > (SEVERITY[best.code] ?? 0)) best = e;
    }
  }
  throw best;
}

/**
 * The first other formula the recogniser offered (a swap of unsure symbols for their
 * runner-up, or a second classifier's reading) that also solves and checks, to a different
 * answer than the winner's — or null. Readings that differ only in the prompt are not
 * rivals; nor are ones that are no problem at all (the usual fate of a swapped symbol: "1"
 * read as "l"), nor weak ones (an unlikely letter the first reading does not need).
 */
export async function rivalReading(
  recognition: Recognition,
  winner: number,
  winnerAnswer: AnswerValue[],
  solveAnswer: (candidate: string) => Promise<AnswerValue[]>,
): Promise<string | null> {
  const formulas = recognition.details?.map((d) => d.latex) ?? [];
  const seen = new Set([formulas[winner]]);
  for (const [index, text] of recognition.candidates.entries()) {
    const formula = formulas[index];
    if (index === winner || formula === undefined || seen.has(formula)) continue;
    if (recognition.details?.[index]?.weak && !closeCall(recognition, winner, index)) continue;
    seen.add(formula);
    // A reading with a number no one can write (a comma that ends one, a leading zero) is
    // none: it casts no doubt ("− 3," for − 39, a point read as a product in "0·0878").
    if (marksNoNumberHas(text).length) continue;
    try {
      const answer = await solveAnswer(text);
      if (!sameAnswers(answer, winnerAnswer) && !sameButItsName(answer, winnerAnswer)) return text;
    } catch (e) {
      if (!(e instanceof PipelineError)) throw e;
    }
  }
  return null;
}

/**
 * Whether reading `index` differs from the winner only where the classifier believed its
 * symbols nearly as much as the winner's (CLOSE_CALL of their probability): an unlikely
 * letter read so is a close call, not a guess, and its reading casts doubt. A hand's x read
 * 2 at 0.47 and z at 0.44 made "9x + 1" the number 92 + 1, and 9z + 1, the one reading with
 * the letter, was passed over as a guess: 2x(9x + 1)(3x + 1)³ was expanded as 2x · 93 · ….
 */
function closeCall(recognition: Recognition, winner: number, index: number): boolean {
  const swapped = swappedPairs(recognition, winner, index);
  return (
    swapped.length > 0 &&
    swapped.every(([mine, other]) => other.confidence >= CLOSE_CALL * mine.confidence)
  );
}

/** How near the winner's belief a swapped symbol's must come to be a close call. */
const CLOSE_CALL = 0.8;

/**
 * Whether two answers are one, but for the name of their only unknown: "r ≥ 1" read "p ≥ 1"
 * solves alike, and the doubt is only which letter the student wrote (a letter's misread
 * in a problem of one unknown changes its name, not its answer).
 */
function sameButItsName(a: AnswerValue[], b: AnswerValue[]): boolean {
  const only = (answer: AnswerValue[]) => {
    const names = new Set(answer.map((v) => v.variable.trim()));
    const [name] = names;
    return names.size === 1 && /^[a-z]$/i.test(name) ? name : null;
  };
  const [from, to] = [only(a), only(b)];
  if (!from || !to || from === to) return false;
  const word = new RegExp(`\\b${from}\\b`, 'g');
  return sameAnswers(
    a.map((v) => ({ variable: to, value: v.value.replace(word, to) })),
    b,
  );
}

/**
 * The symbols of reading `a` that reading `b` reads otherwise (the swaps that make two
 * readings of one photo differ), as `a` has them: what to name when asking the student.
 */
export function swappedSymbols(recognition: Recognition, a: number, b: number): string[] {
  return [...new Set(swappedPairs(recognition, a, b).map(([ours]) => ours.text))];
}

/** Each symbol of reading `a` that reading `b` reads otherwise, with `b`'s symbol in its place. */
function swappedPairs(
  recognition: Recognition,
  a: number,
  b: number,
): [RecognizedSymbol, RecognizedSymbol][] {
  const ours = recognition.details?.[a]?.symbols ?? [];
  const theirs = recognition.details?.[b]?.symbols ?? [];
  return ours.flatMap((s, i): [RecognizedSymbol, RecognizedSymbol][] =>
    theirs[i] !== undefined && theirs[i].text !== s.text ? [[s, theirs[i]]] : [],
  );
}

/**
 * What a winning reading guessed: the symbols it reads otherwise than the recogniser's first
 * reading when that takes an unlikely letter the first does without (its `weak` mark). Such
 * a reading won only because the first was no problem, and the letter is a guess: a raised
 * 9 read g was answered "xg − x⁸" for x⁹ − x⁸, an x read k "t² + t + k". Empty otherwise.
 */
export function lettersOnlyItNeeds(recognition: Recognition, index: number): string[] {
  if (!recognition.details?.[index]?.weak) return [];
  const swapped = swappedSymbols(recognition, index, 0);
  return swapped.length ? swapped : [recognition.candidates[index]];
}

/**
 * Below this probability a symbol of the winning reading is a guess, not a reading: the
 * classifier's first choice there was no valid problem, or it was barely surer of it than of
 * anything else. 0.4 since the handwriting classifier became a two-member ensemble, which is
 * less sure where its members disagree: at 0.3 an x² run into one blob, read × at 0.36 and
 * made x where no operator stands, answered x² − 3x + 2 = 0 as x − 3x + 2 = 0.
 */
export const SYMBOL_FLOOR = 0.4;

/** The symbols of reading `index` whose shape was read with less than SYMBOL_FLOOR belief. */
export function weakSymbols(recognition: Recognition, index: number): string[] {
  const symbols = recognition.details?.[index]?.symbols ?? [];
  const weak = symbols.filter((s) => (s.shape ?? s.confidence) < SYMBOL_FLOOR);
  return [...new Set(weak.map((s) => s.text))];
}

/**
 * Numbers of a reading that nobody writes: a whole number with a leading zero ("0988" is
 * −0.988 with its point lost to the photo), a comma that is not between two digits ("3, ÷ 35":
 * a fleck of the pen the solver would pass over), a coefficient 1 before a letter ("x² − 1x":
 * a 3 read as 1, answered "no real solution") or times one, a fraction right after another
 * whose numerator opens on a minus (a bar broken in two) and, by hand, what a misread looks
 * like (handWrittenOddities; print may set ".25"). Solving such a reading would answer
 * another problem. The prompt before the colon is prose, where commas belong.
 */
export function implausibleNumbers(text: string, script?: 'print' | 'handwriting'): string[] {
  const formula = formulaOf(text);
  const oddities = [
    // A function's name may follow a 1 ("1 sin x" as some worksheets set it); a letter may not,
    // nor "1 ×" a letter (1 m read 1 × k). (A 1 before a root is written, adding like roots.)
    ...formula.matchAll(/(?<![\w.^])1\s?(?:[×*]\s?)?[a-z](?![a-z(])/g),
    // Nor a run of letters that names no function ("1xt": h × h, its h read 1 and t).
    ...formula.matchAll(
      /(?<![\w.^])1\s?(?:[×*]\s?)?(?!sqrt|sin|cos|tan|cot|sec|csc|log|ln|lg|exp)[a-z]{2,}/g,
    ),
    // A fraction set right after another with its numerator opening on a minus ("x/(x)
    // (- 5)/(- 3)"): one bar broken in two, its halves read as two fractions; a second
    // fraction would stand after an operator, its sign in front.
    ...formula.matchAll(/\/\(?[^\s()]+\)? \(- [^()]*\)\//g),
    // A root of zero: no problem asks it; the digits before the 0 went into the sign (a
    // long-division bracket over 200 read 2√0 and answered 0).
    ...formula.matchAll(/(?:sqrt\(0\)|√0)(?![\d.])/g),
    ...(script === 'print' ? [] : handWrittenOddities(formula)),
  ];
  return [...marksNoNumberHas(text), ...oddities.map((m) => m[0])];
}

/** The formula of a reading, its prompt left out (prose, where commas belong). */
function formulaOf(text: string): string {
  return text.includes(': ') ? text.slice(text.indexOf(': ') + 2) : text;
}

/**
 * What no number is written with: a leading zero on a whole number, and a comma that is
 * not between two digits (unless it lists equations or conditions, "x + y = 2, x − y = 0").
 */
export function marksNoNumberHas(text: string): string[] {
  const formula = formulaOf(text);
  const listed = formula.split(',').every((part) => /[=<>≤≥]/.test(part));
  return [
    ...formula.matchAll(/(?<![\d.])0\d+(?![\d.])/g),
    ...(listed ? [] : formula.matchAll(/(?<!\d),|,(?!\d)/g)),
  ].map((m) => m[0]);
}

/**
 * What a hand's misread looks like: a number starting with its point (".1" in "n + .1" is a
 * speck before a 1), a number's power 0 ("1/(18⁰)": a 180 whose 0 was written high; a
 * letter's x⁰ is the rule of exponents, which a hand writes as print sets it: x⁰x¹x²x³ was
 * refused at eleven seeds for it), a power of a lone 1 ("x ≤ 1⁵": a hand's
 * 15 with its 5 written high; 1 to any power is 1, which nobody asks), and a number or a
 * letter after a product dot behind a letter ("x · 2": a hand writes 2x, and a pen's fleck
 * before a raised 2 reads so; "t · x": a hand writes tx, and an i's dot read as a product
 * made x⁸ + ix⁹ the answer t·x⁹ + x⁸), nor a product dot between two numbers (a hand writes
 * × there, and a point written high reads so: 0.9 − 0.9 = 0 read 0·9 − 0·9 = 0; an i's dot
 * made 0.01i read 0.01·1).
 */
function handWrittenOddities(formula: string): RegExpMatchArray[] {
  return [
    ...formula.matchAll(/(?<![\w.)])\.\d+/g),
    ...formula.matchAll(/(?<![a-z])\^\(?0(?![\d.])/g),
    ...formula.matchAll(/(?<![\w.)])1\^/g),
    ...formula.matchAll(/[a-z]\s?\*\s?[a-z\d]/g),
    ...formula.matchAll(/(?<![\w.^])\d+(?:\.\d+)?\s?\*\s?\d/g),
  ];
}

/**
 * A handwritten linear equation or inequality whose unknown cancels out and that never
 * holds ("no solution"): one misread number turns an identity into one (3N − 3 − 2 = 3N − 5
 * read 3v − 32 = 3v − 5), while a hand's exercise seldom is one. An identity read so is left
 * alone: a misread seldom makes both sides agree for every x, and a hand's working often
 * writes identities down (bench:handwriting answered five right).
 */
export function neverHolds(script: {
  problem: { kind: string };
  answer: { values: unknown[] };
}): boolean {
  const { kind } = script.problem;
  return (
    (kind === 'linear_equation' || kind === 'linear_inequality') &&
    script.answer.values.length === 0
  );
}

/**
 * An answer no worksheet has: a number of more than 15 digits comes from a digit misread
 * as an exponent (9920/99 read as 99²⁰/99), not from a problem set for a student; nor does
 * a sum written in columns (竖式) come out below zero: the column form is taught for
 * subtracting a smaller number, and a negative result means a digit of the top row was
 * lost or run into its neighbour (2000 − 1999 read as 300 − 1999).
 */
export function implausibleAnswer(
  values: AnswerValue[],
  layout?: CandidateDetail['layout'],
): boolean {
  return values.some(
    (v) => /\d{16}/.test(v.value) || (layout === 'column' && v.value.trim().startsWith('-')),
  );
}
