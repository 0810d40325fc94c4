import { splitBands } from './lines';
import { Sym } from './symbols';
import { symbolAt as sym } from '../../../../test/helpers/symbol-line';

// Glyphs 36 px tall; a bar 5 px thick at y 70–74 from x 70 to 150, a 1 over it.
const glyph = (label: string, x0: number, y0: number) =>
  sym(label, { x0, y0, x1: x0 + 26, y1: y0 + 36 });
const bar = sym('bar', { x0: 70, y0: 70, x1: 150, y1: 74 });
const one = glyph('1', 96, 10);
// Each band's symbols, left to right.
const labels = (bands: Sym[][]) => bands.map((band) => band.map((s) => s.label).join(' '));

describe('splitBands: a fraction standing alone is one line', () => {
  it('joins a bar to the parts over and under it', () => {
    expect(labels(splitBands([one, bar, glyph('3', 100, 95)]))).toEqual(['bar 1 3']);
  });

  it("joins a denominator one glyph of which reaches in from past a hand's short bar", () => {
    // 2√3 under a bar drawn from the root on: the 2 (x 52–78) is half out from under it.
    const under = [glyph('2', 52, 95), glyph('√', 84, 92), glyph('3', 112, 95)];
    expect(labels(splitBands([one, bar, ...under]))).toEqual(['2 bar √ 1 3']);
  });

  it("keeps a system's line that runs on across a minus's end apart from it", () => {
    const line = [glyph('x', 20, 95), glyph('+', 52, 95), glyph('y', 96, 95), glyph('=', 170, 95)];
    expect(labels(splitBands([one, bar, ...line]))).toEqual(['1', 'bar', 'x + y =']);
  });
});
