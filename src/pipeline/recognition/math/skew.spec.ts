import { drawn } from '../../../../test/helpers/drawn-blob';
import { skewFromRules } from './skew';

// Glyphs 40 px tall; a pen stroke 4 px thick.
const TYPICAL = 40;
/** A digit-sized box standing on (x0, bottom). */
const digit = (x0: number, bottom: number) =>
  drawn(24, 40, (x, y) => x < 4 || x >= 20 || y < 4 || y >= 36, x0, bottom - 39);
/** A stroke 5 px thick falling `drop` px (rising, if negative) over `w` columns from (x0, y0). */
const rule = (
  w: number,
  drop: number,
  x0: number,
  y0: number,
  extra: (x: number, y: number) => boolean = () => false,
) =>
  drawn(
    w,
    Math.abs(drop) + 30,
    (x, y) => Math.abs(y - Math.max(0, -drop) - (drop * x) / w) <= 2 || extra(x, y),
    x0,
    y0,
  );

describe('the tilt told by a rule', () => {
  it('is the direction of a column sum’s rule, nothing written under it', () => {
    // A 3° tilt: 10.5 px over 200.
    const page = [digit(20, 100), digit(60, 102), digit(20, 150), rule(200, 10, 0, 170)];
    expect(skewFromRules(page, TYPICAL)).toBeCloseTo(3, 0);
  });

  it('holds when a digit is written into the rule', () => {
    const into = (x: number, y: number) => x >= 160 && x <= 180 && y <= 28;
    expect(skewFromRules([rule(200, -10, 0, 180, into)], TYPICAL)).toBeCloseTo(-3, 0);
  });

  it('is not read off a fraction bar, which a hand slopes', () => {
    const page = [digit(40, 60), rule(160, 12, 0, 70), digit(60, 130)];
    expect(skewFromRules(page, TYPICAL)).toBeNull();
  });

  it('is not read off a minus sign or a stroke too steep for a rule', () => {
    expect(skewFromRules([rule(60, 0, 0, 100)], TYPICAL)).toBeNull();
    expect(skewFromRules([rule(200, 40, 0, 100)], TYPICAL)).toBeNull();
  });
});
