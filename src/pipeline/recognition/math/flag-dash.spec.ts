import { filledSymbol as sym, symbolFrom as dashAt } from '../../../../test/helpers/symbol-line';
import { withFlagDashesDoubted } from './flag-dash';

// "2 × ? 1": digits 40 px tall, their tops at y = 20; the 1's stem from x = 70.
const line = [sym('2', 0, 20, 20, 60), sym('×', 30, 30, 50, 52), sym('1', 70, 20, 80, 60)];

describe('withFlagDashesDoubted (a minus stands apart from the 1 after it)', () => {
  it("doubts a dash against a 1's stem, up in its upper two thirds: the 1's flag", () => {
    const read = withFlagDashesDoubted([...line, sym('bar', 56, 38, 69, 42)]);
    expect(dashAt(read, 56).confidence).toBeLessThan(0.4);
  });

  it('leaves a minus set apart from the 1, and one against any other digit', () => {
    const apart = withFlagDashesDoubted([...line, sym('bar', 52, 38, 64, 42)]);
    expect(dashAt(apart, 52).confidence).toBe(0.95);
    const seven = line.map((s) => (s.label === '1' ? sym('7', 70, 20, 90, 60) : s));
    const beforeSeven = withFlagDashesDoubted([...seven, sym('bar', 56, 38, 69, 42)]);
    expect(dashAt(beforeSeven, 56).confidence).toBe(0.95);
  });

  it("leaves a dash at the 1's foot, and a long bar", () => {
    const low = withFlagDashesDoubted([...line, sym('bar', 56, 52, 69, 56)]);
    expect(dashAt(low, 56).confidence).toBe(0.95);
    const long = withFlagDashesDoubted([...line, sym('bar', 40, 38, 69, 42)]);
    expect(dashAt(long, 40).confidence).toBe(0.95);
  });
});
