import { filledSymbol as sym, symbolFrom as dashAt } from '../../../../test/helpers/symbol-line';
import { withRaisedDashesDoubted } from './raised-dash';

// Digits 40 px tall, their tops at y = 20: "6", a dash, "9".
const digits = [sym('1', 0, 20, 20, 60), sym('6', 30, 20, 50, 60), sym('9', 90, 20, 110, 60)];

describe('withRaisedDashesDoubted (a minus stands halfway up its neighbours)', () => {
  it('doubts a dash up at the tops of the glyphs on both sides of it', () => {
    const read = withRaisedDashesDoubted([...digits, sym('bar', 60, 22, 80, 24)]);
    expect(dashAt(read, 60).confidence).toBeLessThan(0.4);
  });

  it('leaves a minus halfway up, and a raised minus beside its raised exponent', () => {
    const minus = withRaisedDashesDoubted([...digits, sym('bar', 60, 38, 80, 42)]);
    expect(dashAt(minus, 60).confidence).toBe(0.95);
    // x⁻¹: the 1 raised with its minus.
    const power = [sym('x', 0, 30, 20, 60), sym('bar', 24, 14, 32, 16), sym('1', 36, 0, 44, 28)];
    expect(dashAt(withRaisedDashesDoubted(power), 24).confidence).toBe(0.95);
  });

  it('leaves a minus between fractions, up at their denominators’ tops', () => {
    // 3/7 − 2/7: the minus level with the bars, the 7s' tops just under it.
    const fraction = (x: number, top: string) => [
      sym(top, x + 5, 0, x + 20, 36),
      sym('bar', x, 40, x + 25, 42),
      sym('7', x + 5, 45, x + 20, 85),
    ];
    const line = [...fraction(0, '3'), sym('bar', 35, 40, 50, 42), ...fraction(60, '2')];
    expect(dashAt(withRaisedDashesDoubted(line), 35).confidence).toBe(0.95);
  });

  it('leaves a short fraction’s bar, its numerator over it and its denominator under it', () => {
    // "½t²" as a hand sets it: the 1 and the 2 left of the bar's middle, so the 2 is its
    // neighbour on the left, up at its top; the t after it tall, its top above the bar.
    const half = [sym('1', 38, 0, 45, 36), sym('bar', 26, 40, 60, 44), sym('2', 23, 50, 54, 80)];
    const line = [...half, sym('t', 68, 33, 93, 79)];
    expect(dashAt(withRaisedDashesDoubted(line), 26).confidence).toBe(0.95);
  });
});
