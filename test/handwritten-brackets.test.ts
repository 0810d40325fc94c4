import { CROHME_FILE, readInkExpressions } from '../scripts/lib/crohme-glyphs';
import { expressionPhoto } from '../scripts/lib/crohme-photos';
import { mulberry32, stringHash } from '../src/pipeline/math/seeded-random';
import { toSharp } from '../src/pipeline/recognition/math/page-image';
import { MathRecognizer } from '../src/pipeline/recognition/math/math.recognizer';

/**
 * A hand closes a bracket in the same stroke as the glyph before it: bench:handwriting
 * (seed 2026, CI has ../shared/data/handwriting) read writer UN_133's "(77)" as "(7n" and
 * "(n+2)" as "(n + 7", the "7)" and "2)" one blob read as one unsure glyph. Each photo is the
 * bench's own (the expression's stream from its id), so the reading here is the bench's.
 */
jest.setTimeout(120_000);

const recognizer = new MathRecognizer();
afterAll(() => recognizer.close());

const expressions = new Map(
  readInkExpressions(CROHME_FILE)
    .filter((e) => e.id === 'UN_133_em_1130' || e.id === 'UN_133_em_1134')
    .map((e) => [e.id, e]),
);

async function reading(id: string): Promise<string> {
  const e = expressions.get(id);
  if (!e) throw new Error(`${id} is not in ${CROHME_FILE}`);
  const photo = await expressionPhoto(e, mulberry32(2026 ^ stringHash(e.id)));
  if (!photo) throw new Error(`${id} drew too large a photo`);
  const r = await recognizer.recognize(await toSharp(photo.gray).png().toBuffer());
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
