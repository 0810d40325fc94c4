import { MathRecognizer } from '../src/pipeline/recognition/math/math.recognizer';
import { benchPhoto } from './helpers/bench-photo';

/**
 * A hand closes a bracket in the same stroke as the glyph before it: bench:handwriting
 * (seed 2026, CI has ../shared/data/handwriting) read writer UN_133's "(77)" as "(7n" and
 * "(n+2)" as "(n + 7", the "7)" and "2)" one blob read as one unsure glyph. Each photo is the
 * bench's own (the expression's stream from its id), so the reading here is the bench's.
 */
jest.setTimeout(120_000);

const recognizer = new MathRecognizer();
afterAll(() => recognizer.close());

async function reading(id: string): Promise<string> {
  const r = await recognizer.recognize(await benchPhoto(id, 2026));
  return (r.candidates[0] ?? '').replace(/\s+/g, '');
}

describe('a bracket written in one stroke with the glyph beside it', () => {
  it('closes (77) whose 7 ran into its ")"', async () => {
    expect(await reading('UN_133_em_1130')).toContain('(77)');
  });

  it('closes (n+2) whose 2 ran into its ")"', async () => {
    expect(await reading('UN_133_em_1134')).toContain('(n+2)');
  });
});
