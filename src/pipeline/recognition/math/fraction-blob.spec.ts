import { Component, boxHeight } from './components';
import { onesOverBars, splitEdgeBars, splitFractionBlobs } from './fraction-blob';
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

/**
 * A 1 (`one(x, y)`, rows 0–37) standing on a bar that climbs 5 px over its 56 px (rows
 * 38–45), a box-shaped "3" (rows 42–85) hanging from it: one blob.
 */
function oneOverThree(one: (x: number, y: number) => boolean): Component {
  const barRow = (x: number) => 43 - Math.round(x / 11);
  return drawn(56, 86, (x, y) => {
    const onBar = Math.abs(y - barRow(x)) <= 2;
    const three =
      y >= barRow(x) &&
      x >= 16 &&
      x <= 40 &&
      (x <= 19 || x >= 37 || y >= 82 || (y >= 62 && y <= 65));
    return onBar || (one(x, y) && y <= barRow(x)) || three;
  });
}

describe('a fraction written in one blob', () => {
  it('is cut into numerator, bar and denominator where the bar slopes across its middle', () => {
    // A thin 1 over a 3 (oneOverThree).
    const blob = oneOverThree((x) => x >= 26 && x <= 29);
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

  it("reads the numerator as a 1 when it is a straight stroke the classifier doubts (a marker's wedge read p)", () => {
    // Its 1 a wedge 8 px wide at the top and 4 at the bar.
    const blob = oneOverThree((x, y) => x >= 24 && x < 32 - Math.round(y / 9));
    const unsureOfStrokes = (c: Component): Sym => {
      const read = classify(c);
      return read.label === '1'
        ? symbolOf(c, [
            { label: 'p', p: 0.48 },
            { label: 'r', p: 0.36 },
          ])
        : read;
    };
    const read = splitFractionBlobs([unsureOfStrokes(blob)], 40, unsureOfStrokes);
    expect(read.map((s) => s.label)).toEqual(['1', 'bar', '3']);
    expect(read[0].confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('leaves a tall cross alone: two strokes on a line through a bar are no fraction', () => {
    const cross = drawn(56, 86, (x, y) => Math.abs(y - 43) <= 2 || (x >= 26 && x <= 30));
    const unsure = (c: Component): Sym =>
      boxHeight(c.box) > 60
        ? symbolOf(c, [{ label: '+', p: 0.9 }])
        : symbolOf(c, [{ label: 'comma', p: 0.5 }]);
    expect(splitFractionBlobs([unsure(cross)], 40, unsure).map((s) => s.label)).toEqual(['+']);
  });

  it('leaves a blob no taller than a glyph and a half alone', () => {
    const blob = drawn(56, 58, (x, y) => Math.abs(y - 28) <= 2 || (x >= 26 && x <= 29));
    expect(splitFractionBlobs([classify(blob)], 40, classify)).toHaveLength(1);
  });
});

describe('a fraction bar run into its denominator only', () => {
  // A 4 (a sure glyph, columns 20–35, rows 0–37) over a blob: a bar 56 px wide (rows 42–45)
  // with a box-shaped "3" (columns 16–40, rows 46–85) hanging from it, read as an unsure 5.
  const numerator = symbolOf(
    drawn(16, 38, (x) => x <= 3, 20, 0),
    [{ label: '4', p: 0.99 }],
  );
  const hanging = (barWidth: number, barLeft: number) =>
    drawn(
      Math.max(barWidth + barLeft, 41),
      44,
      (x, y) => {
        const bar = y <= 3 && x >= barLeft && x < barLeft + barWidth;
        const three = y >= 4 && x >= 16 && x <= 40 && (x <= 19 || x >= 37 || y >= 40 || y <= 7);
        return bar || three;
      },
      0,
      42,
    );
  const read = (c: Component): Sym =>
    boxHeight(c.box) < 10
      ? symbolOf(c, [{ label: 'bar', p: 0.95 }])
      : c.box.y0 === 42
        ? symbolOf(c, [{ label: '5', p: 0.4 }])
        : symbolOf(c, [{ label: '3', p: 0.97 }]);

  it('is cut from the denominator when it runs past it', () => {
    const syms = splitEdgeBars([numerator, read(hanging(56, 0))], 40, read);
    expect(syms.map((s) => s.label)).toEqual(['4', 'bar', '3']);
  });

  it("is not cut from a glyph whose top stroke is no wider than the glyph (a 5's flag)", () => {
    const syms = splitEdgeBars([numerator, read(hanging(25, 16))], 40, read);
    expect(syms.map((s) => s.label)).toEqual(['4', '5']);
  });

  it('is not looked for with no glyph stacked over the blob', () => {
    const alone = splitEdgeBars([read(hanging(56, 0))], 40, read);
    expect(alone.map((s) => s.label)).toEqual(['5']);
  });
});

describe('a straight stroke standing apart over a fraction bar', () => {
  // Glyphs 40 px tall: a bar 56 px wide (rows 42–45), a stroke 6 px wide over it read as an
  // unsure p, a sure 3 under it.
  const bar = symbolOf(
    drawn(56, 4, () => true, 0, 42),
    [{ label: 'bar', p: 0.95 }],
  );
  const strokeOver = symbolOf(
    drawn(6, 38, () => true, 25, 2),
    [
      { label: 'p', p: 0.48 },
      { label: 'r', p: 0.36 },
    ],
  );
  const three = symbolOf(
    drawn(25, 40, (x, y) => x <= 3 || x >= 21 || y <= 3 || y >= 36 || (y >= 18 && y <= 21), 16, 48),
    [{ label: '3', p: 0.99 }],
  );

  it('is the numerator 1', () => {
    const read = onesOverBars([strokeOver, bar, three], 40);
    expect(read.map((s) => s.label)).toEqual(['1', 'bar', '3']);
  });

  it('is not read so over a bar with nothing under it, or over the other half of a broken +', () => {
    expect(onesOverBars([strokeOver, bar], 40).map((s) => s.label)).toEqual(['p', 'bar']);
    const strokeUnder = symbolOf(
      drawn(6, 38, () => true, 25, 48),
      [{ label: '1', p: 0.99 }],
    );
    expect(onesOverBars([strokeOver, bar, strokeUnder], 40).map((s) => s.label)).toEqual([
      'p',
      'bar',
      '1',
    ]);
  });
});
