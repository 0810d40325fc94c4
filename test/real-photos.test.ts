import { OfflineScriptProvider } from '../src/pipeline/providers/offline.provider';
import { ProblemReader } from '../src/pipeline/sandbox/problem-reader';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { DEV_SET_DIR, judgeRealImage, readRealSet } from '../bench/real-photos';
import {
  PHOTO_VARIANTS,
  croppedToInk,
  hardShadow,
  lightOnDark,
  onDesk,
  onScreen,
  ruled,
} from '../bench/photo-variants';
import { Recognition } from '../src/pipeline/recognition/recognizer';

/**
 * The development set of real photos and scans (../shared/data/real-photos, which CI has):
 * nothing in it may be answered wrong — a refusal is acceptable, a wrong answer with a
 * green check is not — and the photos read right today stay right, printed and handwritten.
 * `npm run bench:real` prints the same judgement with figures.
 */
const READ_RIGHT = [
  'r01.jpg',
  'r02.jpg',
  'r06.jpg',
  'r07.jpg',
  'r09.jpg',
  'r15.jpg',
  'r20.jpg',
  'r29.png',
  'r33.jpg',
  'r37.png',
  'p01.jpg',
  'p03.jpg',
  'p06.jpg',
  'p09.jpg',
  'p12.jpg',
  'p14.jpg',
  'p16.jpg',
  'p20.jpg',
];

describe('real photos (development set)', () => {
  const provider = new OfflineScriptProvider(new ProblemReader());
  afterAll(() => provider.close());

  it('answers none wrong and keeps reading the ones it reads', async () => {
    const images = readRealSet(DEV_SET_DIR);
    expect(images.length).toBeGreaterThanOrEqual(22);
    const verdicts: Record<string, string> = {};
    for (const image of images) {
      const { verdict, said } = await judgeRealImage(provider, DEV_SET_DIR, image);
      verdicts[image.file] = verdict === 'right' ? 'right' : `${verdict}: ${said}`;
    }
    const wrong = Object.entries(verdicts).filter(([, v]) => v.startsWith('wrong'));
    expect(wrong).toEqual([]);
    expect(Object.fromEntries(READ_RIGHT.map((f) => [f, verdicts[f]]))).toEqual(
      Object.fromEntries(READ_RIGHT.map((f) => [f, 'right'])),
    );
  });

  /** No variant answered wrong, and each of `read` answered right. */
  function expectNoneWrongAndRead(verdicts: Record<string, string>, read: string[]) {
    expect(Object.values(verdicts)).not.toContain('wrong');
    expect(read.map((f) => verdicts[f])).toEqual(read.map(() => 'right'));
  }

  /** Each photo of the set (or those named) taken another way, judged: file → verdict. */
  async function verdictsOf(make: (photo: Buffer) => Promise<Buffer>, only?: string[]) {
    const work = mkdtempSync(join(tmpdir(), 'dogmath-variant-'));
    try {
      const verdicts: Record<string, string> = {};
      for (const image of readRealSet(DEV_SET_DIR)) {
        if (only && !only.includes(image.file)) continue;
        writeFileSync(
          join(work, image.file),
          await make(readFileSync(join(DEV_SET_DIR, image.file))),
        );
        verdicts[image.file] = (await judgeRealImage(provider, work, image)).verdict;
      }
      return verdicts;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }

  it("reads photos written across an exercise book's ruled lines, and none wrong", async () => {
    // Without taking the ruling out, r33's exponent joined a line and it was answered wrong.
    // p14 was read too until steps in the light of 15 % were followed: a 142-px crop, its
    // blurred strokes fill its 12-px blocks, which then pass for a step, and the paper
    // followed closely there joins its 2 to a ruled line (refused; see README).
    const verdicts = await verdictsOf(ruled);
    expectNoneWrongAndRead(verdicts, ['r02.jpg', 'r06.jpg', 'r09.jpg', 'r33.jpg', 'p03.jpg']);
  });

  it('reads a photo turned on its paper, whose white strip meets grey paper', async () => {
    // The strip's edge, 0.78 as bright beside it, binarised as a band of ink that swallowed
    // the bracket next to it until steps in the light of 15 % were followed (was a quarter).
    for (const name of ['turned +3°', 'turned −3°']) {
      const turn = PHOTO_VARIANTS.find((v) => v.name === name);
      if (!turn) throw new Error(`no variant ${name}`);
      expect(await verdictsOf(turn.make, ['r29.png'])).toEqual({ 'r29.png': 'right' });
    }
  });

  it("reads photos under a hard shadow's edge, and none wrong", async () => {
    // The paper's blocks blurred the edge into a band of ink along it: 2 were answered wrong.
    // p14's thin italic y broke in three under the shadow until steps in the light of 15 %
    // were followed (was a quarter).
    const verdicts = await verdictsOf(hardShadow);
    expectNoneWrongAndRead(verdicts, [
      'r02.jpg',
      'r07.jpg',
      'r09.jpg',
      'r33.jpg',
      'p06.jpg',
      'p14.jpg',
      'p16.jpg',
      'p20.jpg',
    ]);
  });

  it('reads a 1 written as a plain stroke as a 1 where a bar alone means nothing', async () => {
    // r06 out of focus: the 1 of 12x reads | at 1.00, and "= |2x − 10" is no problem.
    const verdicts = await verdictsOf((photo) => sharp(photo).blur(3.5).png().toBuffer());
    expect(verdicts['r06.jpg']).toBe('right');
    expect(Object.values(verdicts)).not.toContain('wrong');
  });

  it('reads photos cropped to their ink, and none wrong', async () => {
    // p01's point, touching the crop's foot with the digits, went with the rim's dust and
    // 39.6 was answered as 396; now it is a point the layout must vouch for (doubted here).
    // p14's 1/3 ends at the crop's right edge, its bar shorter than a digit is tall. r07's
    // rule under 2000 − 1999 is cut off at the crop's foot: its rows are the column still.
    // p06's ÷ has its upper dot cut by the crop's top: a round dot is kept with the specks.
    // r20's small 3 after x² − stays out of the exponent (was x^(2 − 3)x). p01's point is
    // placed as the line's other points are (a sure point); p16's 2 has its base back, parted
    // from it where the stroke thinned and left at the crop's foot.
    const verdicts = await verdictsOf(croppedToInk);
    expectNoneWrongAndRead(verdicts, [
      'r06.jpg',
      'r07.jpg',
      'r09.jpg',
      'r20.jpg',
      'r29.png',
      'r33.jpg',
      'p01.jpg',
      'p03.jpg',
      'p06.jpg',
      'p09.jpg',
      'p14.jpg',
      'p16.jpg',
    ]);
  });

  it('reads photos written light on dark, as on a blackboard or a dark screen', async () => {
    // Read as they came, not one of these was read: the board was taken for ink.
    const verdicts = await verdictsOf(lightOnDark);
    // But p03, whose 9 of 70.9 breaks at the squeezed contrast, and r01, whose $ and 4 run
    // together there (its handwriting second opinion reads 40 + 76: refused).
    const read = READ_RIGHT.filter((f) => f !== 'p03.jpg' && f !== 'r01.jpg');
    expect(read.map((f) => verdicts[f])).toEqual(read.map(() => 'right'));
    // r13 is read whole this way (refused as it came, for a lost 1 and a 2 read ≥), its 5
    // read 3 at 0.82 and 5 at 0.02, as the classifier reads it in the photo itself. It had
    // been answered so (23.3); its perturbed copies read it s and 5, and the 5 they read is
    // now its rival: refused (digitsTheCopiesRead, copies-rivals.ts).
    const wrong = Object.keys(verdicts).filter((f) => verdicts[f] === 'wrong');
    expect(wrong).toEqual([]);
    expect(verdicts['r13.jpg']).toBe('refused');
  });

  it("does not read a screen's bezel, turned into the picture, as 1s", async () => {
    // Its dark wedges along the sides left thin strokes at the photo's edges, read as 1s:
    // 2x − 3 = −7 was answered as 12x − 3 = −71. A stroke along the edge is now a guess.
    const verdicts = await verdictsOf((photo) => onScreen(photo, true), ['r37.png']);
    expect(verdicts['r37.png']).toBe('refused');
  });

  it('reads every photo it reads when the desk shows around the sheet', async () => {
    // The desk was the page's commonest grey: the binarisation took it for the paper, and
    // not one of the 22 was read.
    const verdicts = await verdictsOf(onDesk);
    // Except p09, whose last 2 the desk's frame pushes against the photo's edge: the
    // handwriting ensemble's members differ on it (2 and 1), and a rival is a refusal.
    const read = READ_RIGHT.filter((f) => f !== 'p09.jpg');
    expect(read.map((f) => verdicts[f])).toEqual(read.map(() => 'right'));
    expect(Object.values(verdicts)).not.toContain('wrong');
  });
});

describe('a handwritten page whose prompt asks for nothing known', () => {
  /** A reader that reads every photo as `recognition` and solves with the real solver. */
  class ReadsAs extends ProblemReader {
    constructor(private readonly reading: Recognition) {
      super();
    }
    override recognize(): Promise<Recognition> {
      return Promise.resolve(this.reading);
    }
  }
  const reading = (unreadPrompt?: string): Recognition => ({
    engine: 'dogmath-math',
    // A sum, not the bare 470 of the photo: a number alone is refused on its own account.
    candidates: ['- 工掀: 470 + 8', '470 + 8'],
    script: 'handwriting',
    ...(unreadPrompt ? { unreadPrompt } : {}),
    confidence: 0.9,
    rawText: '- 工掀: 470 + 8',
    details: ['470+8', '470+8'].map((latex) => ({
      latex,
      symbols: [...'470+8'].map((text) => ({ text, confidence: 0.99, shape: 0.99 })),
    })),
  });
  const create = async (recognition: Recognition) => {
    const provider = new OfflineScriptProvider(new ReadsAs(recognition));
    try {
      return await provider
        .createScript({ image: Buffer.from('photo'), lang: 'en-US' })
        .catch((e: unknown) => e);
    } finally {
      await provider.close();
    }
  };

  it('is not answered: the line taken for a prompt was the top of the formula', async () => {
    // −7/480 √30 written by hand: "− 7" over the bar was split off as prose, and 480 alone
    // (its 8 read 7) was answered 470.
    expect(await create(reading('- 工掀'))).toMatchObject({
      code: 'UNCLEAR_READING',
      detail: expect.stringContaining('工掀') as unknown,
    });
    expect(await create(reading())).toMatchObject({ answer: { values: [{ value: '478' }] } });
  });
});
