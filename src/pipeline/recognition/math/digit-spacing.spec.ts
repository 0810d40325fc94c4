import { digitsFarApart } from './digit-spacing';
import { MathNode } from './structure';

/** A row of digits of a given height, each `width` wide, starting at the given x positions. */
const row = (digits: string, xs: number[], height = 40, width = 24): MathNode[] =>
  [...digits].map((label, i) => {
    const box = { x0: xs[i], y0: 0, x1: xs[i] + width - 1, y1: height - 1 };
    return { kind: 'sym', box, sym: { label, box, confidence: 1, alternatives: [], parts: [] } };
  });

describe('digitsFarApart (two numbers whose operator or bracket was lost)', () => {
  it('in print, finds two digits further apart than a digit is tall', () => {
    // 3)1623 with its bracket cut off: 3 and 1 stand 50 px apart, the rest 4 px.
    const lost = row('31623', [0, 74, 102, 130, 158]);
    expect(digitsFarApart(lost, true)).toEqual(['3', '1']);
    expect(digitsFarApart(row('1623', [0, 28, 56, 84]), true)).toBeNull();
  });

  it("in a hand's reading, only when the gap is also three times the row's usual one", () => {
    // 2)1804: 2 and 1 stand 50 px apart, the digits of 1804 6 px: two numbers.
    expect(digitsFarApart(row('21804', [0, 74, 104, 134, 164]), false)).toEqual(['2', '1']);
    // 3.00000001 with small zeros set wide, evenly: one number, however wide.
    const wide = row('300', [0, 70, 140], 30, 20);
    expect(digitsFarApart(wide, true)).toEqual(['3', '0']);
    expect(digitsFarApart(wide, false)).toBeNull();
  });
});
