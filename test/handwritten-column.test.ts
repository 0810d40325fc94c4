import { OfflineScriptProvider } from '../src/pipeline/providers/offline.provider';
import { toSharp } from '../src/pipeline/recognition/math/page-image';
import { ProblemReader } from '../src/pipeline/sandbox/problem-reader';
import { expressionPhoto } from '../scripts/lib/crohme-photos';
import { handwrittenLayout, loadHandBank } from '../bench/handwritten-layouts';
import { judgeLayout } from '../bench/layout-verdict';
import { LayoutKind, layoutProblem } from '../bench/primary-layouts';
import { mulberry32 } from '../bench/problem-set';

/**
 * Column arithmetic written by hand (bench:hw-layouts: the unseen CROHME writers' digits
 * set in columns and photographed; CI has ../shared/data/handwriting). Most are refused —
 * the hand classifier reads few whole columns — but none may be answered wrong: a column's
 * top row answered alone (2800 over + 3808 gave 2800), a row run into one blob left out of
 * the sum, a point lost from one row of decimals, were each a wrong answer.
 */
describe('handwritten column arithmetic', () => {
  const provider = new OfflineScriptProvider(new ProblemReader());
  afterAll(() => provider.close());

  it('answers no column wrong', async () => {
    const bank = loadHandBank();
    const rand = mulberry32(2026);
    const verdicts: string[] = [];
    const kinds: LayoutKind[] = ['column −', 'three addends'];
    for (const kind of kinds)
      for (let i = 0; i < 30; i += 1) {
        const problem = layoutProblem(kind, rand);
        const written = handwrittenLayout(problem, bank, rand);
        const photo = written && (await expressionPhoto(written, rand));
        if (!photo) continue;
        const image = await toSharp(photo.gray).png().toBuffer();
        const { verdict, said } = await judgeLayout(provider, image, problem);
        verdicts.push(`${verdict} ${problem.text}: ${said}`);
      }
    expect(verdicts.length).toBeGreaterThanOrEqual(55);
    expect(verdicts.filter((v) => v.startsWith('wrong'))).toEqual([]);
    expect(verdicts.filter((v) => v.startsWith('right')).length).toBeGreaterThan(0);
  });
});
