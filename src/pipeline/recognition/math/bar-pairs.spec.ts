import { onesAmongBars } from './bar-pairs';
import { Sym } from './symbols';
import { symbolLine as line } from '../../../../test/helpers/symbol-line';

/** Each choice as the places of the bars it reads as 1s. */
function places(syms: Sym[]): number[][] {
  return onesAmongBars(syms).map((ones) => ones.map((s) => syms.indexOf(s)));
}

describe('bars read as 1s where they cannot be absolute values', () => {
  it('keeps bars that pair around a term', () => {
    expect(places(line('|', 'x', 'bar', '2', '|', '=', '3'))).toEqual([[]]);
    expect(places(line('|', 'bar', 'x', '|', '+', '|', 'x', '|', '=', '4'))).toEqual([[]]);
  });

  it("reads a hand's plain 1s as 1s: 11y = 10y − 7 read ||y = |0y − 7", () => {
    // One pair would hold "y =" or nothing at all: every bar is a 1.
    expect(places(line('|', '|', 'y', '=', '|', '0', 'y', 'bar', '7'))).toEqual([[0, 1, 4]]);
  });

  it('reads an odd bar as a 1 when the rest still pair', () => {
    // |2x − 1| = |3 → the last bar alone is no absolute value.
    expect(places(line('|', '2', 'x', 'bar', '1', '|', '=', '|', '3'))).toEqual([[7]]);
  });

  it('offers every equally small choice, so that the photo is doubted rather than guessed', () => {
    // ||x − 2| = 3: 1|x − 2| or |1x − 2|.
    expect(places(line('|', '|', 'x', 'bar', '2', '|', '=', '3'))).toEqual([[0], [1]]);
  });

  it('pairs no bars around an operator left dangling', () => {
    expect(places(line('|', 'x', '+', '|', '2'))).toEqual([[0, 3]]);
  });
});
