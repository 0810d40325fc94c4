import { Component, boxHeight } from './components';
import { splitFractionBlobs } from './fraction-blob';
import { Sym, symbolOf } from './symbols';
import { drawn } from '../../../../test/helpers/drawn-blob';

// Glyphs 40 px tall. The whole blob reads as a sure f; a piece as tall as a glyph reads
// as a 1 when narrow and a 3 when wide, a flat piece as a bar.
const classify = (c: Component): Sym => {
  const h = boxHeight(c.box);
  const w = c.box.x1 - c.box.x0 + 1;
  const label = h > 60 ? 'f' : h < 10 ? 'bar' : w < 10 ? '1' : '3';
  return symbolOf(c, [{ label, p: h > 60 ? 0.93 : 0.97 }]);
};

describe('a fraction written in one blob', () => {
  it('is cut into numerator, bar and denominator where the bar slopes across its middle', () => {
    // A 1 (rows 0–37) standing on a bar that climbs 5 px over its 56 px (rows 38–45), a
    // box-shaped "3" (rows 42–85) hanging from it.
    const barRow = (x: number) => 43 - Math.round(x / 11);
    const blob = drawn(56, 86, (x, y) => {
      const onBar = Math.abs(y - barRow(x)) <= 2;
      const one = x >= 26 && x <= 29 && y <= barRow(x);
      const three =
        y >= barRow(x) &&
        x >= 16 &&
        x <= 40 &&
        (x <= 19 || x >= 37 || y >= 82 || (y >= 62 && y <= 65));
      return onBar || one || three;
    });
    const read = splitFractionBlobs([classify(blob)], 40, classify);
    expect(read.map((s) => s.label)).toEqual(['1', 'bar', '3']);
    expect(read[0].box.y1).toBeLessThan(read[2].box.y0);
  });

  it('leaves an f alone: its crossbar is no wider than its hook', () => {
    // Stem (columns 14–17), a hook as wide as the crossbar across the top, the crossbar at
    // mid-height: the pieces above and below are no narrower than the bar.
    const blob = drawn(32, 86, (x, y) => {
      const stem = x >= 14 && x <= 17;
      const hook = y <= 3 && x >= 4;
      const crossbar = y >= 40 && y <= 43;
      return stem || hook || crossbar;
    });
    expect(splitFractionBlobs([classify(blob)], 40, classify).map((s) => s.label)).toEqual(['f']);
  });

  it('leaves a blob no taller than a glyph and a half alone', () => {
    const blob = drawn(56, 58, (x, y) => Math.abs(y - 28) <= 2 || (x >= 26 && x <= 29));
    expect(splitFractionBlobs([classify(blob)], 40, classify)).toHaveLength(1);
  });
});
