import { renderProblemImage } from '../scripts/lib/render-line';
import { OfflineScriptProvider } from '../src/pipeline/providers/offline.provider';
import { ProblemReader } from '../src/pipeline/sandbox/problem-reader';
import { PipelineError } from '../src/pipeline/errors';
import sharp from 'sharp';
import { pngBomb } from './helpers/png-bomb';
import { generateProblems, photographable, printOptions } from '../bench/problem-set';
import { sameAnswers } from '../src/pipeline/providers/answer-equivalence';
import { PrimaryLayout, renderLayout } from '../bench/primary-layouts';
import { croppedToInk } from '../bench/photo-variants';

/** Column arithmetic as bench:layouts typesets it: right-aligned, the operator before the last, a rule. */
const column = (numbers: string[], op: string, font: string) =>
  renderLayout(
    { kind: 'column +', numbers, op: op as PrimaryLayout['op'], answer: '', text: '' },
    font,
    50,
  );

/**
 * Printed problems rendered here (several fonts, both languages) are read back by the real
 * OCR and solved: the answer must be the one the problem was built with.
 */
describe('printed problem images → checked script', () => {
  const provider = new OfflineScriptProvider(new ProblemReader());
  afterAll(() => provider.close());

  it.each([
    ['Solve for x: 5x/2 + 2 = 3x/2 + 10', 'DejaVu Sans', ['x=8']],
    ['解方程：x² − 5x + 6 = 0', 'Noto Sans CJK SC', ['x=2', 'x=3']],
    ['2x + y = 7, x − y = 2', 'DejaVu Serif', ['x=3', 'y=1']],
    ['Compute: 39 ÷ 3 − 7 × 3', 'Noto Sans CJK SC', ['-8']],
    ['计算：4.5 + 1.25 × 4', 'DejaVu Sans', ['9.5']],
    ['求导：f(x) = x³ + 2sin(x)', 'DejaVu Sans', ['3*x^2 + 2*cos(x)']],
    ['解不等式：5x + 1 ≤ -4', 'Noto Sans CJK SC', ['x=<= -1']],
    ['Expand: (3x − 3)²', 'DejaVu Serif', ['9*x^2 - 18*x + 9']],
    ['Simplify: 6x² + 6x − 9x² + 9x', 'DejaVu Serif', ['-3*x^2 + 15*x']],
    ['Differentiate: f(x) = e^(3x) + ln(x)', 'DejaVu Sans Mono', ['3*e^(3*x) + 1/x']],
  ])('%s (%s)', async (text, font, expected) => {
    const image = await renderProblemImage(text, { font, fontSize: 40 });
    const script = await provider.createScript({ image, lang: 'zh-CN' });
    expect(
      script.answer.values.map((v) => (v.variable ? `${v.variable}=${v.value}` : v.value)),
    ).toEqual(expected);
    expect(script.source.recognition?.engine).toBe('dogmath-math');
  });

  it('honours EXIF rotation (a phone photo taken sideways)', async () => {
    const upright = await renderProblemImage('3(x − 2) = 2x + 5', { fontSize: 44 });
    // Stored rotated 90°, with EXIF orientation 6 telling viewers to turn it back.
    const sideways = await sharp(upright)
      .rotate(-90)
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const script = await provider.createScript({ image: sideways, lang: 'en-US' });
    expect(script.answer.values).toEqual([{ variable: 'x', value: '11' }]);
  });

  it('says clearly when there is no math in the picture', async () => {
    const image = await renderProblemImage('今天天气很好 The weather is nice', { fontSize: 40 });
    await expect(provider.createScript({ image, lang: 'zh-CN' })).rejects.toMatchObject({
      code: 'NO_PROBLEM_FOUND',
      permanent: true,
    });
    const err = await provider
      .createScript({ image, lang: 'zh-CN' })
      .catch((e: PipelineError) => e);
    expect((err as PipelineError).messageIn('zh-CN')).toBe(
      '没有识别到数学题目，请拍得更清楚一些，或者直接输入题目。',
    );
  });

  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['a text file', Buffer.from('hello, not an image')],
    ['a truncated PNG', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')],
  ])('refuses %s as an invalid image', async (_name, bytes) => {
    await expect(provider.createScript({ image: bytes, lang: 'en-US' })).rejects.toMatchObject({
      code: 'INVALID_IMAGE',
      permanent: true,
    });
  });

  it('refuses a pixel flood quickly, without decoding it', async () => {
    const bomb = await pngBomb(14000, 14000); // ~190 KB that would decode to 196 megapixels
    const before = process.memoryUsage().rss;
    await expect(provider.createScript({ image: bomb, lang: 'en-US' })).rejects.toMatchObject({
      code: 'INVALID_IMAGE',
      permanent: true,
    });
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  });

  /**
   * The property that matters most: over generated problems in every class, fonts and sizes,
   * a reading may be refused but never turned into a different problem with a wrong answer.
   */
  it.each([
    ['347', '+', '285', '632'],
    ['2000', '−', '1999', '1'],
    ['125', '×', '24', '3000'],
  ])('reads column arithmetic (竖式): %s %s %s', async (top, op, bottom, expected) => {
    const image = await column([top, bottom], op, 'DejaVu Sans');
    const script = await provider.createScript({ image, lang: 'zh-CN' });
    expect(script.answer.values).toEqual([{ variable: '', value: expected }]);
  });

  it('reads column arithmetic cropped so tight that its rule is cut off with the margin', async () => {
    // Read as a line of its own, 5426 passed for a prompt and "− 443" was answered −443.
    const image = await croppedToInk(await column(['5426', '443'], '−', 'Noto Sans CJK SC'));
    const script = await provider.createScript({ image, lang: 'zh-CN' });
    expect(script.answer.values).toEqual([{ variable: '', value: '4983' }]);
  });

  it('doubts a number alone on a line over the formula rather than answer the formula', async () => {
    // Whatever 12 is there for (a problem's number, a lost column), "−3x = 6" alone is not
    // surely the problem.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="200">
      <rect width="100%" height="100%" fill="#fff"/>
      <g font-family="DejaVu Sans" font-size="52"><text x="40" y="80">12</text>
        <text x="40" y="160">−3x = 6</text></g></svg>`;
    const image = await sharp(Buffer.from(svg)).png().toBuffer();
    await expect(provider.createScript({ image, lang: 'en-US' })).rejects.toMatchObject({
      code: 'UNCLEAR_READING',
    });
  });

  it.each([
    ['−', '1296'],
    ['×', '11745'],
  ])(
    'reads a column whose last row is one digit, its operator smaller: 1305 %s 9',
    async (op, expected) => {
      // Its row was one glyph tall, dust to the line finder: 1305 alone was answered.
      const image = await column(['1305', '9'], op, 'Liberation Sans');
      const script = await provider.createScript({ image, lang: 'zh-CN' });
      expect(script.answer.values).toEqual([{ variable: '', value: expected }]);
    },
  );

  it('doubts a digit left out of the formula, and digits set far apart', async () => {
    // A 7 alone on a line under the sum was dust, and 12 + 5 was answered; 3)1623 with its
    // bracket lost was read 31623.
    const render = (body: string) =>
      sharp(
        Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="420" height="200">
          <rect width="100%" height="100%" fill="#fff"/>
          <g font-family="DejaVu Sans" font-size="50">${body}</g></svg>`),
      )
        .png()
        .toBuffer();
    const outcome = (image: Buffer) =>
      provider.createScript({ image, lang: 'en-US' }).then(
        (s) => s.answer.values,
        (e: unknown) => (e instanceof PipelineError ? e.code : Promise.reject(e)),
      );
    const leftOut = await render('<text x="40" y="70">12 + 5</text><text x="200" y="160">7</text>');
    expect(await outcome(leftOut)).toBe('UNCLEAR_READING');
    const apart = await render('<text x="40" y="100">3</text><text x="160" y="100">1623</text>');
    expect(await outcome(apart)).toBe('NO_PROBLEM_FOUND');
    // The same in another font, cropped to the ink as a student crops a photo.
    const bracketLost = await croppedToInk(
      await render(
        '<g font-family="TeX Gyre Termes"><text x="30" y="100">2</text><text x="86" y="100">1804</text></g>',
      ),
    );
    expect(await outcome(bracketLost)).toBe('NO_PROBLEM_FOUND');
  });

  it('keeps a long-division bracket that a crop to the ink cut at the top', async () => {
    // Its overline ran to the photo's edge, and it was dropped as a page edge.
    const division = await croppedToInk(
      await renderLayout(
        { kind: 'long division', numbers: ['1804', '2'], op: '÷', answer: '', text: '' },
        'TeX Gyre Termes',
        50,
      ),
    );
    expect(await provider.createScript({ image: division, lang: 'en-US' })).toMatchObject({
      answer: { values: [{ variable: '', value: '902' }] },
    });
  });

  it("reads a Helvetica's 1, its flag a thick wedge, as a 1 (FreeSans, never trained on)", async () => {
    // The print classifier read it as a 4 at 1.00: 9956 − 1985 was answered 4971.
    const image = await column(['9956', '1985'], '−', 'FreeSans');
    const script = await provider.createScript({ image, lang: 'zh-CN' });
    expect(script.answer.values).toEqual([{ variable: '', value: '7971' }]);
  });

  it('reads a column sum of three addends (连加竖式) and shows it so on the board', async () => {
    const image = await column(['1205', '386', '47'], '+', 'Liberation Serif');
    const script = await provider.createScript({ image, lang: 'zh-CN' });
    expect(script.answer.values).toEqual([{ variable: '', value: '1638' }]);
    const boards = script.scenes.flatMap((s) =>
      s.board.map((b) => (b.type === 'math' ? b.latex : '')),
    );
    expect(boards).toContain(
      '\\begin{array}{r} 1205 \\\\ 386 \\\\ +\\;47 \\\\ \\hline 1638 \\end{array}',
    );
  });

  it('reads a long-division bracket as the division, and a typed root as a root', async () => {
    // 8)‾7200: the bracket is a curve, not the V of a radical.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="160">
      <rect width="100%" height="100%" fill="#fff"/>
      <text x="40" y="110" font-family="DejaVu Sans" font-size="56">8</text>
      <path d="M 92 40 Q 130 85 92 135" stroke="#000" stroke-width="5" fill="none"/>
      <rect x="92" y="37" width="260" height="5" fill="#000"/>
      <text x="120" y="110" font-family="DejaVu Sans" font-size="56">7200</text></svg>`;
    const division = await provider.createScript({
      image: await sharp(Buffer.from(svg)).png().toBuffer(),
      lang: 'zh-CN',
    });
    expect(division.answer.values).toEqual([{ variable: '', value: '900' }]);
    // A √ typed in a text font has no bar over its radicand; it is no 6 (12√49 is not 12649).
    const typed = await provider
      .createScript({ image: await renderProblemImage('12√49', { fontSize: 44 }), lang: 'zh-CN' })
      .then((s) => s.answer.values)
      .catch((e: unknown) => (e instanceof PipelineError ? 'refused' : Promise.reject(e)));
    expect(['refused', [{ variable: '', value: '84' }]]).toContainEqual(typed);
  });

  it('never answers a misread problem', async () => {
    // Notation the recogniser does not read yet (∫, %, °, →, log bases) is typed only.
    const problems = photographable(generateProblems(4242, 2));
    const options = printOptions(4242, problems.length);
    let correct = 0;
    for (const [i, p] of problems.entries()) {
      const image = await renderProblemImage(p.text, options[i]);
      const outcome = await provider.createScript({ image, lang: p.lang }).then(
        (s) => s.answer.values,
        (e: unknown) => (e instanceof PipelineError ? null : Promise.reject(e)),
      );
      if (outcome === null) continue;
      expect({ id: p.id, answer: outcome }).toEqual({ id: p.id, answer: expect.anything() });
      if (!sameAnswers(outcome, p.expected))
        throw new Error(
          `${p.id} "${p.text}" answered ${JSON.stringify(outcome)}, expected ${JSON.stringify(p.expected)}`,
        );
      correct += 1;
    }
    // Refusals are allowed, but most problems must be read.
    expect(correct / problems.length).toBeGreaterThanOrEqual(0.85);
  });
});
