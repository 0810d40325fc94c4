import { straightStroke } from './straight-stroke';
import { drawn } from '../../../../test/helpers/drawn-blob';

// Strokes 40 px tall; `left(y)` is where the stroke's ink starts on row y.
const stroke = (w: number, left: (y: number) => number, width: (y: number) => number) =>
  drawn(w, 40, (x, y) => x >= left(y) && x < left(y) + width(y));

describe('a straight stroke', () => {
  it("is a marker's 1: a wedge, thick where the pen came down, leaning a little", () => {
    // 11 px wide at the top, 4 at the foot, leaning 6 px to the left over its height.
    const wedge = stroke(
      14,
      (y) => 8 - Math.round(y / 6),
      (y) => 11 - Math.round(y / 6),
    );
    expect(straightStroke(wedge)).toBe(true);
  });

  it('is a slash leaning up to ~30°, not one lying at 45°', () => {
    expect(
      straightStroke(
        stroke(
          26,
          (y) => Math.round(20 - y / 2),
          () => 5,
        ),
      ),
    ).toBe(true);
    expect(
      straightStroke(
        stroke(
          50,
          (y) => 40 - y,
          () => 5,
        ),
      ),
    ).toBe(false);
  });

  it('is not a 7 (its flag), a bracket (its curve) or a cross', () => {
    const seven = drawn(
      24,
      40,
      (x, y) => y < 6 || (x >= 16 - Math.round(y / 4) && x < 21 - Math.round(y / 4)),
    );
    expect(straightStroke(seven)).toBe(false);
    const bracket = stroke(
      16,
      (y) => Math.round(10 * ((y - 20) / 20) ** 2),
      () => 4,
    );
    expect(straightStroke(bracket)).toBe(false);
    const cross = drawn(30, 40, (x, y) => (x >= 13 && x < 17) || (y >= 18 && y < 22));
    expect(straightStroke(cross)).toBe(false);
  });

  it('is not a point or a short thick dash: it is at least twice as tall as thick', () => {
    expect(straightStroke(drawn(8, 10, () => true))).toBe(false);
  });
});
