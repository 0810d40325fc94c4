import { barRowsAt } from './bar-rows';
import { slopingBar as drawnSloping } from '../../../../test/helpers/symbol-line';

/** A bar 3 px thick rising 20 px over 101 columns (its middle row from 41 down to 21), drawn uphill. */
const slopingBar = () => drawnSloping(101, 41, 21, 1);

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
