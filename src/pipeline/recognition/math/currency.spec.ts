import { withoutCurrencySigns } from './currency';
import { Sym } from './symbols';

/** A symbol of a given label and box (the classifier's certainty is beside the point here). */
const sym = (label: string, x0: number, y0 = 0, w = 26, h = 44): Sym => ({
  label,
  box: { x0, y0, x1: x0 + w - 1, y1: y0 + h - 1 },
  confidence: 1,
  alternatives: [{ label, p: 1 }],
  parts: [],
});

const labels = (syms: Sym[]) => syms.map((s) => s.label).join('');

describe('withoutCurrencySigns ($49 + $76 is 49 + 76)', () => {
  it('leaves out a dollar sign right before an amount', () => {
    const read = withoutCurrencySigns([
      sym('$', 0, 0, 24, 52),
      sym('4', 28),
      sym('9', 58),
      sym('+', 100, 10),
    ]);
    expect(labels(read)).toBe('49+');
  });

  it('keeps a sign with no digit right after it, so no reading can use it', () => {
    expect(labels(withoutCurrencySigns([sym('$', 0), sym('4', 80)]))).toBe('$4');
    expect(labels(withoutCurrencySigns([sym('$', 0), sym('x', 28)]))).toBe('$x');
    // A hand's x read as $ before its + (x + 2): the + is no amount.
    expect(labels(withoutCurrencySigns([sym('$', 0), sym('+', 28, 10)]))).toBe('$+');
    expect(labels(withoutCurrencySigns([sym('$', 0), sym('4', 28, 60)]))).toBe('$4');
  });
});
