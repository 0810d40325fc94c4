import { barRowsAt } from './bar-rows';
import { Sym } from './symbols';

/** A bar 3 px thick rising 20 px over 101 columns (its middle row from 41 down to 21), drawn uphill. */
function slopingBar(): Sym {
  const [w, h] = [101, 23];
  const mask = new Uint8Array(w * h);
  for (let x = 0; x < w; x += 1)
    for (let y = 0; y < h; y += 1) mask[y * w + x] = Math.abs(y - (20 - x / 5) - 1) <= 1 ? 1 : 0;
  const box = { x0: 0, y0: 20, x1: w - 1, y1: 20 + h - 1 };
  return {
    label: 'bar',
    box,
    confidence: 1,
    alternatives: [{ label: 'bar', p: 1 }],
    parts: [{ id: 1, box, area: mask.reduce((a, v) => a + v, 0), mask }],
  };
}

describe('barRowsAt (where a fraction bar runs over a glyph)', () => {
  it("gives the rows of the bar's ink in the glyph's columns, not its whole box", () => {
    const bar = slopingBar();
    expect(barRowsAt(bar, { x0: 0, y0: 50, x1: 10, y1: 80 })).toEqual({ top: 38, bottom: 42 });
    expect(barRowsAt(bar, { x0: 90, y0: 50, x1: 100, y1: 80 })).toEqual({ top: 20, bottom: 24 });
  });

  it("takes the bar's end columns for a glyph past its end", () => {
    expect(barRowsAt(slopingBar(), { x0: 120, y0: 50, x1: 130, y1: 80 })).toEqual({
      top: 20,
      bottom: 22,
    });
  });

  it('gives the box where the bar has no ink of its own', () => {
    const bar = { ...slopingBar(), parts: [] };
    expect(barRowsAt(bar, { x0: 0, y0: 50, x1: 10, y1: 80 })).toEqual({ top: 20, bottom: 42 });
  });
});
