import sharp from 'sharp';
import { PageSpec, photographPage, renderTypesetPage } from '../scripts/lib/problem-page';
import { MathFont } from '../scripts/lib/typeset';
import { mulberry32 } from '../bench/problem-set';
import { croppedToInk, lightOnDark } from '../bench/photo-variants';
import { DEV_SET_DIR } from '../bench/real-photos';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MathRecognizer } from '../src/pipeline/recognition/math/math.recognizer';
import { glyphModel } from '../src/pipeline/recognition/math/shipped-models';
import { PreparedPage, preparePage } from '../src/pipeline/recognition/math/page-prep';
import { toSharp } from '../src/pipeline/recognition/math/page-image';
import { drawnImage, nearSegment } from './helpers/drawn-blob';
import { readProblem } from '../src/pipeline/providers/read-problem';
import { solveText } from '../src/pipeline/providers/solve-text';
import { PipelineError } from '../src/pipeline/errors';
import { Recognition } from '../src/pipeline/recognition/recognizer';

/**
 * The math recogniser on typeset pages (MathJax, two math fonts of which one, Termes, the
 * classifier never saw) and on the same pages photographed: each structure must come back as
 * the expected LaTeX, and the reading must be the problem that was printed.
 */
jest.setTimeout(120_000);

const recognizer = new MathRecognizer();
afterAll(() => recognizer.close());

const compact = (latex: string | undefined) => (latex ?? '').replace(/\s+/g, '');

function page(latex: string, font: MathFont, prompt = '', fontSize = 40): PageSpec {
  return { prompt, latex, font, fontSize, layout: 'inline', textFont: 'Noto Serif CJK SC' };
}

async function photographed(spec: PageSpec, seed: number): Promise<Buffer> {
  return photographPage(await renderTypesetPage(spec), {
    rotation: 3.5,
    blurSigma: 1,
    minLight: 0.5,
    jpegQuality: 60,
    width: 1100,
    random: mulberry32(seed),
  });
}

const STRUCTURES: { name: string; latex: string; expected?: string }[] = [
  { name: 'nested fractions', latex: '\\frac{\\frac{1}{2} + 3}{4} - \\frac{5}{\\frac{2}{3}}' },
  { name: 'exponent on a bracket', latex: '(2x - 3)^{2} + (x + 1)^{3}' },
  {
    name: 'system of two equations',
    latex: '\\begin{cases} 2x + y = 5 \\\\ x - y = 1 \\end{cases}',
  },
  {
    name: 'system with a fraction in a row',
    latex: '\\begin{cases} \\frac{x}{2} + y = 4 \\\\ 3x - 2y = 1 \\end{cases}',
  },
  { name: 'radical', latex: '\\sqrt{16} + \\sqrt{x + 9} \\times 2' },
  { name: 'exponents and functions', latex: 'f(x) = 3x^{4} + 2\\sin(x) - e^{3x}' },
  { name: 'relations and division', latex: '12 \\div 4 \\ge 3 - 2.5 \\times 2' },
];

describe('structure is recognised as LaTeX', () => {
  for (const font of ['tex', 'termes'] as MathFont[]) {
    for (const s of STRUCTURES) {
      it(`${s.name} (${font}, typeset)`, async () => {
        const r = await recognizer.recognize(await renderTypesetPage(page(s.latex, font)));
        expect(compact(r.details?.[0].latex)).toBe(compact(s.expected ?? s.latex));
      });
    }
  }
  for (const [i, s] of STRUCTURES.entries()) {
    it(`${s.name} (stix2, photographed)`, async () => {
      const r = await recognizer.recognize(await photographed(page(s.latex, 'stix2'), i));
      expect(compact(r.details?.[0].latex)).toBe(compact(s.expected ?? s.latex));
    });
  }
});

describe('photo clean-up', () => {
  // Tilted pages whose rows could line up at a wrong angle: a system, a display fraction.
  it.each([
    ['\\begin{cases} x + y = 8 \\\\ 3x - y = -4 \\end{cases}', -4.5],
    ['\\begin{cases} x + y = 8 \\\\ 3x - y = -4 \\end{cases}', 0],
    ['\\frac{x + 3}{4} = \\frac{x - 3}{2}', 3],
    ['(2x - 3)^{2} = 25', -1.5],
  ])('measures the tilt of %s turned by %s degrees', async (latex, degrees) => {
    const straight = await renderTypesetPage(page(latex, 'termes', '解方程组：', 34));
    const turned = await sharp(straight).rotate(degrees, { background: '#fff' }).png().toBuffer();
    const prepared = await preparePage(turned, glyphModel());
    expect(Math.abs(prepared.skew - degrees)).toBeLessThanOrEqual(0.5);
  });

  // A crop of a tilted worksheet line has the tops of the line below cut by its foot (p12).
  // Turned straight, the crop's edge was a white wedge away from them, and they stood under
  // the minus signs as glyphs: 70.9 − −1.25 − −1.75 (answered 73.9) or "=" for "−".
  it.each([3, -3])('drops the marks a crop turned %s degrees cut at its foot', async (degrees) => {
    const line = await renderTypesetPage(page('70.9 - 1.25 - 1.75', 'termes'));
    const turned = await sharp(line).rotate(degrees, { background: '#fff' }).png().toBuffer();
    const tight = await sharp(turned).trim({ threshold: 50 }).png().toBuffer();
    const { width = 0, height = 0 } = await sharp(tight).metadata();
    const foot = height + 8;
    // Two pen strokes of the next line's glyphs, under the minus signs, cut by the crop.
    const marks = [95, 210]
      .map(
        (x) =>
          `<path d="M${x} ${foot + 2} q 6 -9 14 -6" stroke="#222" stroke-width="3" fill="none"/>`,
      )
      .join('');
    const crop = await sharp({ create: { width, height: foot, channels: 3, background: '#fff' } })
      .composite([
        { input: tight, top: 0, left: 0 },
        {
          input: Buffer.from(
            `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${foot}">${marks}</svg>`,
          ),
          top: 0,
          left: 0,
        },
      ])
      .png()
      .toBuffer();
    const r = await recognizer.recognize(crop);
    expect(r.candidates[0]).toBe('70.9 - 1.25 - 1.75');
  });
});

/** A page drawn in dark ink (wherever one of `inks` is true) on light paper, prepared as a photo is. */
async function preparedDrawing(
  width: number,
  height: number,
  ...inks: ((x: number, y: number) => boolean)[]
): Promise<PreparedPage> {
  const ink = (x: number, y: number) => inks.some((drawn) => drawn(x, y));
  const png = await toSharp(drawnImage(width, height, (x, y) => (ink(x, y) ? 40 : 230)))
    .png()
    .toBuffer();
  return preparePage(png, glyphModel());
}

/**
 * A hand's radical sign: an overline from column `x0`, rows `top` to 3, running right; a stroke
 * from its start (at row `joinY`) down to `foot`; and the tick from `tick` down to `foot`.
 */
function drawnRadical(
  x0: number,
  top: number,
  foot: [number, number],
  tick: [number, number],
  joinY = top,
): (x: number, y: number) => boolean {
  return (x, y) =>
    (y >= top && y <= 3 && x >= x0) ||
    nearSegment(x, y, x0, joinY, ...foot) ||
    nearSegment(x, y, ...tick, ...foot);
}

describe('a crop cut tight to the ink', () => {
  it("is read at its glyphs' size when every digit touches its edges", async () => {
    // p09 (952 ÷ 4 ÷ 2) cropped 3 px into its ink: only the dots of ÷ lay inside the rim, and
    // taken for the glyph size they had the page scaled up threefold, and nothing was read.
    const photo = readFileSync(join(DEV_SET_DIR, 'p09.jpg'));
    const trimmed = await sharp(photo).trim({ threshold: 50 }).png().toBuffer();
    const { width = 0, height = 0 } = await sharp(trimmed).metadata();
    const tight = await sharp(trimmed)
      .extract({ left: 3, top: 3, width: width - 6, height: height - 6 })
      .png()
      .toBuffer();
    const prepared = await preparePage(tight, glyphModel());
    expect(prepared.scale).toBeLessThan(1.5);
    const r = await recognizer.recognize(tight);
    expect(r.candidates).toContain('952 ÷ 4 ÷ 2');
  });

  it.each([
    ['-9x = 18', '- 9x = 18'],
    ['-\\frac{3}{4} + 2', '- 3/4 + 2'],
    ['-39 + 5', '- 39 + 5'],
  ])(
    'keeps the leading minus of %s, which the crop leaves at its left edge',
    async (latex, read) => {
      // Dropped as rim dust, it had answered −9x = 18 as x = 2.
      const tight = await croppedToInk(await renderTypesetPage(page(latex, 'termes')));
      expect((await recognizer.recognize(tight)).candidates[0]).toBe(read);
    },
  );

  it.each([
    ['v \\geq 0', 'v ≥ 0'],
    ['x \\leq 3', 'x ≤ 3'],
  ])('keeps the lower stroke of %s, which the crop leaves on its foot', async (latex, read) => {
    // Too thin for a glyph, it went with the rim's dust and v ≥ 0 was answered v > 0.
    const tight = await croppedToInk(await renderTypesetPage(page(latex, 'termes')));
    expect((await recognizer.recognize(tight)).candidates[0]).toBe(read);
  });

  it("keeps a hand's leading minus written higher than the fraction bar after it", async () => {
    // −1/160 cropped to its ink: the minus at the left edge, level with neither the bar nor
    // the numerator's middle, went with the dust and the sign was lost.
    const minus = (x: number, y: number) => x <= 24 && y >= 31 && y <= 35;
    const bar = (x: number, y: number) => x >= 44 && x <= 140 && y >= 45 && y <= 49;
    const stem = (x0: number, y0: number) => (x: number, y: number) =>
      x >= x0 && x <= x0 + 4 && y >= y0 && y <= y0 + 28;
    const glyphs = [stem(60, 1), stem(60, 58), stem(90, 58), stem(120, 58)];
    const prepared = await preparedDrawing(141, 87, minus, bar, ...glyphs);
    expect(prepared.components.some((c) => c.box.x0 === 0)).toBe(true);
  });

  it('keeps a radical that begins the formula and fills the crop, and drops a box round it', async () => {
    // A hand's √113 cropped to its ink: the overline along the top edge, the check mark down
    // the left edge to the foot. Dropped as a frame, 113 was answered.
    const digits = (x: number, y: number) =>
      (y >= 30 && y <= 100 && ((x >= 80 && x <= 88) || (x >= 140 && x <= 148))) ||
      (y >= 30 &&
        y <= 100 &&
        x >= 200 &&
        x <= 240 &&
        (y <= 36 || y >= 94 || x >= 234 || (y >= 62 && y <= 68)));
    const radical = drawnRadical(30, 0, [18, 119], [0, 80]);
    const box = (x: number, y: number) => x <= 3 || y <= 3 || x >= 296 || y >= 116;
    const atLeft = async (...inks: ((x: number, y: number) => boolean)[]) =>
      (await preparedDrawing(300, 120, ...inks)).components.some((c) => c.box.x0 === 0);
    expect(await atLeft(digits, radical)).toBe(true);
    expect(await atLeft(digits, box)).toBe(false);
  });

  it('keeps a radical over a fraction that fills the crop, its overline a pixel short of the top', async () => {
    // √(1/3) cropped to its ink: four glyphs tall and not touching the top, the sign was
    // dropped as a page edge and 1/3 answered.
    const radical = drawnRadical(30, 1, [18, 115], [0, 80], 2);
    const stems = (x: number, y: number) =>
      [100, 120].some((x0) => x >= x0 && x <= x0 + 5) &&
      ((y >= 20 && y <= 50) || (y >= 72 && y <= 102));
    const bar = (x: number, y: number) => x >= 90 && x <= 140 && y >= 60 && y <= 63;
    const prepared = await preparedDrawing(200, 118, radical, stems, bar);
    expect(prepared.components.some((c) => c.box.x0 === 0)).toBe(true);
  });

  it('keeps a tall radical whose overline runs along the top, away from the left edge', async () => {
    // A hand's √162 over a fraction bar, cropped at its overline: the tick reaches well below
    // the digits, the sign twice a glyph's height and more. Dropped as a page edge, 162/√200
    // was answered.
    const radical = drawnRadical(60, 0, [45, 110], [30, 80]);
    const stems = (x: number, y: number) =>
      [100, 150, 200].some((x0) => x >= x0 && x <= x0 + 5) &&
      ((y >= 30 && y <= 80) || (y >= 150 && y <= 200));
    const bar = (x: number, y: number) => x >= 20 && x <= 270 && y >= 125 && y <= 129;
    const prepared = await preparedDrawing(300, 215, radical, stems, bar);
    expect(prepared.components.some((c) => c.box.y0 === 0)).toBe(true);
  });

  it("keeps a point however small on the crop's foot among the specks, for the layout to judge", async () => {
    // 2.9999 cropped to its ink: a hand's tiny point touching the foot went with the dust.
    const digits = (x: number, y: number) =>
      y >= 4 &&
      y <= 59 &&
      [0, 45, 90].some((x0) => x >= x0 + 10 && x <= x0 + 30 && (x <= x0 + 14 || y <= 8 || y >= 55));
    const point = (x: number, y: number) => x >= 38 && x <= 39 && y >= 58;
    const page = await preparedDrawing(130, 60, digits, point);
    expect(page.specks.some((c) => c.box.y1 === page.gray.height - 1)).toBe(true);
  });

  it("keeps a hand's sloping fraction bar from edge to edge of the crop", async () => {
    // (a + b)/2 written with its bar running uphill: its box taller than a flat bar's, it
    // was dropped at the rim and a + b answered.
    const blocks = (x: number, y: number) =>
      (y >= 10 && y <= 50 && ((x >= 60 && x <= 90) || (x >= 180 && x <= 210))) ||
      (y >= 92 && y <= 132 && x >= 120 && x <= 150);
    const bar = (x: number, y: number) => Math.abs(y - (78 - (16 * x) / 299)) <= 1.5;
    const page = await preparedDrawing(300, 140, blocks, bar);
    const across = page.components.filter(
      (c) => c.box.x0 === 0 && c.box.x1 === page.gray.width - 1,
    );
    expect(across).toHaveLength(1);
  });

  it.each([
    ['\\frac{a+b}{2}', '(a + b)/2'],
    ['\\frac{252-2}{5}', '(252 - 2)/5'],
    ['\\frac{7}{9}', '7/9'],
  ])('keeps the bar of %s, which runs from edge to edge of the crop', async (latex, read) => {
    // Dropped as rim dust, (a + b)/2 had been answered a + b.
    const tight = await croppedToInk(await renderTypesetPage(page(latex, 'termes')));
    expect((await recognizer.recognize(tight)).candidates[0]).toBe(read);
  });
});

describe('writing light on dark (a blackboard, a dark-mode screen)', () => {
  it('reads a photographed page in negative as the page itself, its prompt too', async () => {
    const spec = page('\\frac{x + 3}{4} = \\frac{x - 3}{2}', 'stix2', '解方程：', 36);
    const photo = await photographed(spec, 7);
    const board = await lightOnDark(photo);
    const [asTaken, onBoard] = [
      await recognizer.recognize(photo),
      await recognizer.recognize(board),
    ];
    expect(onBoard.candidates[0]).toBe(asTaken.candidates[0]);
    expect(onBoard.candidates[0]).toContain('解方程');
    expect(compact(onBoard.details?.[0].latex)).toBe(compact(spec.latex));
  });
});

describe('a Chinese prompt with a formula', () => {
  const spec = page('\\frac{5x}{2} + 2 = \\frac{3x}{2} + 10', 'termes', '解方程：', 36);

  async function check(r: Recognition) {
    expect(r.rawText.startsWith('解方程')).toBe(true);
    expect(compact(r.details?.[0].latex)).toBe(compact('\\frac{5x}{2} + 2 = \\frac{3x}{2} + 10'));
    const { value } = await readProblem(r, async (text) => solveText(text));
    expect(value.parsed.kind).toBe('linear_equation');
    expect(value.solution.answer.values).toEqual([{ variable: 'x', value: '8' }]);
  }

  it('is read from the typeset page and solved', async () => {
    await check(await recognizer.recognize(await renderTypesetPage(spec)));
  });

  it('is read from a photograph of it, on a separate line too', async () => {
    await check(await recognizer.recognize(await photographed({ ...spec, layout: 'display' }, 9)));
  });

  it('reports a confidence for every symbol of the formula', async () => {
    const r = await recognizer.recognize(await renderTypesetPage(spec));
    expect(r.details?.[0].symbols.map((s) => s.text).join('')).toBe('5x−2+2=3x−2+10');
    for (const s of r.details?.[0].symbols ?? []) {
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('nothing usable', () => {
  async function refusal(image: Buffer): Promise<PipelineError> {
    try {
      await readProblem(await recognizer.recognize(image), async (text) => solveText(text));
    } catch (e) {
      if (e instanceof PipelineError) return e;
      throw e;
    }
    throw new Error('the image was read as a problem');
  }

  it('a blank photo is refused, in both languages', async () => {
    const blank = await sharp({
      create: { width: 800, height: 500, channels: 3, background: '#e8e2d0' },
    })
      .jpeg()
      .toBuffer();
    const e = await refusal(blank);
    expect(e.code).toBe('NO_PROBLEM_FOUND');
    expect(e.messageIn('zh-CN')).toMatch(/[\u4e00-\u9fff]/);
    expect(e.messageIn('en-US')).toMatch(/photo|type/i);
  });

  it('prose without math is refused, not guessed into a problem', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="700" height="160"><rect width="100%" height="100%" fill="#fff"/><text x="30" y="95" font-family="Noto Serif CJK SC" font-size="44">今天天气很好，我们去公园。</text></svg>`;
    const e = await refusal(await sharp(Buffer.from(svg)).png().toBuffer());
    expect(['NO_PROBLEM_FOUND', 'UNSUPPORTED_PROBLEM']).toContain(e.code);
  });

  it('a file that is not an image is an invalid image', async () => {
    await expect(recognizer.recognize(Buffer.from('not an image'))).rejects.toMatchObject({
      code: 'INVALID_IMAGE',
    });
  });
});

describe('lines written close together', () => {
  /** Typeset lines, each `gap` px under the one before (their margins trimmed). */
  async function stacked(lines: string[], gap: number): Promise<Buffer> {
    const rendered = await Promise.all(
      lines.map(async (latex) =>
        sharp(await renderTypesetPage(page(latex, 'tex', '', 44)))
          .trim()
          .png()
          .toBuffer({ resolveWithObject: true }),
      ),
    );
    const width = Math.max(...rendered.map((r) => r.info.width)) + 80;
    const height = rendered.reduce((h, r) => h + r.info.height + gap, 80);
    let top = 40;
    const layers = rendered.map((r, i) => {
      const layer = { input: r.data, left: 40 + 20 * i, top };
      top += r.info.height + gap;
      return layer;
    });
    return sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
      .composite(layers)
      .png()
      .toBuffer();
  }

  const answer = (image: Buffer) =>
    recognizer
      .recognize(image)
      .then((r) => readProblem(r, async (text) => solveText(text)))
      .catch((e: unknown) => e);

  it('reads each line on its own when they pass for one line standing over itself', async () => {
    // A student's working squeezed under the printed problem: the problem is the top line.
    const read = await answer(
      await stacked(['3.42 \\times 7.6 + 1.5', 'a \\; 7 \\; n \\; 2 \\; z'], 2),
    );
    expect(read).toMatchObject({ text: '3.42 × 7.6 + 1.5' });
  });

  it('never answers the numerator of a fraction whose bar is missing as the problem', async () => {
    // "12 + 5" over a lone 3, working below: read apart, 12 + 5 would be answered 17.
    const read = await answer(await stacked(['12 + 5', '3', 'a \\; 7 \\; n \\; 2 \\; z'], 2));
    expect(read).toBeInstanceOf(PipelineError);
  });
});
