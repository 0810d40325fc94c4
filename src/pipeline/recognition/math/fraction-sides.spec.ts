import { filledBlob } from '../../../../test/helpers/drawn-blob';
import { betweenNumeratorAndDenominator, divides } from './fraction-sides';

const TYPICAL = 44;
const bar = filledBlob(0, 100, 180, 105);
const under = filledBlob(60, 120, 90, 164);

describe('divides (glyphs over and under a bar)', () => {
  it('takes a numerator written a glyph and a fifth above the bar, as the layout does', () => {
    // 2/((n + 2)(n + 1)n) cropped to its ink: the 2 stood 44 px over the bar, which went with
    // the rim's dust.
    expect(divides(bar, [bar, filledBlob(80, 11, 104, 55), under], TYPICAL)).toBe(true);
    expect(divides(bar, [bar, filledBlob(80, 0, 104, 40), under], TYPICAL)).toBe(false);
  });

  it('takes a glyph run into the bar by its middle', () => {
    expect(divides(bar, [bar, filledBlob(80, 60, 104, 102), under], TYPICAL)).toBe(true);
    expect(divides(bar, [bar, filledBlob(80, 80, 104, 130), under], TYPICAL)).toBe(false);
  });
});

describe('betweenNumeratorAndDenominator', () => {
  it("holds between the numerator's and the denominator's middles, not above or below", () => {
    const all = [bar, filledBlob(80, 50, 104, 94), under];
    expect(betweenNumeratorAndDenominator(90, bar, all, TYPICAL)).toBe(true);
    expect(betweenNumeratorAndDenominator(60, bar, all, TYPICAL)).toBe(false);
    expect(betweenNumeratorAndDenominator(150, bar, all, TYPICAL)).toBe(false);
  });
});
