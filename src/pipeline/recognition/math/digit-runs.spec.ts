import { Component, boxWidth } from './components';
import { splitDigitRuns } from './digit-runs';
import { Sym, symbolOf } from './symbols';

/** A blob of `n` digit-sized rings 24 px wide, 40 px tall, joined by a thin bridge at the foot. */
function ringRun(x0: number, n: number, id: number): Component {
  const [w, h] = [24 * n + 2 * (n - 1), 40];
  const mask = new Uint8Array(w * h);
  for (let y = 0; y < h; y += 1)
    for (let x = 0; x < w; x += 1) {
      const inRing = x % 26 < 24;
      const edge = x % 26 < 4 || x % 26 >= 20 || y < 4 || y >= h - 4;
      if ((inRing && edge) || (!inRing && y >= h - 3)) mask[y * w + x] = 1;
    }
  const area = mask.reduce((a, b) => a + b, 0);
  return { id, box: { x0, y0: 0, x1: x0 + w - 1, y1: h - 1 }, area, mask };
}

/** The classifier: one ring is a 0 (as sure as `sure`), less a c, anything wider a u at 0.89. */
const classify = (sure: number) => (c: Component) =>
  boxWidth(c.box) < 20
    ? symbolOf(c, [{ label: 'c', p: 0.9 }])
    : boxWidth(c.box) <= 26
      ? symbolOf(c, [{ label: '0', p: sure }])
      : symbolOf(c, [{ label: 'u', p: 0.89 }]);

const page = (run: Component, sure: number): Sym[] => [
  classify(0.99)(ringRun(0, 1, 1)),
  classify(0.99)(ringRun(30, 1, 2)),
  classify(0.99)(ringRun(60, 1, 3)),
  classify(sure)(run),
];

describe('digits run together into one blob', () => {
  it('are cut into digit-wide pieces when each reads surely as a digit', () => {
    const two = splitDigitRuns(page(ringRun(100, 2, 4), 0.95), 40, classify(0.95));
    expect(two.map((s) => s.label)).toEqual(['0', '0', '0', '0', '0']);
    expect(two[4].box.x0).toBeGreaterThan(two[3].box.x1);
    const three = splitDigitRuns(page(ringRun(100, 3, 4), 0.95), 40, classify(0.95));
    expect(three.map((s) => s.label)).toEqual(['0', '0', '0', '0', '0', '0']);
  });

  it('are left whole when a piece reads unsurely, or the page has too few digits', () => {
    expect(
      splitDigitRuns(page(ringRun(100, 2, 4), 0.6), 40, classify(0.6)).map((s) => s.label),
    ).toEqual(['0', '0', '0', 'u']);
    const alone = [classify(0.95)(ringRun(100, 2, 4))];
    expect(splitDigitRuns(alone, 40, classify(0.95)).map((s) => s.label)).toEqual(['u']);
  });
});
