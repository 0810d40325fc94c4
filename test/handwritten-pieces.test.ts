import { OfflineScriptProvider } from '../src/pipeline/providers/offline.provider';
import { ProblemReader } from '../src/pipeline/sandbox/problem-reader';
import { Task } from '../src/pipeline/solver/instructions';
import { croppedToInk } from '../bench/photo-variants';
import { benchOutcome } from './helpers/bench-outcome';
import { benchPhoto } from './helpers/bench-photo';

/**
 * Wrong answers bench:handwriting gave at seeds no round had tuned on (5, 13, 29 and 31; CI has
 * ../shared/data/handwriting), each from a piece of ink read as a mark it is not, and photos
 * refused for a mark the line itself rules out. Each photo is the bench's own, read and solved
 * as the CLI reads a photo.
 */
jest.setTimeout(180_000);

const provider = new OfflineScriptProvider(new ProblemReader());
afterAll(() => provider.close());

const outcome = (id: string, seed: number, task?: Task) => benchOutcome(provider, id, seed, task);

describe('a piece of ink that is no mark of its own', () => {
  it("doubts a point that is the 5's tail broken off beside it (7/675 √5, not 7/67.5 √5)", async () => {
    expect(await outcome('UN_124_em_542', 5, 'simplify')).toBe('UNCLEAR_READING');
  });

  // Doubted while its upper dot, two pixels, was dropped (specks.spec.ts still draws the lone
  // dot set off the middle); with both dots kept it is read as written.
  it('reads a ÷ whose dots are specks, one set off its middle (10 ÷ 30, not −20)', async () => {
    expect(await outcome('UN_125_em_559', 5)).toBe('1/3');
  });

  it('doubts a point up at the middle that is a short dash: a minus (4 × 4 + 4 − 4)', async () => {
    expect(await outcome('26_em_93', 13)).toBe('UNCLEAR_READING');
  });

  it("keeps an a's foot flick on the a: no minus cut from it (a × a, not a − xa)", async () => {
    // Read so, the rest is no problem ("(lxa"): refused, as it should be, or answered a².
    expect(['a^2', 'NO_PROBLEM_FOUND']).toContain(await outcome('UN_118_em_377', 5));
  });

  it('joins a sloping fraction bar broken short of its left end: (11/3)√3, not −(11/3)√3', async () => {
    expect(await outcome('RIT_2014_257', 31, 'simplify')).toBe('11*sqrt(3)/3');
  });

  it("joins an x's foot come off inside its box over a fraction bar: x/x is 1, not −1", async () => {
    expect(await outcome('UN_453_em_667', 31, 'simplify')).toBe('1');
  });

  it("doubts a point that is a 2's foot tip, in the reading solved (21 × 20 × 8 × 8, not 2688)", async () => {
    expect(await outcome('UN_455_em_724', 29)).toBe('UNCLEAR_READING');
  });

  // A number alone is refused as asking nothing; the refusal names the number as read.
  it("reads a point against the end of a 2's foot as a point (2.9999, not 29999)", async () => {
    expect(await benchOutcome(provider, '512_em_291', 13, undefined, true)).toMatch(
      /only the number 2\.9999 was read/,
    );
  });

  // The first reading, g.8, is no problem; 9.8, the one solved, is refused as a number alone.
  it('refuses a number alone whichever reading won (9.8, its 9 read g first)', async () => {
    expect(await benchOutcome(provider, '508_em_85', 41, undefined, true)).toMatch(
      /only the number 9\.8 was read/,
    );
  });

  it('keeps a point written against a 9 read as g apart from it (9.8, not 98)', async () => {
    expect(await benchOutcome(provider, '508_em_85', 13, undefined, true)).toMatch(
      /only the number 9\.8 was read/,
    );
  });

  it('cuts a bowed, sloping bar out of the 1 run into it (−1/24 + a/4 (1 − a))', async () => {
    const answer = '-1/4*a^2 + 1/4*a - 1/24';
    expect(await outcome('UN_102_em_46', 2026, 'simplify')).toBe(answer);
    // Its 2's foot tip and its 4's bar end broken off: 1/2.4 meets 1/24, both points dropped.
    expect(await outcome('UN_102_em_46', 13, 'simplify')).toBe('UNCLEAR_READING');
    // The 1's foot run into the bar too: no row of the blob holds most of the bar, its edge does.
    expect(await outcome('UN_102_em_46', 11, 'simplify')).toBe(answer);
  });
});

describe('a mark the line says cannot be what it was read as', () => {
  it('reads a small + read as t between two digits, or a letter and a digit, as a plus', async () => {
    expect(await outcome('UN_458_em_787', 53)).toBe('32'); // (1) + (6 + 6) + (1 + 3 × 6) = 32
    expect(await outcome('UN_107_em_168', 13, 'expand')).toBe(
      '1/12*n^4 + 2/3*n^3 + 23/12*n^2 + 7/3*n + 1',
    ); // 1/12 (n + 2)²(n + 1)(n + 3), its last + read t
  });

  it("drops a dot after an operator that is the next glyph's piece (a 1's flag, an x's arc)", async () => {
    expect(await outcome('UN_120_em_423', 43, 'simplify')).toBe('x^2 + x - 1');
    expect(await outcome('505_em_47', 5)).toBe('8'); // 5 + 3 = (1 + 1 + 1 + 1 + 1) + (1 + 1 + 1) = 8
    // (n + 1) × (n + 1), each 1's flag reaching down to its foot, a column clear of it: with
    // the dot dropped it reads right; since stop 60 a hand's 1 whose perturbed copies read
    // otherwise is offered with its runner-up (n), so it may be doubted — never answered
    // as (n + .1)(n + 1).
    expect(['n^2 + 2*n + 1', 'UNCLEAR_READING']).toContain(
      await outcome('UN_114_em_296', 7, 'expand'),
    );
  });

  it("takes a letter's power 0 as written: x⁰x¹x²…, the rule of exponents", async () => {
    expect(await outcome('UN_121_em_458', 2026, 'simplify')).toBe('x^15'); // x⁰x¹x²x³x⁴x⁵
    expect(await outcome('UN_451_em_605', 29, 'simplify')).toBe('x^6'); // x⁰x¹x²x³
  });
});

describe('a dash up at the tops of the glyphs beside it', () => {
  it("doubts it: a 9's top drawn apart (−19.9469, not −19.946 − 9)", async () => {
    expect(await benchOutcome(provider, 'UN_117_em_351', 5, 'compute', true)).toMatch(
      /^UNCLEAR_READING: .*unsure of: −/,
    );
  });
});

describe('a + read as a t, the digit after it set a little high', () => {
  it('doubts the t with its exponent: (n + 2)², not (nt²)²', async () => {
    expect(await benchOutcome(provider, 'UN_107_em_168', 43, 'expand', true)).toMatch(
      /^UNCLEAR_READING: .*unsure of: t\b/,
    );
  });

  it('still answers the + the same ink may be: (n + 2)² at another seed', async () => {
    expect(await outcome('UN_107_em_168', 5, 'expand')).toBe(
      '1/12*n^4 + 2/3*n^3 + 23/12*n^2 + 7/3*n + 1',
    );
  });
});

describe('a + between two of one letter', () => {
  it('reads it as +, not as the letter t (n² + n − n, not n²tn − n)', async () => {
    expect(await outcome('20_em_39', 13, 'simplify')).toBe('n^2');
  });
});

describe("a speck where an i's dot stands", () => {
  it('doubts the letter under it: an i whose stem curls (1 − x + iy, not 1 − x + cy)', async () => {
    expect(await benchOutcome(provider, 'UN_101_em_1', 11, 'simplify', true)).toMatch(
      /^UNCLEAR_READING: .*unsure of: c\b/,
    );
  });
});

describe('a dot of two pixels', () => {
  it("keeps an i's dot that small: 1 − x + iy doubted, not answered as 1 − x + cy", async () => {
    expect(await outcome('UN_101_em_1', 2026, 'simplify')).toBe('UNCLEAR_READING');
  });

  it("keeps a ÷'s dot that small: 10 ÷ 30 doubted, not answered as 10 − 30", async () => {
    expect(await outcome('UN_125_em_559', 13)).toBe('UNCLEAR_READING');
  });
});

describe('a fraction under a root drawn over it all', () => {
  // The root, the largest blob, had set the page's glyph size: the fraction's bar and 1 went
  // with the dust and √3 was answered. Sized by the glyphs (not the root that holds them) and
  // with a thin stroke never dust, it is read as written.
  it('reads the fraction, its bar and its 1 kept (√(1/3) is √3/3, not √3)', async () => {
    expect(await outcome('UN_127_em_590', 53, 'simplify')).toBe('sqrt(3)/3');
  });
});

describe("a 1's flag come off its stem", () => {
  it('doubts the dash left against the stem (2.0 × 1.0, not 2.0 × −1.0)', async () => {
    expect(await outcome('UN_109_em_202', 43, 'compute')).toBe('UNCLEAR_READING');
  });
});

describe('a stroke written apart from the sign it belongs to', () => {
  it("joins a 7's top drawn apart from its stem (6/77, not a minus over a 1)", async () => {
    expect(await outcome('UN_460_em_837', 2026, 'compute')).toBe('243/154');
  });

  it("joins a flat-topped 3's top drawn apart ((33)³(73), not a minus over a 5)", async () => {
    expect(await outcome('UN_120_em_428', 29, 'compute')).toBe('2623401');
  });

  it('reads a 1 over its foot drawn out long as a 1 (8 = 2 + 2 + 1 + 1 + 1 + 1)', async () => {
    expect(await outcome('UN_110_em_229', 43, 'compute')).toBe('8');
  });

  it("reads a numerator's 1 on its foot over a sloping bar: 16/16 − 1/16 read, its 6 doubted", async () => {
    // Refused before as "1 is written over −": the bar's box reached up past the foot.
    expect(await outcome('515_em_365', 11)).toBe('UNCLEAR_READING');
  });

  it('reads a > over a stroke longer than the sign as ≥ (r ≥ 1)', async () => {
    expect(await outcome('RIT_2014_89', 13, 'solve')).toBe('>= 1');
  });
});

describe('a digit its perturbed copies read as another', () => {
  // 7/9, its crossed 7 drawn closed and read 4, had been answered 4/9: its 9 (0.56 over
  // the copies) is also read 3 by them, and 4/3 doubts the reading. 8993's last 3 read 5
  // (0.45; the copies read 3 at 0.15): 8993/7873 doubts 8995/7873.
  it('doubts 7/9 read 4/9 and 8993/7873 read 8995/7873', async () => {
    expect(await outcome('UN_123_em_509', 7)).toBe('UNCLEAR_READING');
    expect(await outcome('519_em_440', 29)).toBe('UNCLEAR_READING');
  });
});

describe("a hand's brackets and bars where they run, not where their boxes reach", () => {
  // The ) of (n + 1) curls its top back over the 1, its box starting left of the 1's.
  it('reads 1/((n + 2)(n + 1)) with its last ) after the 1, not (n +)1', async () => {
    expect(await outcome('UN_457_em_770', 11, 'simplify')).toBe('1/((n + 2)*(n + 1))');
  });

  // The bar drawn uphill: the last 3's middle was above its box's foot, under the bar itself.
  it('reads 44467/38973 whole, its last 3 under the high end of a sloping bar', async () => {
    expect(await outcome('28_em_142', 47)).toBe('44467/38973');
  });

  // The bar drawn from under the = before it, the 2 under it starting left of the =.
  it('reads n = 1/2 n(n − 1) with the = on the line, not in the numerator', async () => {
    expect(await outcome('UN_457_em_771', 13)).toBe('all real numbers');
  });

  // The 1 of 1 + 3, read as an upright bar, ends just past where the bar starts.
  it('reads (1 + 3)/5 with its 1 just short of the bar, not 1 (+ 3)/5', async () => {
    expect(await outcome('512_em_298', 13)).toBe('4/5');
  });

  // Read in order, 9x's x read 2 at 0.47 and z at 0.44 made 9x + 1 the number 92 + 1; the
  // reading with z, though a letter, was nearly as likely, and now casts its doubt.
  it('doubts 2x(9x + 1)(3x + 1)³ read with 92 + 1, its z a close call', async () => {
    expect(await outcome('502_em_22', 29, 'expand')).toBe('UNCLEAR_READING');
  });
});

describe('a crop cut tight to the ink', () => {
  // bench:handwriting --variant "cropped to the ink" (seed 2026): the crop cut most of the
  // 7 away, its top left 0.29 of a glyph tall, which went with the rim's dust.
  // Doubted (its 7 unsure) until a number alone was refused as asking nothing; the refusal
  // names the number read, its 7 kept.
  it("keeps a 7's top the crop left at the photo's edge: 7588 read, not 588", async () => {
    const image = await croppedToInk(await benchPhoto('RIT_2014_246', 2026));
    await expect(provider.createScript({ image, lang: 'en-US' })).rejects.toMatchObject({
      code: 'NO_PROBLEM_FOUND',
      message: expect.stringMatching(/only the number 7588 was read/),
    });
  });
});

/**
 * Capital letters, which the glyph classifier reads as the small letter or digit nearest in
 * shape: the capital network reads them, or doubts them (capitals.ts).
 */
describe('capital letters a hand writes', () => {
  it('reads a capital F with its exponent (F³, answered f³ before)', async () => {
    expect(await outcome('RIT_2014_59', 2026, 'simplify')).toBe('F^3');
  });

  it('reads a capital A and N (0 + A; N + 233 = 236, solved)', async () => {
    expect(await outcome('27_em_108', 13, 'simplify')).toBe('A');
    expect(await outcome('RIT_2014_96', 29, 'solve')).toBe('3');
  });

  it('doubts a capital the glyph classifier only guessed at (N − 1, N read d, not A − 1)', async () => {
    // Its minus touches the 1's flag too, and is doubted as a flag (flag-dash.ts): with both
    // doubts no reading is left, so the photo is refused as unread. capitals.spec.ts draws
    // the capital's doubt alone.
    expect(await outcome('RIT_2014_249', 11, 'simplify')).toBe('NO_PROBLEM_FOUND');
  });

  it('doubts digits taken for a capital read on the line (B + B = B read 3 + B = 8)', async () => {
    expect(await outcome('517_em_411', 47, 'solve')).toBe('UNCLEAR_READING');
  });
});

describe('a 1 drawn with a serif', () => {
  it('doubts a 2 with an upright stem and a foot out both ways: (1 + √7), not 2 + √7', async () => {
    expect(await outcome('UN_459_em_802', 7, 'simplify')).toBe('UNCLEAR_READING');
  });

  it("leaves a 2 with an upright back, its base running right (x² + x + 1's power)", async () => {
    expect(await outcome('35_em_17', 29, 'simplify')).toBe('x^2 + x + 1');
  });
});
