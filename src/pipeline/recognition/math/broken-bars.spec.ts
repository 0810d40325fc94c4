import { filledBlob } from '../../../../test/helpers/drawn-blob';
import { joinBrokenBars } from './broken-bars';
import { Sym, symbolOf } from './symbols';

/** A solid blob from (x0, y0) to (x1, y1), read as `label`. */
const read = (label: string, x0: number, y0: number, x1: number, y1: number): Sym =>
  symbolOf(filledBlob(x0, y0, x1, y1), [{ label, p: 0.95 }]);

/** How many bars the symbols hold. */
const bars = (syms: Sym[]) => syms.filter((s) => s.label === 'bar').length;

// Glyphs 44 px tall; a fraction bar at y ≈ 75–90, sloping down to the right.
describe('a fraction bar broken into pieces', () => {
  const numerator = () => [read('6', 10, 22, 50, 66), read('+', 60, 20, 90, 60)];
  const four = () => read('4', 40, 97, 80, 141);

  it('is one bar when its pieces nearly touch, in line, each under a glyph or over one', () => {
    const pieces = [
      read('bar', 5, 75, 26, 79),
      read('bar', 28, 77, 52, 82),
      read('bar', 55, 80, 95, 90),
    ];
    const out = joinBrokenBars([...pieces, ...numerator(), four()], 44);
    expect(out).toHaveLength(4);
    expect(bars(out)).toBe(1);
    expect(out.find((s) => s.label === 'bar')!.box).toEqual({ x0: 5, y0: 75, x1: 95, y1: 90 });
    expect(out.find((s) => s.label === 'bar')!.parts).toHaveLength(1);
  });

  it('is one bar when a glyph under the break reaches a quarter of the stub, reaching into its slope', () => {
    // (11/3)√3 by hand: the stub 27 px, the 3 under the break 8 px across it, its top 2 px
    // above the stub's box's foot.
    const stub = read('bar', 4, 56, 30, 69);
    const rest = read('bar', 32, 50, 62, 60);
    const ones = [read('1', 36, 10, 44, 52), read('1', 51, 4, 61, 48)];
    const three = read('3', 23, 67, 53, 112);
    expect(bars(joinBrokenBars([stub, rest, ...ones, three], 44))).toBe(1);
    // Reaching less than a quarter of the stub (a minus before the fraction), they stay two.
    const minus = read('bar', 4, 56, 40, 62);
    const four = read('4', 37, 10, 52, 52);
    const bar = read('bar', 45, 55, 95, 62);
    expect(bars(joinBrokenBars([minus, bar, four, read('3', 50, 67, 80, 112)], 44))).toBe(2);
  });

  it('leaves a minus after the bar a minus, however close: nothing stands over or under it', () => {
    const bar = read('bar', 5, 78, 95, 82);
    const minus = read('bar', 99, 78, 120, 82);
    expect(bars(joinBrokenBars([bar, minus, ...numerator(), four()], 44))).toBe(2);
  });

  it('leaves an "=" beside it apart: its bar stands above the fraction bar, its lower half is no glyph', () => {
    const bar = read('bar', 5, 78, 95, 84);
    const upper = read('bar', 99, 70, 115, 75);
    const lower = read('dot', 99, 86, 109, 90);
    expect(bars(joinBrokenBars([bar, upper, lower, ...numerator(), four()], 44))).toBe(2);
  });
});
