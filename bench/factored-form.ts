import { AnswerValue } from '../src/pipeline/solver/solution';
import { sameAnswers } from '../src/pipeline/providers/answer-equivalence';

/**
 * A factoring is right when it is equal to the expected product *and* has the same factors:
 * "x^2 - 9" equals "(x + 3)(x - 3)" in value but is not factored. Compared as the sorted
 * list of bracketed factors (with powers) and what stands before them.
 */
export function sameFactoring(got: AnswerValue[], want: AnswerValue[]): boolean {
  if (got.length !== 1 || want.length !== 1) return false;
  const explicit = (v: string) => v.replace(/(?<![A-Za-z])([a-z])\s*\(/g, '$1*(');
  const valueOk = sameAnswers(
    [{ variable: '', value: explicit(got[0].value) }],
    [{ variable: '', value: explicit(want[0].value) }],
  );
  return valueOk && factorsOf(got[0].value) === factorsOf(want[0].value);
}

function factorsOf(value: string): string {
  const compact = value.replace(/\s+/g, '');
  const groups = compact.match(/\([^()]*\)(?:\^\d+)?/g) ?? [];
  const prefix = compact.replace(/\([^()]*\)(?:\^\d+)?/g, '');
  return [prefix, ...groups.sort()].join('|');
}
