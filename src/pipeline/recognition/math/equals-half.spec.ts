import { Component, boxWidth } from './components';
import { splitEqualsHalves } from './equals-half';
import { Sym, symbolOf } from './symbols';

// Glyphs 40 px tall on a baseline at y = 100: a lone bar at y 62–65, and under it a blob
// that is a level stroke (y 72–75, x 0–29) running into a glyph (x 30–59, y 60–100).
// With `drop`, the stroke slopes down that many rows over its length, as a hand's does.
function joined(strokeLength = 30, drop = 0): Component {
  const [w, h] = [strokeLength + 30, 41];
  const mask = new Uint8Array(w * h);
  for (let y = 0; y < h; y += 1)
    for (let x = 0; x < w; x += 1) {
      const top = 12 + Math.round((drop * x) / strokeLength);
      if (x >= strokeLength || (y >= top && y <= top + 3)) mask[y * w + x] = 1;
    }
  return {
    id: 2,
    box: { x0: 0, y0: 60, x1: w - 1, y1: 100 },
    area: mask.reduce((a, b) => a + b),
    mask,
  };
}

const loneBar = (): Sym => {
  const mask = new Uint8Array(30 * 4).fill(1);
  const part = { id: 1, box: { x0: 0, y0: 62, x1: 29, y1: 65 }, area: 120, mask };
  return symbolOf(part, [{ label: 'bar', p: 0.95 }]);
};

/** The classifier: a digit-wide blob is a 6, the stroke and the glyph together a +. */
const classify = (sure: number) => (c: Component) =>
  boxWidth(c.box) <= 30
    ? symbolOf(c, [{ label: '6', p: sure }])
    : symbolOf(c, [{ label: '+', p: 0.9 }]);

describe('an = whose lower bar runs into the glyph after it', () => {
  it('is cut into the lower bar and the glyph', () => {
    const blob = joined();
    const syms = splitEqualsHalves([loneBar(), classify(0.95)(blob)], 40, classify(0.95));
    expect(syms.map((s) => s.label)).toEqual(['bar', 'bar', '6']);
    expect(syms[1].box).toEqual({ x0: 0, y0: 72, x1: 29, y1: 75 });
  });

  it("is cut where the stroke slopes and the glyph reads unsure (r23's = 63)", () => {
    // The stroke drops 8 rows over 30 columns; the 6 left reads 0.45 (it lost ink to the cut).
    const syms = splitEqualsHalves([loneBar(), classify(0.9)(joined(30, 8))], 40, classify(0.45));
    expect(syms.map((s) => s.label)).toEqual(['bar', 'bar', '6']);
  });

  it('is left whole when the glyph left reads as a guess, or the stroke is short', () => {
    expect(
      splitEqualsHalves([loneBar(), classify(0.9)(joined())], 40, classify(0.3)).map(
        (s) => s.label,
      ),
    ).toEqual(['bar', '+']);
    const short = joined(8);
    expect(
      splitEqualsHalves([loneBar(), classify(0.9)(short)], 40, classify(0.95)).map((s) => s.label),
    ).toEqual(['bar', '+']);
  });

  it('is left whole when the bar already has its partner', () => {
    const other = loneBar();
    other.box = { ...other.box, y0: 52, y1: 55 };
    const syms = splitEqualsHalves(
      [other, loneBar(), classify(0.95)(joined())],
      40,
      classify(0.95),
    );
    expect(syms.map((s) => s.label)).toEqual(['bar', 'bar', '+']);
  });
});
