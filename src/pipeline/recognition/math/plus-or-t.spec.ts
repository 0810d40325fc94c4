import { filledSymbol as sym } from '../../../../test/helpers/symbol-line';
import { tsBeforeLowDigits } from './plus-or-t';
import { Sym } from './symbols';

/** A t 30 px tall (y 20–50) that may be a + (0.3), at x 40–60. */
const plusOrT = (plus = 0.3): Sym => ({
  ...sym('t', 40, 20, 60, 50),
  confidence: 1 - plus,
  alternatives: [
    { label: 't', p: 1 - plus },
    { label: '+', p: plus },
  ],
});

describe('tsBeforeLowDigits (a + read as t, a digit after it set a little high)', () => {
  it('finds a t that may be a + before a digit raised less than half the t', () => {
    // "n t 2": the 2 set 6 px higher than the t, its foot under the t's middle.
    const t = plusOrT();
    const line = [sym('n', 0, 25, 30, 50), t, sym('2', 64, 14, 84, 44)];
    expect([...tsBeforeLowDigits(line)]).toEqual([t]);
  });

  it('leaves an exponent set clearly high, a digit on the line, and a sure t', () => {
    const n = sym('n', 0, 25, 30, 50);
    // t²: the 2's foot above the t's middle.
    expect(tsBeforeLowDigits([n, plusOrT(), sym('2', 64, 0, 80, 30)]).size).toBe(0);
    // t 2 on one line.
    expect(tsBeforeLowDigits([n, plusOrT(), sym('2', 64, 20, 84, 50)]).size).toBe(0);
    // A t that is no + (0.02) before a low 2.
    expect(tsBeforeLowDigits([n, plusOrT(0.02), sym('2', 64, 14, 84, 44)]).size).toBe(0);
  });
});
