import { parseProblemText } from './problem-parser';
import { solveAndCheck } from './solve';
import { Solution } from './solution';

/** Parse, solve and check one problem text: what every solver spec starts from. */
export function solveFromText(text: string): Solution {
  return solveAndCheck(parseProblemText(text).problem);
}

export function answerStrings(s: Solution): string[] {
  return s.answer.values.map((v) => (v.variable ? `${v.variable}=${v.value}` : v.value));
}
