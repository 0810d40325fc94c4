import { OfflineScriptProvider } from '../src/pipeline/providers/offline.provider';
import { toSharp } from '../src/pipeline/recognition/math/page-image';
import { ProblemReader } from '../src/pipeline/sandbox/problem-reader';
import { expressionPhoto } from '../scripts/lib/crohme-photos';
import { handwrittenLayout, loadHandBank } from '../bench/handwritten-layouts';
import { judgeLayout } from '../bench/layout-verdict';
import { LAYOUT_KINDS, LayoutKind, layoutProblem } from '../bench/primary-layouts';
import { mulberry32 } from '../bench/problem-set';

/**
 * Column arithmetic written by hand (bench:hw-layouts: the unseen CROHME writers' digits
 * set in columns and photographed; CI has ../shared/data/handwriting). Most are refused —
 * the hand classifier reads few whole columns — but none may be answered wrong: a column's
 * top row answered alone (2800 over + 3808 gave 2800), a row run into one blob left out of
 * the sum, a point lost from one row of decimals, were each a wrong answer.
 */
/** The layouts bench:hw-layouts draws, in its order (a hand writes no dollar sign). */
const BENCH_KINDS = LAYOUT_KINDS.filter((k) => k !== 'money column');

describe('handwritten column arithmetic', () => {
  const provider = new OfflineScriptProvider(new ProblemReader());
  afterAll(() => provider.close());

  /** Verdicts on `judged` layouts of bench:hw-layouts' draw at `seed` (`per` a layout). */
  async function benchDraw(seed: number, kinds: LayoutKind[], judged: LayoutKind[], per = 30) {
    const bank = loadHandBank();
    const rand = mulberry32(seed);
    const verdicts: string[] = [];
    for (const kind of kinds)
      for (let i = 0; i < per; i += 1) {
        const problem = layoutProblem(kind, rand);
        const written = handwrittenLayout(problem, bank, rand);
        const photo = written && (await expressionPhoto(written, rand));
        if (!photo || !judged.includes(kind)) continue;
        const image = await toSharp(photo.gray).png().toBuffer();
        const { verdict, said } = await judgeLayout(provider, image, problem);
        verdicts.push(`${verdict} ${problem.text}: ${said}`);
      }
    return verdicts;
  }

  it('answers no column wrong', async () => {
    const kinds: LayoutKind[] = ['column −', 'three addends'];
    const verdicts = await benchDraw(2026, kinds, kinds);
    expect(verdicts.length).toBeGreaterThanOrEqual(55);
    expect(verdicts.filter((v) => v.startsWith('wrong'))).toEqual([]);
    expect(verdicts.filter((v) => v.startsWith('right')).length).toBeGreaterThan(0);
  });

  it('answers none of the columns and divisions of seed 13 wrong', async () => {
    // bench:hw-layouts --seed 13 answered three of these wrong: 2767 over − 1837 as 23 · 67
    // (its minus and rule read as an "="), 775 × 80 as 77.5 × 80 (a 5's broken-off end read
    // as a point) and 4368 ÷ 14 as 438 ÷ 14 (its 36 one blob, read 3 at 0.43).
    const verdicts = await benchDraw(13, BENCH_KINDS, ['column −', 'column ×', 'long division']);
    expect(verdicts.length).toBeGreaterThanOrEqual(85);
    expect(verdicts.filter((v) => v.startsWith('wrong'))).toEqual([]);
  });

  it('answers none of the columns and divisions of seed 29 wrong', async () => {
    // Four wrong before: 7464 + 6717 as 7164 + 67.17 (a speck read as a decimal comma in
    // one row), 4585 − 2022 as 4585 (the row 2022 one blob, dropped as dust), 289.15 +
    // 794.9 as 28915 + 7949 (both points lost, the rows a digit out of line) and
    // 3978 ÷ 18 as 3978 ÷ 1 (the 18 one blob, read 1).
    const judged: LayoutKind[] = ['column +', 'column −', 'decimal column', 'long division'];
    const verdicts = await benchDraw(29, BENCH_KINDS, judged);
    expect(verdicts.length).toBeGreaterThanOrEqual(110);
    expect(verdicts.filter((v) => v.startsWith('wrong'))).toEqual([]);
  });

  it('answers none of the ten-a-layout draws at seeds 23, 29 and 31 judged here wrong', async () => {
    // bench:hw-layouts --per 10: 821 over × 69 was answered 821 (the lower row, its 69 one
    // blob, dropped as dust), 9484 over − 9459 solved as the equation 9l + 84 = 9459 (a 4
    // read "l +", the minus and rule an "="), and 4528 ÷ 8 answered as 4328 ÷ 8 (its 5
    // read 3 at 0.64, s at 0.33: the 5 was never offered, nor any swap as a division).
    const times = await benchDraw(23, BENCH_KINDS.slice(0, 3), ['column ×'], 10);
    const minus = await benchDraw(29, BENCH_KINDS.slice(0, 2), ['column −'], 10);
    const divisions = await benchDraw(31, BENCH_KINDS, ['long division'], 10);
    const verdicts = [...times, ...minus, ...divisions];
    expect(verdicts.length).toBeGreaterThanOrEqual(27);
    expect(verdicts.filter((v) => v.startsWith('wrong'))).toEqual([]);
  });
});
