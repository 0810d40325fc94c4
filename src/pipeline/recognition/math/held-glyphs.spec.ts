import { Component, boxHeight, boxWidth } from './components';
import { splitHeldGlyphs } from './held-glyphs';
import { Sym, symbolOf } from './symbols';

const TYPICAL = 40;

/** A blob 160 px wide whose ink is `ink(x, y)`, 44 rows tall, its top at y = 100. */
function blob(ink: (x: number, y: number) => boolean): Component {
  const [w, h] = [160, 44];
  const mask = new Uint8Array(w * h);
  for (let y = 0; y < h; y += 1) for (let x = 0; x < w; x += 1) if (ink(x, y)) mask[y * w + x] = 1;
  return {
    id: 7,
    box: { x0: 0, y0: 100, x1: w - 1, y1: 100 + h - 1 },
    area: mask.reduce((a, b) => a + b),
    mask,
  };
}

/** A waving bar 4 px thick along the top, and a bracket's stroke hanging from it at x 80–83. */
const barWithBracket = blob(
  (x, y) =>
    Math.abs(y - (2 + Math.round(2 * Math.sin(x / 20)))) <= 1 || (x >= 80 && x <= 83 && y >= 3),
);

/** The classifier: a tall thin blob is a ")", anything else a bar. */
const classify = (c: Component): Sym =>
  boxHeight(c.box) > boxWidth(c.box)
    ? symbolOf(c, [{ label: ')', p: 0.97 }])
    : symbolOf(c, [{ label: 'bar', p: 0.95 }]);

describe('a fraction bar holding a glyph it ran into', () => {
  it('is cut into the bar and the glyph, each read on its own', () => {
    const syms = splitHeldGlyphs([classify(barWithBracket)], TYPICAL, classify);
    expect(syms.map((s) => s.label)).toEqual(['bar', ')']);
    expect(boxHeight(syms[0].box)).toBeLessThanOrEqual(8);
    expect(syms[1].box.x0).toBe(80);
    expect(syms[1].box.y1).toBe(143);
  });

  it('leaves a bar alone that only slopes, and a long radical', () => {
    const sloping = blob((x, y) => Math.abs(y - x / 4) <= 2);
    expect(splitHeldGlyphs([classify(sloping)], TYPICAL, classify)).toHaveLength(1);
    const radical = symbolOf(barWithBracket, [
      { label: '√', p: 0.6 },
      { label: 'bar', p: 0.3 },
    ]);
    expect(splitHeldGlyphs([radical], TYPICAL, classify)).toEqual([radical]);
  });

  it('leaves a scrap smaller than a glyph with the bar (where a stroke met it)', () => {
    const nub = blob((x, y) => y <= 3 || (x >= 80 && x <= 83 && y <= 12) || (x === 0 && y === 43));
    expect(splitHeldGlyphs([classify(nub)], TYPICAL, classify)).toHaveLength(1);
  });
});
