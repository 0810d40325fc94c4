import { generateFuzzCases } from '../bench/fuzz/generate';
import { runCases } from '../bench/fuzz/run';
import { solveText } from '../src/pipeline/providers/solve-text';

/**
 * A fixed-seed slice of bench:fuzz: generated problems of every class, plain and mutated,
 * each answered as mathjs answers it or refused. (The bench runs 10,000 and more.)
 */
describe('differential fuzzing against mathjs', () => {
  it('gives no answer that mathjs disagrees with in 400 cases', async () => {
    const outcomes = await runCases(
      generateFuzzCases(7, 400),
      async (text) => solveText(text).solution.answer.values,
    );
    const wrong = outcomes.filter((o) => o.verdict === 'disagree' || o.verdict === 'unreferenced');
    expect(wrong.map((o) => `${o.fuzz.prompt}${o.fuzz.math}: ${o.detail}`)).toEqual([]);
    // Refusing everything would pass the line above: the plain problems must be answered.
    // Half the generated cubics have no rational root and are refused by design.
    const plain = outcomes.filter((o) => o.fuzz.mutation === 'none' && o.fuzz.cls !== 'cubic');
    const answered = plain.filter((o) => o.verdict === 'agree');
    expect(answered.length / plain.length).toBeGreaterThan(0.95);
    for (const cls of new Set(outcomes.map((o) => o.fuzz.cls)))
      expect(outcomes.some((o) => o.fuzz.cls === cls && o.verdict === 'agree')).toBe(true);
    // Hostile mutations are refused, never answered as something else.
    const hostile = outcomes.filter((o) =>
      ['word', 'unknown_function', 'unbalanced'].includes(o.fuzz.mutation),
    );
    expect(hostile.every((o) => o.verdict === 'refused')).toBe(true);
  });
});
