import { Component, connectedComponents } from './components';
import { repairGlyphs } from './glyph-repair';
import { shapeAsRead, shapeShare } from './glyph-classes';
import sharp from 'sharp';
import {
  binarize,
  evenLight,
  GrayImage,
  grayWithoutRedMarks,
  InkImage,
  inkBelow,
  inkThresholds,
} from './page-image';
import { relationsAmiss } from './math.recognizer';
import { glyphModel } from './shipped-models';
import { decimalComma } from './symbol-swaps';
import { letterSizedBesideDigit } from './formula-readings';
import { substantialBands } from './page-lines';
import { parseRegion, unexplainedStack } from './structure';
import { ambiguousDots, pointsBesideTimes, readFormula } from './math-text';
import { Sym, classifyBlobs, groupSymbols, symbolOf } from './symbols';
import { GlyphModel, Prediction } from './glyph-model';
import { likelyPrompts } from './prompt-words';
import { drawn } from '../../../../test/helpers/drawn-blob';
import { slopingBar, symbolAt } from '../../../../test/helpers/symbol-line';
import { drawnImage } from '../../../../test/helpers/drawn-blob';

const inkAt = (ink: InkImage, x: number, y: number) => ink.data[y * ink.width + x];

/** Ink where no stroke was drawn, and stroke pixels that came out as paper. */
function inkAgainst(ink: InkImage, stroke: (x: number, y: number) => boolean) {
  let strayInk = 0;
  let lostStroke = 0;
  for (let y = 0; y < ink.height; y += 1)
    for (let x = 0; x < ink.width; x += 1) {
      if (stroke(x, y) && !inkAt(ink, x, y)) lostStroke += 1;
      if (!stroke(x, y) && inkAt(ink, x, y)) strayInk += 1;
    }
  return { strayInk, lostStroke };
}

describe('photo clean-up', () => {
  it('keeps a thin faint bar in the shadow and no paper as ink', () => {
    // Paper from 250 (left) down to 90 (right, in shadow); a 2-px bar 40 levels darker.
    const g = drawnImage(600, 200, (x, y) => {
      const paper = 250 - (160 * x) / 600;
      const bar = y >= 99 && y <= 100 && x >= 420 && x <= 560;
      return Math.round(bar ? paper - 40 : paper);
    });
    const ink = binarize(evenLight(g));
    expect(inkAt(ink, 500, 99)).toBe(1);
    expect(inkAt(ink, 500, 120)).toBe(0);
    expect(inkAt(ink, 580, 20)).toBe(0);
    expect(inkAt(ink, 20, 20)).toBe(0);
  });

  it("leaves no band of ink along a hard shadow's edge, and keeps the strokes on both sides", () => {
    // Paper 240, the right part (its edge slanting) in a shadow at half the light; 4-px
    // strokes 150 levels darker than the paper around them, every 40 px, 60 px tall.
    const lit = (x: number, y: number) => x < 330 + (y - 100) * 0.3;
    const stroke = (x: number, y: number) => x % 40 < 4 && y >= 70 && y < 130;
    const g = drawnImage(600, 200, (x, y) => {
      const paper = lit(x, y) ? 240 : 120;
      return stroke(x, y) ? Math.round(paper * 0.35) : paper;
    });
    const { strayInk, lostStroke } = inkAgainst(binarize(evenLight(g)), stroke);
    // Of 3,600 stroke pixels a few along the edge itself may go; the band was 7,000 pixels.
    expect(lostStroke).toBeLessThan(40);
    expect(strayInk).toBeLessThan(100);
  });

  it("leaves no band of ink two blocks into a hard shadow, where the blocks' paper is blended", () => {
    // A short crop (306 × 36, 12-px blocks: p01's) lit at 224 on the left and 112 in the
    // shadow, its edge slanting; no ink at all. With the paper followed closely only one
    // block into the shadow, a band two blocks in read as ink: a vertical stroke.
    const g = drawnImage(306, 36, (x, y) => (x < 168 + (y - 18) * 0.3 ? 224 : 112));
    const ink = binarize(evenLight(g));
    let band = 0;
    for (let y = 8; y < 28; y += 1) for (let x = 180; x < 230; x += 1) band += inkAt(ink, x, y);
    expect(band).toBe(0);
  });

  it('leaves no band of ink where a white strip meets paper a fifth darker', () => {
    // A photo's white strip (255) above grey paper (200), its edge slanting; a pale pen's
    // strokes (130) on the grey, their tops 6 px under the edge (the r29 photo turned 3°).
    const edge = (x: number) => 60 + x * 0.05;
    const stroke = (x: number, y: number) => x % 40 < 4 && y >= edge(x) + 6 && y < 170;
    const g = drawnImage(600, 200, (x, y) => (stroke(x, y) ? 130 : y < edge(x) ? 255 : 200));
    const { strayInk, lostStroke } = inkAgainst(binarize(evenLight(g)), stroke);
    // With only steps of a quarter followed, the grey under the strip was ink: a band of
    // 19,000 pixels, joined to the strokes.
    expect(strayInk).toBeLessThan(100);
    expect(lostStroke).toBeLessThan(40);
  });

  it('finds the ink on paper of two greys, whose spread is no grain', () => {
    // Evened paper at 185 on the left and 250 on the right; strokes at 70 on both.
    const g = drawnImage(400, 100, (x, y) =>
      x % 40 < 4 && y > 20 && y < 80 ? 70 : x < 200 ? 185 : 250,
    );
    const ink = binarize(g);
    expect([inkAt(ink, 40, 50), inkAt(ink, 280, 50)]).toEqual([1, 1]);
    expect([inkAt(ink, 60, 50), inkAt(ink, 300, 50)]).toEqual([0, 0]);
  });

  it("finds a pen's faint point that binarize leaves out, but no grain of the paper", () => {
    // Paper at 240 with a grain of ±6, strokes at 30, and a 4×4 point at 190, a quarter of the
    // way to the ink (1.8's in bench:handwriting is a fifth of the way, among grey strokes).
    let seed = 7;
    const grain = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return (seed % 13) - 6;
    };
    const g = drawnImage(200, 80, (x, y) =>
      (x >= 20 && x <= 26 && y >= 10 && y <= 60) || (x >= 120 && x <= 126 && y >= 10 && y <= 60)
        ? 30
        : x >= 70 && x <= 73 && y >= 56 && y <= 59
          ? 190
          : 240 + grain(),
    );
    expect(inkAt(binarize(g), 71, 57)).toBe(0);
    const faint = inkBelow(g, inkThresholds(g).faint);
    expect(inkAt(faint, 71, 57)).toBe(1);
    expect(inkAt(faint, 23, 30)).toBe(1); // the strokes are in it too
    let grainInked = 0;
    for (let y = 0; y < 80; y += 1)
      for (let x = 30; x < 110; x += 1)
        if (!(x >= 70 && x <= 73 && y >= 56 && y <= 59)) grainInked += inkAt(faint, x, y);
    expect(grainInked).toBe(0);
  });

  it("takes a teacher's red tick off black print, but keeps a problem written in red", async () => {
    // Paper (235, 230, 220) with a black bar (40, 40, 40) and a red stroke (200, 70, 70)
    // crossing it at x = 50..59, where the two mix into a dark red (90, 30, 30).
    const page = (ink: (x: number, y: number) => [number, number, number] | null) => {
      const rgb = Buffer.alloc(100 * 40 * 3);
      for (let y = 0; y < 40; y += 1)
        for (let x = 0; x < 100; x += 1) rgb.set(ink(x, y) ?? [235, 230, 220], (y * 100 + x) * 3);
      return sharp(rgb, { raw: { width: 100, height: 40, channels: 3 } });
    };
    const bar = (x: number, y: number) => y >= 18 && y <= 22 && x >= 10 && x <= 90;
    const tick = (x: number) => x >= 50 && x <= 59;
    const marked = await grayWithoutRedMarks(
      page((x, y) =>
        bar(x, y) && tick(x)
          ? [90, 30, 30]
          : bar(x, y)
            ? [40, 40, 40]
            : tick(x)
              ? [200, 70, 70]
              : null,
      ),
    );
    const at = (g: GrayImage, x: number, y: number) => g.data[y * g.width + x];
    expect(at(marked, 55, 5)).toBe(at(marked, 5, 5)); // the red is paper now
    expect(at(marked, 55, 20)).toBeLessThan(100); // where it crossed the print, ink stays
    expect(at(marked, 30, 20)).toBeLessThan(100);
    const allRed = await grayWithoutRedMarks(page((x, y) => (bar(x, y) ? [200, 70, 70] : null)));
    expect(at(allRed, 30, 20)).toBeLessThan(at(allRed, 5, 5) - 50);
    // A photographed red pen (220, 140, 150) across the print in dim light (every channel
    // × 0.5 + 20): darker than good light's black ink, it is still a mark, not ink.
    const dim = (c: number[]) => c.map((v) => Math.round(20 + 0.5 * v)) as [number, number, number];
    const dimmed = await grayWithoutRedMarks(
      page((x, y) => dim(bar(x, y) ? [40, 40, 40] : tick(x) ? [220, 140, 150] : [235, 230, 220])),
    );
    expect(at(dimmed, 55, 5)).toBe(at(dimmed, 5, 5));
    expect(at(dimmed, 30, 20)).toBeLessThan(60);
  });

  it('labels 8-connected blobs with their boxes', () => {
    const g = drawnImage(20, 10, (x, y) =>
      (x === 2 && y === 2) || (x === 3 && y === 3) || (x >= 10 && x <= 12 && y >= 4 && y <= 6)
        ? 0
        : 255,
    );
    const blobs = connectedComponents(binarize(g));
    expect(blobs.map((b) => b.box)).toEqual([
      { x0: 2, y0: 2, x1: 3, y1: 3 },
      { x0: 10, y0: 4, x1: 12, y1: 6 },
    ]);
    expect(blobs.map((b) => b.area)).toEqual([2, 9]);
  });
});

describe('2-D structure', () => {
  const { metrics } = glyphModel();
  const sym = symbolAt;
  // A digit is 40 px tall on a baseline at y = 100; x is 28 px (x-height).
  const digit = (label: string, x: number, baseline = 100, h = 40) =>
    sym(label, { x0: x, y0: baseline - h, x1: x + 0.6 * h, y1: baseline });
  const letter = (label: string, x: number, baseline = 100) =>
    sym(label, { x0: x, y0: baseline - 28, x1: x + 24, y1: baseline });

  it("puts a hand's closing bracket after the 1 its top curls back over", () => {
    // (n + 1), the ) starting 4 px left of the narrow 1 but standing right of it.
    const syms = [
      sym('(', { x0: 0, y0: 55, x1: 16, y1: 110 }),
      letter('n', 22),
      sym('+', { x0: 52, y0: 72, x1: 72, y1: 92 }),
      sym('1', { x0: 84, y0: 60, x1: 96, y1: 100 }),
      sym(')', { x0: 80, y0: 55, x1: 108, y1: 110 }),
    ];
    expect(readFormula(parseRegion(syms, metrics)).text).toBe('(n + 1)');
  });

  it('takes the digit under the high end of a bar drawn uphill into the denominator', () => {
    // A bar 5 px thick rising from y = 120 to 90 over 200 px (its box 88–122); the 3 under
    // its right end has its middle (121) above the box's foot, but well under the bar there.
    const bar = slopingBar(200, 120, 90, 2);
    const syms = [
      digit('4', 20),
      digit('4', 150, 85),
      bar,
      // 3, 8, 3 written along the bar, each 3 px under it.
      digit('3', 60, 156),
      digit('8', 110, 148),
      digit('3', 160, 141),
    ];
    expect(readFormula(parseRegion(syms, metrics)).text).toBe('44/383');
  });

  it('leaves the = a hand drew its bar from under on the line, before the fraction', () => {
    // n = 1/2: the bar starts under the ='s right half, the 2 under it starts left of the =.
    const syms = [
      letter('n', 0),
      sym('=', { x0: 42, y0: 75, x1: 72, y1: 88 }),
      sym('bar', { x0: 50, y0: 98, x1: 130, y1: 101 }),
      digit('1', 85, 90, 35),
      digit('2', 40, 145, 35),
    ];
    expect(readFormula(parseRegion(syms, metrics)).text).toBe('n = 1/2');
  });

  it("takes a hand's 1 read as an upright bar, just short of the bar's start, into the part", () => {
    // (1 + 3)/5, its 1 read |, ending a pixel past where the bar starts.
    const syms = [
      sym('|', { x0: 10, y0: 50, x1: 17, y1: 90 }),
      sym('+', { x0: 28, y0: 62, x1: 48, y1: 82 }),
      digit('3', 55, 90),
      sym('bar', { x0: 17, y0: 98, x1: 85, y1: 101 }),
      digit('5', 35, 145),
    ];
    expect(readFormula(parseRegion(syms, metrics)).text).toBe('(| + 3)/5');
  });

  it('takes the digit past the low end of a bar drawn downhill into the numerator', () => {
    // A bar falling from y = 90 to 120 (its box 88–122) stops short of the 3 after "2 +":
    // the 3's middle (93) is under the box's top, but well above the bar's low end.
    const bar = slopingBar(200, 90, 120, 2);
    const syms = [
      digit('2', 20, 85),
      sym('+', { x0: 150, y0: 90, x1: 170, y1: 110 }),
      digit('3', 190, 113),
      bar,
      digit('5', 80, 150),
    ];
    expect(readFormula(parseRegion(syms, metrics)).text).toBe('(2 + 3)/5');
  });

  it('raises a small symbol above the baseline into an exponent, and a minus stays on the line', () => {
    const syms = [
      letter('x', 0),
      digit('2', 26, 76, 27),
      sym('bar', { x0: 60, y0: 84, x1: 84, y1: 87 }),
      digit('4', 95),
      letter('x', 122),
    ];
    const r = readFormula(parseRegion(syms, metrics));
    expect(r.latex).toBe('x^{2} - 4x');
    expect(r.text).toBe('x^2 - 4x');
  });

  it("takes a hand's digit written a little high for the number's next digit, not its power", () => {
    // 1 then a smaller 5 whose foot is 0.35 of a digit up: "15" wobbling, not 1⁵; a letter
    // so raised still takes it as its exponent, and a digit well up is a power of the number.
    const wobbly = [digit('1', 0), digit('5', 26, 86, 32)];
    expect(readFormula(parseRegion(wobbly, metrics)).text).toBe('15');
    expect(readFormula(parseRegion([letter('x', 0), digit('5', 26, 86, 32)], metrics)).text).toBe(
      'x^5',
    );
    expect(readFormula(parseRegion([digit('5', 0), digit('2', 26, 78, 27)], metrics)).text).toBe(
      '5^2',
    );
  });

  it('takes digits level with each other for one number, however high on the line they stand', () => {
    // "8 + 4 = 26", the 26 small and high: its 6 stands as high as its 2, no power of it.
    const line = [digit('8', 0), sym('+', { x0: 30, y0: 70, x1: 55, y1: 95 }), digit('4', 62)];
    const equals = sym('=', { x0: 95, y0: 72, x1: 125, y1: 88 });
    const high = [digit('2', 135, 78, 30), digit('6', 156, 79, 30)];
    expect(readFormula(parseRegion([...line, equals, ...high], metrics)).text).toBe('8 + 4 = 26');
    // Its 6 well over the 2 is the 2's power.
    const power = [digit('2', 135, 100, 40), digit('6', 162, 72, 27)];
    expect(readFormula(parseRegion([...line, equals, ...power], metrics)).text).toBe('8 + 4 = 2^6');
  });

  it('takes a digit raised a little after a letter for its power, not after a number times x', () => {
    // A 4 nearly a digit tall whose foot is 0.15 of a digit up: after a digit it is the
    // number's next digit, after a letter x⁴ (nobody writes x4), after "2 x" a factor (2 × 4).
    const four = (x: number) => digit('4', x, 94, 36);
    const read = (syms: Sym[]) => readFormula(parseRegion(syms, metrics)).text;
    expect(read([digit('1', 0), four(26)])).toBe('14');
    expect(read([letter('a', 0), four(26)])).toBe('a^4');
    expect(read([digit('2', 0), letter('x', 30), four(56)])).toBe('2x4');
  });

  it("takes a digit just past a hand's short radical bar as still under it, but no letter", () => {
    // A radical 60 px tall whose bar covers x 20–79; 1 and 6 under it, a 2 just past its end.
    const [w, h] = [80, 60];
    const mask = new Uint8Array(w * h);
    for (let y = 0; y < 3; y += 1) for (let x = 20; x < w; x += 1) mask[y * w + x] = 1;
    for (let y = 20; y < h; y += 1) for (const x of [10, 11, 12]) mask[y * w + x] = 1;
    const root = (): Sym => ({
      ...sym('√', { x0: 0, y0: 45, x1: 79, y1: 104 }),
      parts: [{ id: 9, box: { x0: 0, y0: 45, x1: 79, y1: 104 }, area: 300, mask }],
    });
    const under = [digit('1', 30), digit('6', 52)];
    expect(readFormula(parseRegion([root(), ...under, digit('2', 82)], metrics)).text).toBe(
      'sqrt(162)',
    );
    expect(readFormula(parseRegion([root(), ...under, letter('x', 86)], metrics)).text).toBe(
      'sqrt(16) x',
    );
  });

  it('takes a digit past the bar as far from the last as a hand spaced the digits under it', () => {
    // The same radical, 1 and 6 under it 20 px apart; a 2 past the bar's end 18 px after the
    // 6 (more than 0.4 of a digit, no more than the hand's own spacing).
    const [w, h] = [80, 60];
    const mask = new Uint8Array(w * h);
    for (let y = 0; y < 3; y += 1) for (let x = 20; x < w; x += 1) mask[y * w + x] = 1;
    const root: Sym = {
      ...sym('√', { x0: 0, y0: 45, x1: 79, y1: 104 }),
      parts: [{ id: 9, box: { x0: 0, y0: 45, x1: 79, y1: 104 }, area: 300, mask }],
    };
    const syms = [root, digit('1', 22), digit('6', 66), digit('2', 108)];
    expect(readFormula(parseRegion(syms, metrics)).text).toBe('sqrt(162)');
  });

  it("takes the glyph after an operator just past a hand's short fraction bar into its row", () => {
    // "25 − 2" over a bar drawn under "25 −" only (x 0–80, y 104–106), a 5 under it: the 2
    // (x 84–108) ends the numerator. Nothing ending in an operator is a numerator.
    const bar = (x0: number, x1: number, y: number) => sym('bar', { x0, y0: y, x1, y1: y + 2 });
    const numerator = [digit('2', 0), digit('5', 26), bar(56, 76, 80)];
    const read = (after: Sym) =>
      readFormula(parseRegion([...numerator, after, bar(0, 80, 104), digit('5', 30, 150)], metrics))
        .text;
    expect(read(digit('2', 84))).toBe('(25 - 2)/5');
    // A glyph on the fraction's line, beside the bar, is not the numerator's.
    expect(read(digit('2', 84, 126))).not.toContain('(25 - 2)');
  });

  it("takes the bracket a denominator leaves open from just past a hand's short bar", () => {
    // 1 over (n + 2)(n + 1), the bar drawn from the first n on (x 30–250): the "(" before
    // it closes in the denominator, so it is the denominator's, not a bracket round it all.
    const paren = (label: string, x: number) => sym(label, { x0: x, y0: 110, x1: x + 12, y1: 160 });
    const den = [
      paren('(', 14),
      letter('n', 32, 150),
      sym('+', { x0: 60, y0: 125, x1: 80, y1: 145 }),
      digit('2', 86, 150),
      paren(')', 112),
      paren('(', 130),
      letter('n', 146, 150),
      sym('+', { x0: 174, y0: 125, x1: 194, y1: 145 }),
      digit('1', 200, 150),
      paren(')', 226),
    ];
    const bar = sym('bar', { x0: 30, y0: 100, x1: 250, y1: 102 });
    const text = readFormula(parseRegion([digit('1', 130, 90), bar, ...den], metrics)).text;
    expect(text).toBe('1/((n + 2)(n + 1))');
  });

  it("takes a glyph half out from under a hand's short bar into the part beside it", () => {
    // 3 over 25 with the bar drawn from x 40: the 2 (x 25–49) reaches in under its start.
    const bar = sym('bar', { x0: 40, y0: 100, x1: 100, y1: 102 });
    const syms = [digit('3', 55, 90), bar, digit('2', 25, 150), digit('5', 52, 150)];
    expect(readFormula(parseRegion(syms, metrics)).text).toBe('3/25');
    // One wholly before the bar is no part of it (2 3/5, a whole number and a fraction).
    const apart = [digit('3', 55, 90), bar, digit('2', 0, 126), digit('5', 55, 150)];
    expect(readFormula(parseRegion(apart, metrics)).text).not.toContain('25');
  });

  it("takes a hand's narrow digit just short of a fraction bar's start into its part", () => {
    // 11 over 4 with the bar drawn from the second 1 (x 40–100): the first 1 (x 30–38) ends
    // a stroke's width before it, wholly above it.
    const bar = sym('bar', { x0: 40, y0: 100, x1: 100, y1: 102 });
    const over = (first: Sym) =>
      readFormula(parseRegion([first, digit('1', 55, 90), bar, digit('4', 60, 150)], metrics)).text;
    expect(over(sym('1', { x0: 30, y0: 50, x1: 38, y1: 90 }))).toBe('11/4');
    // An operator there stands on the line before the fraction, not in its numerator.
    expect(over(sym('+', { x0: 22, y0: 62, x1: 38, y1: 78 }))).not.toContain('(+');
  });

  it('counts the glyph under a tall radical as a glyph of its line (−√3)', () => {
    // A hand's radical 56 px tall over a 3 of 33 px, a minus before it: one line of formula.
    const line = [
      sym('bar', { x0: 3, y0: 41, x1: 30, y1: 45 }),
      sym('√', { x0: 35, y0: 2, x1: 114, y1: 57 }),
      digit('3', 73, 55, 32),
    ];
    expect(substantialBands(line).map((band) => band.length)).toEqual([3]);
  });

  it('hangs an exponent on a closing bracket', () => {
    const paren = (label: string, x: number) => sym(label, { x0: x, y0: 58, x1: x + 12, y1: 112 });
    const syms = [
      paren('(', 0),
      digit('2', 16),
      letter('x', 42),
      paren(')', 70),
      digit('3', 86, 72, 27),
    ];
    expect(readFormula(parseRegion(syms, metrics)).latex).toBe('(2x)^{3}');
  });

  it("hangs a hand's large power on a closing bracket, as after a letter ((−1)³ − 1)", () => {
    // A 3 of nearly a digit (36 px), its foot 0.4 of a digit up: after ")" a power, after a
    // digit the number's next digit.
    const paren = (label: string, x: number) => sym(label, { x0: x, y0: 58, x1: x + 12, y1: 112 });
    const three = (x: number) => digit('3', x, 84, 36);
    const read = (syms: Sym[]) => readFormula(parseRegion(syms, metrics)).text;
    expect(read([paren('(', 0), digit('1', 16), paren(')', 44), three(60)])).toBe('(1)^3');
    expect(read([digit('2', 0), digit('1', 26), three(52)])).toBe('213');
  });

  it('stacks numerator and denominator around the widest bar first (nested fraction)', () => {
    const syms = [
      digit('1', 10, 20, 28),
      sym('bar', { x0: 5, y0: 28, x1: 35, y1: 30 }),
      digit('2', 10, 62, 28),
      sym('bar', { x0: 0, y0: 70, x1: 40, y1: 72 }),
      digit('3', 8, 120),
    ];
    const r = readFormula(parseRegion(syms, metrics));
    expect(r.latex).toBe('\\frac{\\frac{1}{2}}{3}');
    expect(r.text).toBe('(1/2)/3');
  });

  it('finds symbols stacked where no fraction bar was read (x over 6 with its bar read as a point)', () => {
    const minus = sym('bar', { x0: 0, y0: 78, x1: 24, y1: 82 });
    const point = sym('dot', { x0: 36, y0: 78, x1: 46, y1: 84 });
    const x = letter('x', 40, 70);
    const six = digit('6', 42, 130);
    const stacked = unexplainedStack(parseRegion([minus, point, x, six], metrics));
    expect(stacked?.map((n) => (n.kind === 'sym' ? n.sym.label : n.kind))).toEqual(['dot', 'x']);
    // With its bar read, the same layout is a fraction, and nothing is left unexplained.
    const bar = sym('bar', { x0: 36, y0: 78, x1: 70, y1: 81 });
    expect(unexplainedStack(parseRegion([minus, bar, x, six], metrics))).toBeNull();
  });

  it('takes a glyph over the middle of the one under it for no exponent, touching or not', () => {
    // 4/3 whose bar ran into the 3 (read 5): the 4 stands over the 5, its foot on the 5's
    // top. Read as 5⁴ it was answered 625; it is a stack the page does not explain.
    const five = digit('5', 0, 140, 44);
    const four = digit('4', 8, 97, 40);
    const nodes = parseRegion([five, four], metrics);
    expect(readFormula(nodes).text).not.toBe('5^4');
    expect(unexplainedStack(nodes)?.map((n) => (n.kind === 'sym' ? n.sym.label : n.kind))).toEqual([
      '5',
      '4',
    ]);
    // A power tucked over its base's right arm, or reaching back over a ")", stays a power.
    expect(readFormula(parseRegion([letter('x', 0), digit('2', 16, 76, 27)], metrics)).text).toBe(
      'x^2',
    );
    const close = sym(')', { x0: 26, y0: 56, x1: 36, y1: 104 });
    const cubed = [digit('3', 0), close, digit('3', 30, 70, 24)];
    expect(readFormula(parseRegion(cubed, metrics)).text).toBe('3)^3');
  });

  it('follows a line written uphill, and never hangs an exponent on an operator', () => {
    // 3x − 2 = 4 climbing 9° (a hand writing uphill), the 2 and the 4 smaller than the 3.
    const up = (x: number) => 200 - 0.16 * x;
    const syms = [
      digit('3', 0, up(0), 60),
      letter('x', 45, up(45)),
      sym('bar', { x0: 110, y0: up(110) - 22, x1: 140, y1: up(110) - 18 }),
      digit('2', 160, up(160), 36),
      sym('=', { x0: 215, y0: up(215) - 30, x1: 250, y1: up(215) - 12 }),
      digit('4', 280, up(280), 44),
    ];
    expect(readFormula(parseRegion(syms, metrics)).text).toBe('3x - 2 = 4');
  });

  it('reads three rows in a brace as a system, a minus in the middle row not as a fraction bar', () => {
    // { -3x + 3y = 3 / 3x - 2y = -1 / -3y + z = 0, rows 60 px apart (baselines 100, 160, 220).
    const minus = (x: number, baseline: number) =>
      sym('bar', { x0: x, y0: baseline - 17, x1: x + 24, y1: baseline - 14 });
    const plus = (x: number, baseline: number) =>
      sym('+', { x0: x, y0: baseline - 30, x1: x + 26, y1: baseline - 4 });
    const equals = (x: number, baseline: number) =>
      sym('=', { x0: x, y0: baseline - 22, x1: x + 26, y1: baseline - 10 });
    const row = (b: number, parts: [string, number][]) =>
      parts.map(([label, x]) =>
        label === '-'
          ? minus(x, b)
          : label === '+'
            ? plus(x, b)
            : label === '='
              ? equals(x, b)
              : /\d/.test(label)
                ? digit(label, x, b)
                : letter(label, x, b),
      );
    const syms = [
      sym('{', { x0: 0, y0: 50, x1: 20, y1: 230 }),
      ...row(100, [
        ['-', 30],
        ['3', 60],
        ['x', 86],
        ['+', 120],
        ['3', 155],
        ['y', 181],
        ['=', 215],
        ['3', 250],
      ]),
      ...row(160, [
        ['3', 60],
        ['x', 86],
        ['-', 122],
        ['2', 155],
        ['y', 181],
        ['=', 215],
        ['-', 248],
        ['1', 275],
      ]),
      ...row(220, [
        ['-', 30],
        ['3', 60],
        ['y', 86],
        ['+', 120],
        ['z', 155],
        ['=', 215],
        ['0', 250],
      ]),
    ];
    const rows = readFormula(parseRegion(syms, metrics)).text.split('\n');
    expect(rows.map((r) => r.replace(/\s+/g, ''))).toEqual(['-3x+3y=3', '3x-2y=-1', '-3y+z=0']);
  });

  it('keeps two fractions side by side on one line as fractions', () => {
    // 1/(x+5) = 4/(x+2): numerators in one band, denominators in another.
    const bar = (x0: number, x1: number) => sym('bar', { x0, y0: 98, x1, y1: 101 });
    const syms = [
      digit('1', 30, 90),
      bar(0, 90),
      letter('x', 0, 150),
      sym('+', { x0: 28, y0: 120, x1: 54, y1: 146 }),
      digit('5', 60, 150),
      sym('=', { x0: 110, y0: 93, x1: 136, y1: 105 }),
      digit('4', 190, 90),
      bar(160, 250),
      letter('x', 160, 150),
      sym('+', { x0: 188, y0: 120, x1: 214, y1: 146 }),
      digit('2', 220, 150),
    ];
    expect(readFormula(parseRegion(syms, metrics)).text.replace(/\s+/g, ' ').trim()).toBe(
      '1/(x + 5) = 4/(x + 2)',
    );
  });

  it("ends an exponent where the glyphs come down to the line's middle (x² − 3x, its 3 small)", () => {
    // The 2 is well up; the minus and a 3 written small sit lower, their middles below the
    // 2's foot: the next term, not x^(2 − 3). A 1 at the 2's height is still the exponent's.
    const head = [letter('x', 0), digit('2', 26, 66, 26)];
    const minus = sym('bar', { x0: 56, y0: 74, x1: 72, y1: 78 });
    const read = (syms: Sym[]) => readFormula(parseRegion(syms, metrics)).text;
    expect(read([...head, minus, digit('3', 80, 87, 28), letter('x', 104)])).toBe('x^2 - 3x');
    const high = sym('bar', { x0: 48, y0: 54, x1: 60, y1: 57 });
    expect(
      read([...head, high, digit('1', 64, 68, 26), sym('+', { x0: 90, y0: 68, x1: 114, y1: 92 })]),
    ).toBe('x^(2 - 1) +');
  });

  it('takes a glyph written well up after a letter for its power, even as large as a digit (8z⁷ + 24cz⁵)', () => {
    // Half the line's glyphs are powers as tall as its digits: the line's digit size comes
    // out no larger than theirs, and only how high they stand says what they are.
    const power = (label: string, x: number) => digit(label, x, 62, 40);
    const syms = [
      digit('8', 0),
      letter('z', 26),
      power('7', 52),
      sym('+', { x0: 80, y0: 72, x1: 100, y1: 92 }),
      digit('2', 110),
      digit('4', 136),
      letter('c', 162),
      letter('z', 188),
      power('5', 214),
    ];
    expect(readFormula(parseRegion(syms, metrics)).text).toBe('8z^7 + 24cz^5');
  });

  it('lays out a digit read as its look-alike letter as the digit would stand', () => {
    // 492 by hand (boxes as photographed): its 9 read g (9 at 0.08). After a letter a power
    // need hardly rise, and the 2 written a little high was the g's power (answered 49²);
    // after a 9 it is on the line.
    const g = (alternatives: { label: string; p: number }[]): Sym => ({
      ...sym('g', { x0: 51, y0: 5, x1: 66, y1: 48 }),
      confidence: alternatives[0].p,
      alternatives,
    });
    const read = (nine: Sym) =>
      readFormula(
        parseRegion(
          [
            sym('4', { x0: 5, y0: 10, x1: 32, y1: 55 }),
            nine,
            sym('2', { x0: 81, y0: 7, x1: 105, y1: 42 }),
          ],
          metrics,
        ),
      ).text;
    expect(
      read(
        g([
          { label: 'g', p: 0.92 },
          { label: '9', p: 0.08 },
        ]),
      ),
    ).toBe('4g2');
    // A letter with no digit among its readings still carries the power.
    expect(read(g([{ label: 'g', p: 1 }]))).toBe('4g^2');
  });

  it('hangs a raised glyph read + with a digit among its readings on a letter (11x⁴)', () => {
    // A small glyph well up after x, read + 0.50 / 4 0.49: laid out as the power it is when
    // a 4 (the reading with + is then no formula), where a sure + stays on the line.
    const raised = (alternatives: { label: string; p: number }[]): Sym => ({
      ...sym('+', { x0: 26, y0: 48, x1: 44, y1: 68 }),
      confidence: alternatives[0].p,
      alternatives,
    });
    const read = (plus: Sym) => readFormula(parseRegion([letter('x', 0), plus], metrics)).latex;
    const unsure = [
      { label: '+', p: 0.5 },
      { label: '4', p: 0.49 },
    ];
    expect(read(raised(unsure))).toBe('x^{+}');
    expect(read(raised([{ label: '+', p: 1 }]))).toBe('x +');
  });

  it("hangs an exponent on a hand's x read as a times sign, and reads the cross as x", () => {
    const cross = (x: number, pX: number) => ({
      ...letter('×', x),
      confidence: 1 - pX,
      alternatives: [
        { label: '×', p: 1 - pX },
        { label: 'x', p: pX },
      ],
    });
    const read = (syms: Sym[]) => readFormula(parseRegion(syms, metrics)).text;
    expect(
      read([
        cross(0, 0.07),
        digit('4', 26, 70, 26),
        sym('+', { x0: 60, y0: 72, x1: 84, y1: 96 }),
        digit('1', 96),
      ]),
    ).toBe('x^4 + 1');
    // A printed times sign the classifier never took for an x carries nothing.
    expect(read([digit('3', -30), cross(0, 0), digit('4', 26, 70, 26)])).not.toContain('^');
  });

  it('keeps an exponent of several glyphs in brackets for the solver (e^{3x})', () => {
    const syms = [letter('e', 0), digit('3', 26, 76, 27), letter('x', 44, 76)];
    syms[2].box = { x0: 44, y0: 57, x1: 60, y1: 76 };
    const r = readFormula(parseRegion(syms, metrics));
    expect(r.text).toBe('e^(3x)');
  });
});

describe('prompt words', () => {
  it('offers the nearest prompt when one character or letter is misread', () => {
    expect(likelyPrompts('求寻')[0]).toBe('求导');
    expect(likelyPrompts('化俞')).toEqual(['化简']);
    expect(likelyPrompts('Sirnplify')).toEqual(['Simplify']);
    expect(likelyPrompts('Solve for x')).toEqual([]);
    expect(likelyPrompts('今天天气很好')).toEqual([]);
  });
});

describe('symbols made of several blobs', () => {
  const blob = (label: string, x0: number, y0: number, x1: number, y1: number): Sym => ({
    label,
    box: { x0, y0, x1, y1 },
    confidence: 0.9,
    alternatives: [{ label, p: 0.9 }],
    parts: [],
  });
  const digits = [blob('2', 0, 60, 24, 100), blob('7', 80, 60, 104, 100)];

  it("reads a hand's two short stacked dashes as =, and two round dots as a colon", () => {
    const dashes = [blob('dot', 40, 72, 62, 78), blob('dot', 41, 84, 63, 90)];
    expect(groupSymbols([...digits, ...dashes]).map((s) => s.label)).toEqual(['2', '=', '7']);
    const dots = [blob('dot', 48, 70, 55, 77), blob('dot', 48, 86, 55, 93)];
    expect(groupSymbols([...digits, ...dots]).map((s) => s.label)).toEqual(['2', ':', '7']);
  });

  it("reads a bar with a hand's tick over it and a dot under it as ÷, but a 1 over a bar as a fraction's", () => {
    // 2 ÷ 7 with digits 40 px tall: the upper dot drawn as a short tick the classifier read ′.
    const bar = blob('bar', 36, 78, 66, 82);
    const tick = blob('prime', 49, 62, 53, 72);
    const dot = blob('dot', 48, 88, 54, 94);
    expect(groupSymbols([...digits, bar, tick, dot]).map((s) => s.label)).toEqual(['2', '÷', '7']);
    // A 1 as tall as a digit's half over the bar is no dot: left for the fraction.
    const one = blob('1', 49, 52, 54, 74);
    expect(groupSymbols([...digits, bar, one, dot]).map((s) => s.label)).not.toContain('÷');
    // A fraction bar three glyphs long with points by it is no ÷ (a ÷ is a glyph).
    const long = blob('bar', 0, 78, 130, 82);
    expect(groupSymbols([...digits, long, tick, dot]).map((s) => s.label)).toContain('bar');
  });

  it('reads a 1 written with a foot as a 1, but a 1 over a bar with a digit under it as a fraction', () => {
    // 1 ÷ 7: the 1 (40 px, as the digits) stands on a bar as wide as a digit, 5 px under it.
    const one = blob('1', 40, 56, 48, 96);
    const foot = blob('bar', 32, 101, 58, 105);
    const sign = [
      blob('bar', 62, 76, 76, 79),
      blob('dot', 67, 68, 70, 71),
      blob('dot', 67, 84, 70, 87),
    ];
    const seven = blob('7', 84, 60, 104, 100);
    expect(groupSymbols([one, foot, ...sign, seven]).map((s) => s.label)).toEqual(['1', '÷', '7']);
    // The same bar with a 2 under it is a fraction's: 1/2.
    const two = blob('2', 36, 104, 56, 144);
    expect(groupSymbols([one, foot, two]).map((s) => s.label)).toContain('bar');
  });

  it("finds a 1's foot under its stem, not under its box's middle", () => {
    // A 1 whose long flag reaches left (x 40–69, the stem at x 64–67), its foot drawn out to
    // the right from under the stem (x 62–94): the box's middle is 24 px from the foot's.
    const stroke = drawn(30, 40, (x, y) => (x >= 24 && x <= 27) || (y <= 3 && x <= 27 - y), 40, 56);
    const one = { ...blob('1', 40, 56, 69, 95), parts: [stroke] };
    const foot = blob('bar', 62, 100, 94, 104);
    expect(groupSymbols([...digits.slice(0, 1), one, foot]).map((s) => s.label)).toEqual([
      '2',
      '1',
    ]);
  });

  it("reads a hand's ≥ whose bar runs on to the right, but not a minus after >", () => {
    // u ≥ 0 as a hand wrote it: the bar under the > starts at its middle.
    const greater = blob('>', 53, 23, 85, 63);
    const under = blob('bar', 67, 61, 98, 71);
    const zero = blob('0', 103, 30, 125, 71);
    expect(groupSymbols([greater, under, zero]).map((s) => s.label)).toEqual(['≥', '0']);
    const minus = blob('bar', 90, 42, 110, 46);
    const three = blob('3', 115, 23, 135, 63);
    expect(groupSymbols([blob('>', 53, 23, 85, 63), minus, three]).map((s) => s.label)).toEqual([
      '>',
      'bar',
      '3',
    ]);
  });

  it("reads a ≥ whose bar a hand set well below the > (r ≥ 1 in CROHME's test set)", () => {
    // Digits 40 px tall; the bar 16 px under the sign's foot.
    const greater = blob('>', 69, 6, 116, 45);
    const under = blob('bar', 46, 61, 115, 69);
    expect(groupSymbols([...digits, greater, under]).map((s) => s.label)).toContain('≥');
  });

  it('reads a ≥ whose lower stroke a hand drew sloping, read as a comma (x ≥ 1 read x > ,1)', () => {
    // The sign 34 px wide; the stroke under its right half, 26 × 27, read comma 0.28.
    const greater = blob('>', 40, 58, 74, 92);
    const slanted = { ...blob('comma', 60, 84, 86, 110), confidence: 0.28 };
    const read = groupSymbols([...digits, greater, slanted]);
    expect(read.map((s) => s.label)).toEqual(['2', '≥', '7']);
    expect(read[1].confidence).toBe(0.9);
    // Or starting just past the sign's foot (p ≥ 1).
    const after = { ...blob('comma', 77, 80, 100, 106), confidence: 0.41 };
    expect(groupSymbols([...digits, greater, after]).map((s) => s.label)).toContain('≥');
    // A point too small to be the stroke stays a point.
    const point = blob('dot', 66, 95, 71, 100);
    expect(groupSymbols([...digits, greater, point]).map((s) => s.label)).toContain('dot');
  });
});

/** A stand-in classifier that reads a blob's features as `predict` says. */
const modelReading = (predict: (f: Float32Array) => Prediction[]): GlyphModel =>
  ({ classes: [], predict }) as unknown as GlyphModel;

/** A solid w × h blob standing on row 99 from x0. */
const block = (x0: number, w: number, h: number): Component => ({
  id: x0,
  box: { x0, y0: 100 - h, x1: x0 + w - 1, y1: 99 },
  area: w * h,
  mask: new Uint8Array(w * h).fill(1),
});

/** Three 30 × 40 blobs beside the one a test reads: the page's digits. */
const twos = [block(0, 30, 40), block(200, 30, 40), block(300, 30, 40)];

describe('punctuation as tall as a digit', () => {
  // Reads blobs by their aspect (the features' first number after the shape grid): a thin
  // stroke as a comma with | second, a narrow blob as a comma with a 6 far behind, the
  // rest as a sure 2.
  const model = modelReading((f: Float32Array) => {
    const aspect = f[400] * 3;
    if (aspect < -1)
      return [
        { label: 'comma', p: 0.77 },
        { label: '|', p: 0.19 },
        { label: 'prime', p: 0.04 },
      ];
    if (aspect < -0.4)
      return [
        { label: 'comma', p: 0.9 },
        { label: '6', p: 0.05 },
      ];
    return [{ label: '2', p: 0.99 }];
  });

  it("reads a hand's thin stroke as a stroke however sure the classifier is of a comma", () => {
    const read = classifyBlobs([...twos, block(100, 9, 40)], model);
    expect(read.map((s) => s.label)).toEqual(['2', '|', '2', '2']);
    expect(read[1].alternatives.map((a) => a.label)).toEqual(['|']);
  });

  it('keeps a small comma, and a wider shape with no real contender, as the classifier read them', () => {
    const read = classifyBlobs([...twos, block(100, 5, 12), block(150, 18, 40)], model);
    expect(read.map((s) => s.label)).toEqual(['2', 'comma', 'comma', '2', '2']);
  });
});

describe('a point as big as a digit', () => {
  it("is kept as a guess, where a point of a point's size is believed", () => {
    // Square blobs read as a sure dot (a + blurred into a blob), the rest as a sure 2.
    const model = modelReading((f: Float32Array) => [
      f[401] > 0.47 ? { label: 'dot', p: 0.99 } : { label: '2', p: 0.99 },
    ]);
    const big = classifyBlobs([...twos, block(100, 31, 31)], model)[1];
    expect([big.label, big.confidence]).toEqual(['dot', 0.1]);
    const small = classifyBlobs([...twos, block(100, 6, 6)], model)[1];
    expect([small.label, small.confidence]).toEqual(['dot', 0.99]);
  });

  it('is a guess half a glyph across both ways (a small + blurred out of focus)', () => {
    const model = modelReading((f: Float32Array) => [
      f[401] > 0.47 ? { label: 'dot', p: 0.48 } : { label: '2', p: 0.99 },
    ]);
    expect(classifyBlobs([...twos, block(100, 20, 20)], model)[1].confidence).toBe(0.1);
    expect(classifyBlobs([...twos, block(100, 16, 16)], model)[1].confidence).toBe(0.48);
  });

  it('is a guess as wide as a digit, however low (a small m read as a point)', () => {
    const model = modelReading((f: Float32Array) => [
      f[401] > 0.55 ? { label: 'dot', p: 0.64 } : { label: '2', p: 0.99 },
    ]);
    const low = classifyBlobs([...twos, block(100, 30, 17)], model)[1];
    expect([low.label, low.confidence]).toEqual(['dot', 0.1]);
  });
});

describe('a point touching a letter', () => {
  it('is a guess (a piece of the letter no join took), where a point clear of it stands', () => {
    // By width's share: 30 × 28 an a, 5 × 5 a point, the two joined an unsure k, the rest 2s.
    const model = modelReading((f: Float32Array) => [
      f[401] > 0.54
        ? { label: 'k', p: 0.5 }
        : f[401] > 0.51
          ? { label: 'a', p: 0.99 }
          : f[401] > 0.47
            ? { label: 'dot', p: 0.99 }
            : { label: '2', p: 0.99 },
    ]);
    const read = (gap: number) =>
      classifyBlobs([...twos, block(100, 30, 28), block(130 + gap, 5, 5)], model).find(
        (s) => s.label === 'dot',
      );
    expect(read(0)?.confidence).toBe(0.1);
    expect(read(10)?.confidence).toBe(0.99);
  });
});

describe('an x as tall as brackets', () => {
  it('is a guess (a ")(" run together), where an x of a letter\'s size stands', () => {
    // Blobs read by their width's share: 40 px wide and 60 or more tall, an x at 0.84 (a
    // hand's ")(" in one blob at 70); the page's 2s, 40 px tall, sure.
    const model = modelReading((f: Float32Array) =>
      f[401] < 0.42 ? [{ label: 'x', p: 0.84 }] : [{ label: '2', p: 0.99 }],
    );
    const read = (h: number) => classifyBlobs([...twos, block(100, 40, h)], model)[1];
    expect([read(70).label, read(70).confidence]).toEqual(['x', 0.1]);
    expect([read(60).label, read(60).confidence]).toEqual(['x', 0.84]);
  });
});

describe('a point under the middle of a digit', () => {
  it('is a guess (a piece of the digit cut off), where a point in the gap stands', () => {
    // By width's share: 6 × 6 a point, the rest 2s.
    const model = modelReading((f: Float32Array) => [
      f[401] > 0.47 ? { label: 'dot', p: 0.99 } : { label: '2', p: 0.99 },
    ]);
    const point = (x0: number, y0: number): Component => ({
      ...block(x0, 6, 6),
      box: { x0, y0, x1: x0 + 5, y1: y0 + 5 },
    });
    const read = (p: Component) =>
      classifyBlobs([...twos, block(100, 30, 40), p], model).find((s) => s.label === 'dot');
    expect(read(point(112, 107))?.confidence).toBe(0.1); // 8 px under the digit's middle
    expect(read(point(135, 94))?.confidence).toBe(0.99); // on the baseline, after the digit
    expect(read(point(112, 140))?.confidence).toBe(0.99); // a line further down
  });
});

describe('a digit far wider than tall', () => {
  it('is a guess when read unsurely (two digits run together), a 1 too, and stands when sure', () => {
    // Blobs read by their width's share of width + height: 70 × 40 a sure 0, 66 × 40 an unsure
    // 1 (no stroke leans so far), 60 × 40 an unsure 3 (a hand's "36" as one blob), the rest
    // sure 2s.
    const model = modelReading((f: Float32Array) => {
      if (f[401] > 0.63) return [{ label: '0', p: 0.95 }];
      if (f[401] > 0.61) return [{ label: '1', p: 0.43 }];
      if (f[401] > 0.55)
        return [
          { label: '3', p: 0.43 },
          { label: 'z', p: 0.29 },
        ];
      return [{ label: '2', p: 0.99 }];
    });
    const twos = [block(0, 30, 40), block(300, 30, 40), block(400, 30, 40)];
    const read = (w: number) => classifyBlobs([...twos, block(100, w, 40)], model)[1];
    expect([read(60).label, read(60).confidence]).toEqual(['3', 0.1]);
    expect([read(70).label, read(70).confidence]).toEqual(['0', 0.95]);
    expect([read(66).label, read(66).confidence]).toEqual(['1', 0.1]);
  });

  it("is a guess when read unsurely half as wide again as the page's digits, though not wider than tall", () => {
    // 4 × 4 with the × run into the second 4: a blob 44 × 45 read 4 at 0.59 among 4s 28
    // px wide; the same reading 30 px wide stands.
    const model = modelReading((f: Float32Array) =>
      f[401] > 0.45
        ? [
            { label: '4', p: 0.59 },
            { label: 'y', p: 0.41 },
          ]
        : [{ label: '4', p: 0.99 }],
    );
    const fours = [block(0, 28, 45), block(300, 28, 45), block(400, 28, 45)];
    const read = (w: number) => classifyBlobs([...fours, block(100, w, 45)], model)[1];
    expect([read(44).label, read(44).confidence]).toEqual(['4', 0.1]);
    expect(read(30).confidence).toBeGreaterThan(0.9);
  });

  it('is a guess at 0.67 too: a hand\'s "15" run into one blob read 5', () => {
    // 3219 − 2015 by hand: the 15 one blob 60 × 49 read 5 at 0.67 among digits 37 px wide.
    const model = modelReading((f: Float32Array) =>
      f[401] > 0.5 ? [{ label: '5', p: 0.67 }] : [{ label: '2', p: 0.99 }],
    );
    const twos = [block(0, 37, 49), block(300, 37, 49), block(400, 37, 49)];
    expect(classifyBlobs([...twos, block(100, 60, 49)], model)[1].confidence).toBe(0.1);
  });

  it("is a guess when read first as an i's stem, as the digit it is read without the stem", () => {
    // 6646 − 274 by hand: the 27 one blob 74 × 43 read i-stem 0.14, 2 0.51, > 0.19 among
    // 6s 20 px wide; without its stem reading it went on as a 2 at 0.59.
    const model = modelReading((f: Float32Array) =>
      f[401] > 0.5
        ? [
            { label: 'i-stem', p: 0.14 },
            { label: '2', p: 0.51 },
            { label: '>', p: 0.19 },
          ]
        : [{ label: '6', p: 0.99 }],
    );
    const sixes = [block(0, 20, 43), block(300, 20, 43), block(400, 20, 43)];
    const read = classifyBlobs([...sixes, block(100, 74, 43)], model)[1];
    expect([read.label, read.confidence]).toEqual(['2', 0.1]);
  });

  it('is a guess when read 1 far wider than tall, but a 1 with a long flag stands', () => {
    // 6466 − 2634 by hand: the 26 one blob 67 × 43 read 1 at 0.85 among 6s 20 px wide. A
    // hand's 1 with its lead-in 85 × 85, read 1 at 0.87, is a 1.
    const model = modelReading((f: Float32Array) =>
      f[401] > 0.4 ? [{ label: '1', p: 0.86 }] : [{ label: '6', p: 0.99 }],
    );
    const sixes = [block(0, 20, 43), block(300, 20, 43), block(400, 20, 43)];
    const read = (w: number, h: number) => classifyBlobs([...sixes, block(100, w, h)], model)[1];
    expect([read(67, 43).label, read(67, 43).confidence]).toEqual(['1', 0.1]);
    expect(read(85, 85).confidence).toBe(0.86);
  });
});

describe('a piece cut from glyphs run together', () => {
  it('is a guess when still twice as wide as the other digits, however sure', () => {
    // Wide blobs read as a sure 2 (a hand's "22" as one blob), the rest as sure 8s.
    const model = modelReading((f: Float32Array) => [
      f[401] > 0.55 ? { label: '2', p: 0.98 } : { label: '8', p: 0.99 },
    ]);
    const eights = [block(0, 30, 44), block(40, 30, 44), block(80, 30, 44)];
    // 822 run into one blob and cut: the pieces keep the blob's id.
    const pieces = [block(200, 30, 44), { ...block(232, 64, 44), id: 200 }];
    const cut = classifyBlobs([...eights, ...pieces], model);
    expect(cut.map((s) => [s.label, s.confidence])).toContainEqual(['2', 0.1]);
    // Uncut, a digit as wide stands (a 2 with a long tail).
    const whole = classifyBlobs([...eights, block(200, 30, 44), block(232, 64, 44)], model);
    expect(whole.map((s) => [s.label, s.confidence])).toContainEqual(['2', 0.98]);
  });

  it('is two when uncut, twice as wide as the other digits and read unsurely, as a letter too', () => {
    // 3085 with its 85 one blob that no cut separated, read s 0.35 / 5 0.09.
    const model = modelReading((f: Float32Array) =>
      f[401] > 0.55
        ? [
            { label: 's', p: 0.35 },
            { label: '5', p: 0.09 },
          ]
        : [{ label: '8', p: 0.99 }],
    );
    const eights = [block(0, 30, 44), block(40, 30, 44), block(80, 30, 44)];
    const read = classifyBlobs([...eights, block(200, 64, 44)], model);
    expect(read.map((s) => [s.label, s.confidence])).toContainEqual(['s', 0.1]);
  });
});

describe('a long radical sign', () => {
  it('stays a radical though wide for its height, where a flat stroke is a bar', () => {
    // A long-division bracket 220 × 63 px over 45 px digits reads √; its box is as flat as
    // a thick bar's (63 ≤ 0.3 × 220).
    const model = modelReading((f: Float32Array) => [
      f[401] > 0.7 ? { label: '√', p: 0.86 } : { label: '2', p: 0.99 },
    ]);
    const twos = [block(0, 30, 45), block(40, 30, 45), block(400, 30, 45)];
    const read = classifyBlobs([...twos, block(100, 220, 63)], model);
    expect(read.map((s) => s.label)).toEqual(['2', '2', '√', '2']);
  });
});

describe('a bar a hand drew sloping', () => {
  it('is a bar, however the classifier reads it, where a curve of the same box is not', () => {
    // Glyphs 40 px tall; a stroke 6 px thick rising 14 px over 60 (its box 20 px tall), and
    // an arc in a box of the same size.
    const stroke = (w: number, h: number, row: (x: number) => number): Component => {
      const mask = new Uint8Array(w * h);
      for (let x = 0; x < w; x += 1)
        for (let y = 0; y < h; y += 1) mask[y * w + x] = Math.abs(y - row(x)) <= 3 ? 1 : 0;
      return {
        id: 9,
        box: { x0: 100, y0: 80, x1: 100 + w - 1, y1: 80 + h - 1 },
        area: mask.reduce((a, v) => a + v, 0),
        mask,
      };
    };
    const twos = [0, 200, 300].map((x0) => ({
      id: x0,
      box: { x0, y0: 60, x1: x0 + 29, y1: 99 },
      area: 1200,
      mask: new Uint8Array(1200).fill(1),
    }));
    const model = modelReading((f: Float32Array) =>
      f[401] > 0.6
        ? [
            { label: '4', p: 0.48 },
            { label: 'bar', p: 0.46 },
          ]
        : [{ label: '2', p: 0.99 }],
    );
    const sloped = classifyBlobs([...twos, stroke(60, 20, (x) => 16 - (14 * x) / 60)], model);
    expect(sloped.map((s) => s.label)).toEqual(['2', 'bar', '2', '2']);
    const arc = classifyBlobs(
      [...twos, stroke(60, 20, (x) => 3 + ((x - 30) / 30) ** 2 * 13)],
      model,
    );
    expect(arc.map((s) => s.label)).toEqual(['2', '4', '2', '2']);
    // A long-division bracket: a level overline 6 px thick with its arc down the left end,
    // 56 px tall — a straight line's slope and thickness do not make that height.
    const w = 180;
    const mask = new Uint8Array(w * 56);
    for (let y = 0; y < 56; y += 1)
      for (let x = 0; x < w; x += 1) {
        const arcX = 10 * Math.sin((Math.PI * y) / 56);
        mask[y * w + x] = y < 6 || Math.abs(x - arcX) <= 3 ? 1 : 0;
      }
    const bracket = {
      id: 9,
      box: { x0: 100, y0: 50, x1: 100 + w - 1, y1: 105 },
      area: mask.reduce((a, v) => a + v, 0),
      mask,
    };
    expect(classifyBlobs([...twos, bracket], model)[1].label).not.toBe('bar');
  });
});

describe('a comma between digits', () => {
  const row = (text: string): Sym[] =>
    [...text].map((c, i) => ({
      label: c === ',' ? 'comma' : c,
      box: { x0: 20 * i, y0: 0, x1: 20 * i + 15, y1: 30 },
      confidence: 0.9,
      alternatives: [],
      parts: [],
    }));

  it('may be a point (23,7), never when it separates thousands (1,000) or follows a letter', () => {
    expect(decimalComma(row('23,7+1'), 2)).toBe(true);
    expect(decimalComma(row('1,25'), 1)).toBe(true);
    expect(decimalComma(row('1,000+2'), 1)).toBe(false);
    expect(decimalComma(row('12,3456'), 2)).toBe(true);
    expect(decimalComma(row('x,2'), 1)).toBe(false);
    expect(decimalComma(row('2,x'), 1)).toBe(false);
  });
});

describe('a dot between digits', () => {
  const node = (label: string, x0: number, y0: number, x1: number, y1: number) => ({
    kind: 'sym' as const,
    box: { x0, y0, x1, y1 },
    sym: {
      label,
      box: { x0, y0, x1, y1 },
      confidence: 0.9,
      alternatives: [{ label, p: 0.9 }],
      parts: [],
    },
  });
  // Digits 40 px tall, baseline at y = 100, middle at 80; the dot's centre at `y`.
  const row = (y: number, after = '6') => [
    node('1', 0, 60, 20, 100),
    node('dot', 25, y - 2, 29, y + 2),
    node(after, 34, 60, 58, 100),
  ];

  it('is a point on the baseline, read one way only', () => {
    expect(readFormula(row(98)).text).toBe('1.6');
    expect(ambiguousDots(row(98))).toEqual([]);
  });

  it('at the middle is a product, but between two digits also a point written high', () => {
    // A school page writes a product of numbers with ×: 1.6946961 with its point at the
    // digits' middle was answered as 1 · 6946961. Before a letter (2·x) it is a product.
    expect(readFormula(row(80)).text).toBe('1*6');
    expect(ambiguousDots(row(80)).map((d) => d.other)).toEqual(['point']);
    expect(readFormula(row(80, 'x')).text).toBe('1*x');
    expect(ambiguousDots(row(80, 'x'))).toEqual([]);
  });

  it('near the glyphs’ tops is offered both ways: more likely a piece of a glyph', () => {
    // A 5's flag come off it sits at the top: 50 must not be answered as 5 · 0 unasked.
    expect(ambiguousDots(row(64)).map((d) => d.other)).toEqual(['point']);
    expect(ambiguousDots(row(75, 'x'))).toEqual([]);
  });

  it('halfway up is offered both ways, its position’s reading first', () => {
    // 0.55 of the way up: a product by position, a point as the other reading.
    const high = row(89);
    expect(readFormula(high).text).toBe('1*6');
    const [{ sym, other }] = ambiguousDots(high);
    expect(other).toBe('point');
    expect(readFormula(high, new Map([[sym, other]])).text).toBe('1.6');
    expect(ambiguousDots(row(91))[0].other).toBe('·');
  });

  it('between digits is a point in every reading where the formula writes its products ×', () => {
    const dots = ambiguousDots(row(80));
    const syms = (...labels: string[]) => labels.map((l) => node(l, 0, 0, 1, 1).sym);
    expect(pointsBesideTimes(dots, syms('1', 'dot', '6', '×', '2'))).toEqual(dots);
    expect(pointsBesideTimes(dots, syms('1', 'dot', '6', '+', '2'))).toEqual([]);
    // Before a letter a raised dot is no point.
    expect(pointsBesideTimes(ambiguousDots(row(89, 'x')), syms('×'))).toEqual([]);
  });
});

describe('glyph repairs', () => {
  // A solid block of ink, as a blob.
  const rect = (x0: number, y0: number, x1: number, y1: number): Component => ({
    id: x0,
    box: { x0, y0, x1, y1 },
    area: (x1 - x0 + 1) * (y1 - y0 + 1),
    mask: new Uint8Array((x1 - x0 + 1) * (y1 - y0 + 1)).fill(1),
  });
  /** Stands in for the classifier: a piece under `short` px tall reads `small`, a taller one `tall`. */
  const byHeight =
    (short: number, small: Prediction, tall: Prediction) =>
    (c: Component): Sym =>
      symbolOf(c, [c.box.y1 - c.box.y0 < short ? small : tall]);
  // A hand's x: two strokes that touch at one pixel in the middle column.
  const w = 48;
  const h = 50;
  const mask = new Uint8Array(w * h);
  for (let y = 0; y < h; y += 1) {
    for (const x of [2, 3, 4, 43, 44, 45]) mask[y * w + x] = 1;
    if (y === 25) for (let x = 4; x < 44; x += 1) mask[y * w + x] = 1;
  }
  const x: Component = { id: 1, box: { x0: 100, y0: 0, x1: 147, y1: 49 }, area: 341, mask };
  // Whole, the blob reads x or × about evenly; cut, as a sure ")" and a sure "<".
  const classify = (c: Component): Sym => {
    const alternatives =
      c.box.x1 - c.box.x0 > 40
        ? [
            { label: 'x', p: 0.52 },
            { label: '×', p: 0.48 },
          ]
        : [{ label: c.box.x1 < 140 ? ')' : '<', p: 0.99 }];
    return symbolOf(c, alternatives);
  };

  it("cuts an exponent that touches its base off the base's top-right corner", () => {
    // An x 40 px tall (its strokes as two columns joined by a rung) whose 2 touches its
    // upper right arm, the whole 60 px tall.
    const [bw, bh] = [40, 60];
    const ink = new Uint8Array(bw * bh);
    for (let y = 20; y < bh; y += 1) for (const x of [0, 1, 2, 27, 28, 29]) ink[y * bw + x] = 1;
    for (let x = 0; x < 30; x += 1) ink[40 * bw + x] = 1;
    for (let y = 0; y < 21; y += 1) for (const x of [28, 29, 38, 39]) ink[y * bw + x] = 1;
    for (let x = 28; x < 40; x += 1) ink[0 * bw + x] = ink[20 * bw + x] = 1;
    const blob: Component = { id: 2, box: { x0: 0, y0: 0, x1: 39, y1: 59 }, area: 400, mask: ink };
    const read = (c: Component): Sym => {
      const h = c.box.y1 - c.box.y0 + 1;
      const [label, p] = h >= 50 ? ['r', 0.24] : c.box.y0 >= 15 ? ['x', 0.99] : ['2', 0.83];
      return symbolOf(c, [{ label, p }]);
    };
    const cutUp = repairGlyphs([read(blob)], 40, read);
    expect(cutUp.map((s) => s.label)).toEqual(['x', '2']);
    expect(cutUp[1].box.y1).toBeLessThan(cutUp[0].box.y0 + 20);
    // No taller than a glyph, the same blob is left whole.
    expect(repairGlyphs([read(blob)], 60, read).map((s) => s.label)).toEqual(['r']);
  });

  it('never cuts a glyph into a bracket shorter than the digits around it', () => {
    expect(repairGlyphs([classify(x)], 76, classify).map((s) => s.label)).toEqual(['x']);
    // As tall as the digits, the same two halves are a bracket and a relation.
    expect(repairGlyphs([classify(x)], 50, classify).map((s) => s.label)).toEqual([')', '<']);
  });

  it("never cuts a glyph's long tail off as a minus at its foot", () => {
    // A 2 (30 px wide, 40 tall) whose foot runs on 22 px as a thin line: one blob.
    const [w2, h2] = [52, 40];
    const ink = new Uint8Array(w2 * h2);
    for (let y = 0; y < h2; y += 1) for (const x of [26, 27, 28]) if (y < 34) ink[y * w2 + x] = 1;
    for (let y = 34; y < 40; y += 1) for (let x = 0; x < 30; x += 1) ink[y * w2 + x] = 1;
    for (let x = 30; x < w2; x += 1) ink[38 * w2 + x] = 1;
    const two: Component = { id: 3, box: { x0: 0, y0: 0, x1: 51, y1: 39 }, area: 300, mask: ink };
    const read = (c: Component): Sym =>
      symbolOf(c, [
        c.box.x1 - c.box.x0 > 40
          ? { label: '2', p: 0.6 }
          : { label: c.box.y0 > 30 ? 'bar' : '2', p: 0.99 },
      ]);
    expect(repairGlyphs([read(two)], 40, read).map((s) => s.label)).toEqual(['2']);
  });

  it("joins a 5's flag written apart back to it, where a minus would stand clear", () => {
    const read = byHeight(8, { label: 'bar', p: 0.99 }, { label: '5', p: 0.99 });
    const body = rect(0, 0, 24, 39);
    const flag = rect(26, 2, 40, 5);
    expect(repairGlyphs([read(body), read(flag)], 40, read).map((s) => s.label)).toEqual(['5']);
    const minus = rect(26, 18, 40, 21);
    expect(repairGlyphs([read(body), read(minus)], 40, read).map((s) => s.label)).toEqual([
      '5',
      'bar',
    ]);
  });

  it('keeps a stroke with another over it, an =, apart from the glyph it touches', () => {
    // A 4 (24 × 40) with a small "=" run into its right side: its lower bar level with the
    // 4's lower quarter, where a 5's flag or a 2's tail would be the glyph's own stroke.
    const read = byHeight(8, { label: 'bar', p: 0.6 }, { label: '4', p: 0.99 });
    const four = rect(0, 0, 23, 39);
    const lower = rect(25, 29, 38, 33);
    expect(repairGlyphs([read(four), read(lower)], 40, read).map((s) => s.label)).toEqual(['4']);
    const upper = rect(28, 16, 40, 19);
    expect(
      repairGlyphs([read(four), read(upper), read(lower)], 40, read).map((s) => s.label),
    ).toEqual(['4', 'bar', 'bar']);
  });

  it("joins a piece lying inside a glyph's box back to it, however sure each reads", () => {
    // A 5 (24 × 42) and the end of its bowl cut off (13 × 13, mostly inside its box), read
    // as a "<"; joined, a sure 5. Beside the 5 instead, the same "<" stays a symbol.
    const read = byHeight(20, { label: '<', p: 0.62 }, { label: '5', p: 1 });
    const five = rect(10, 0, 33, 41);
    const piece = rect(8, 29, 20, 41);
    expect(repairGlyphs([read(five), read(piece)], 42, read).map((s) => s.label)).toEqual(['5']);
    const beside = rect(36, 29, 48, 41);
    expect(
      repairGlyphs([read(five), read(beside)], 42, read)
        .map((s) => s.label)
        .sort(),
    ).toEqual(['5', '<']);
    // What a radical's sign holds is no piece of it.
    const root = byHeight(20, { label: '7', p: 0.62 }, { label: '√', p: 1 });
    const sign = rect(0, 0, 48, 41);
    const seven = rect(30, 22, 42, 34);
    expect(
      repairGlyphs([root(sign), root(seven)], 42, root)
        .map((s) => s.label)
        .sort(),
    ).toEqual(['7', '√']);
  });
  it('re-cuts pieces of one blob cut in the wrong place, never two blobs that did not touch', () => {
    // A 5 (x 0–24) and a small o (x 26–39) a pixel apart, the o read o 0.7 (a letter's
    // price) or 0; joined, an unsure a; cut anywhere else, a sure 5 and a sure b.
    const read = (c: Component): Sym =>
      symbolOf(
        c,
        c.box.x0 === 26 && c.box.x1 === 39
          ? [
              { label: 'o', p: 0.7 },
              { label: '0', p: 0.3 },
            ]
          : c.box.x1 - c.box.x0 > 30
            ? [{ label: 'a', p: 0.3 }]
            : [{ label: c.box.x0 === 0 ? '5' : 'b', p: 1 }],
      );
    const five = rect(0, 0, 24, 39);
    const o = rect(26, 14, 39, 39);
    expect(repairGlyphs([read(five), read(o)], 40, read).map((s) => s.label)).toEqual(['5', 'o']);
    // The same two as pieces a cut made of one blob are cut again where they read best.
    const piece = { ...o, id: five.id };
    expect(repairGlyphs([read(five), read(piece)], 40, read).map((s) => s.label)).toEqual([
      '5',
      'b',
    ]);
  });
});

describe('look-alike glyphs', () => {
  it('counts the belief in a shape for a reading of any of its look-alikes, and nothing else', () => {
    const stroke = [
      { label: 'l', p: 0.6 },
      { label: '1', p: 0.3 },
      { label: '7', p: 0.05 },
    ];
    expect(shapeShare('1', stroke)).toBeCloseTo(0.9);
    expect(shapeShare('7', stroke)).toBeCloseTo(0.05);
  });

  it('takes a shape read in place of a first choice nearly as likely for no surer than that', () => {
    // A hand's 8 read s 0.37, z 0.33, 2 0.10: the 2 with its look-alike z is 0.43, the s 0.37.
    const eight = {
      label: 's',
      alternatives: [
        { label: 's', p: 0.37 },
        { label: 'z', p: 0.33 },
        { label: '2', p: 0.1 },
      ],
    };
    expect(shapeAsRead('2', 0.1, eight)).toBeCloseTo(0.37);
    expect(shapeAsRead('s', 0.37, eight)).toBeCloseTo(0.37);
    // Clearly the likelier shape, it keeps its share; so does a look-alike of the first choice.
    const clear = { ...eight, alternatives: [eight.alternatives[0], { label: 'z', p: 0.5 }] };
    expect(shapeAsRead('2', 0, clear)).toBeCloseTo(0.5);
    const stroke = {
      label: 'l',
      alternatives: [
        { label: 'l', p: 0.6 },
        { label: '1', p: 0.3 },
      ],
    };
    expect(shapeAsRead('1', 0.3, stroke)).toBeCloseTo(0.9);
  });

  it('takes a hand\'s + and t, ( and c, 6 and b for one shape: a cross read t 0.6, + 0.4 is surely a "+"', () => {
    const cross = [
      { label: 't', p: 0.6 },
      { label: '+', p: 0.38 },
      { label: 'f', p: 0.02 },
    ];
    expect(shapeShare('+', cross)).toBeCloseTo(0.98);
    expect(shapeShare('f', cross)).toBeCloseTo(0.02);
    const arc = [
      { label: 'c', p: 0.53 },
      { label: '(', p: 0.39 },
      { label: '1', p: 0.08 },
    ];
    expect(shapeShare('(', arc)).toBeCloseTo(0.92);
    expect(
      shapeShare('6', [
        { label: 'b', p: 0.6 },
        { label: '6', p: 0.3 },
      ]),
    ).toBeCloseTo(0.9);
  });
});

describe('a small letter or its digit, by its size', () => {
  // 18z by hand: the 8 43 px tall, the z 29 px on the same baseline, read z 0.64, 2 0.36.
  const eight = symbolAt('8', { x0: 23, y0: 4, x1: 47, y1: 46 });
  const read = (box: { x0: number; y0: number; x1: number; y1: number }): Sym => ({
    ...symbolAt('z', box),
    confidence: 0.64,
    alternatives: [
      { label: 'z', p: 0.64 },
      { label: '2', p: 0.36 },
    ],
  });

  it("takes a glyph a letter's size on a digit's baseline for the letter as likely as the digit", () => {
    expect(letterSizedBesideDigit(read({ x0: 52, y0: 23, x1: 83, y1: 51 }), eight)).toBe(true);
    // As tall as the digit: a 2 as much as a z, the letter's rarity decides.
    expect(letterSizedBesideDigit(read({ x0: 52, y0: 6, x1: 80, y1: 48 }), eight)).toBe(false);
    // Raised off the baseline: a power (x², its 2 read z), not a letter.
    expect(letterSizedBesideDigit(read({ x0: 50, y0: 0, x1: 66, y1: 18 }), eight)).toBe(false);
    // Beside no sure digit, or a glyph no digit reads as: nothing to measure it by.
    const unsure = { ...eight, confidence: 0.5, alternatives: [{ label: '8', p: 0.5 }] };
    expect(letterSizedBesideDigit(read({ x0: 52, y0: 23, x1: 83, y1: 51 }), unsure)).toBe(false);
    const c = symbolAt('c', { x0: 52, y0: 23, x1: 83, y1: 51 });
    expect(letterSizedBesideDigit(c, eight)).toBe(false);
  });
});

describe('relationsAmiss (a line nobody writes, so print sure of it misread a hand)', () => {
  const at = (label: string, x: number) => symbolAt(label, { x0: x, y0: 0, x1: x + 20, y1: 40 });
  it('is a line that starts with a relation or sets two side by side', () => {
    expect(relationsAmiss([at('<', 0), at('≥', 30), at('1', 60)])).toBe(true);
    expect(relationsAmiss([at('x', 0), at('=', 30), at('<', 60), at('1', 90)])).toBe(true);
    expect(relationsAmiss([at('r', 0), at('≥', 30), at('1', 60)])).toBe(false);
    expect(relationsAmiss([at('x', 0), at('=', 30), at('1', 60), at('<', 90), at('2', 120)])).toBe(
      false,
    );
  });
});
