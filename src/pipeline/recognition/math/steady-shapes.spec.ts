import { Box, Component, boxHeight, boxWidth } from './components';
import { perturbedBlobs } from './steady-shapes';

/** A solid w × h block of ink at (x0, y0). */
const block = (x0: number, y0: number, w: number, h: number): Component => ({
  id: 7,
  box: { x0, y0, x1: x0 + w - 1, y1: y0 + h - 1 },
  area: w * h,
  mask: new Uint8Array(w * h).fill(1),
});

/** Ink pixels as page coordinates "x,y". */
function inkAt(c: Component): Set<string> {
  const w = boxWidth(c.box);
  const out = new Set<string>();
  c.mask.forEach((v, i) => {
    if (v) out.add(`${c.box.x0 + (i % w)},${c.box.y0 + Math.floor(i / w)}`);
  });
  return out;
}

/** Each edge row and column of the box holds ink: the mask is cropped to it. */
function croppedToInk(c: Component): boolean {
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  const row = (y: number) => c.mask.subarray(y * w, (y + 1) * w).some((v) => v);
  const column = (x: number) =>
    Array.from({ length: h }, (_, y) => c.mask[y * w + x]).some((v) => v);
  return row(0) && row(h - 1) && column(0) && column(w - 1);
}

const widthOf = (b: Box) => boxWidth(b);

describe('perturbedBlobs (the blob as a slightly different pen or hand would have left it)', () => {
  it('gives a thicker copy holding every ink pixel, one pixel wider each side', () => {
    const stroke = block(40, 10, 5, 30);
    const [thick] = perturbedBlobs(stroke);
    const ink = inkAt(thick);
    for (const p of inkAt(stroke)) expect(ink.has(p)).toBe(true);
    expect(thick.box).toEqual({ x0: 39, y0: 9, x1: 45, y1: 40 });
    expect(thick.area).toBe(inkAt(thick).size);
    expect(thick.id).toBe(stroke.id);
  });

  it('turns the blob both ways: an upright stroke comes out leaning, its ink about the same', () => {
    const stroke = block(40, 10, 3, 40);
    const [, left, right] = perturbedBlobs(stroke);
    for (const turned of [left, right]) {
      // A 40 px stroke turned 7° leans about 5 px across its height.
      expect(widthOf(turned.box)).toBeGreaterThanOrEqual(3 + 4);
      expect(turned.area).toBeGreaterThan(0.8 * stroke.area);
      expect(turned.area).toBeLessThan(1.25 * stroke.area);
      expect(croppedToInk(turned)).toBe(true);
    }
    // The two lean opposite ways: the top row's ink sits left in one and right in the other.
    const topX = (c: Component) => c.mask.subarray(0, boxWidth(c.box)).indexOf(1) / widthOf(c.box);
    expect(Math.sign(topX(left) - 0.5)).toBe(-Math.sign(topX(right) - 0.5));
  });

  it('thins a thick stroke by a pixel each side, but never wears a thin one away', () => {
    const thick = perturbedBlobs(block(0, 0, 6, 30));
    expect(thick).toHaveLength(4);
    expect(thick[3].box).toEqual({ x0: 1, y0: 1, x1: 4, y1: 28 });
    expect(thick[3].area).toBe(4 * 28);
    // A 3 px stroke thinned is a third of itself: no such pen wrote it.
    expect(perturbedBlobs(block(0, 0, 3, 30))).toHaveLength(3);
    // A hairline thins to nothing.
    expect(perturbedBlobs(block(0, 0, 1, 30))).toHaveLength(3);
  });
});
