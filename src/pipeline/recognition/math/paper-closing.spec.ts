import { GrayImage } from './page-image';
import { paperByClosing } from './paper-closing';
import { drawnImage } from '../../../../test/helpers/drawn-blob';

describe("the paper's brightness by closing", () => {
  it('fills in strokes thinner than the window and keeps a hard edge where it is', () => {
    // Paper 240 left of x = 100, 120 right of it; 3-px dark strokes on both sides.
    const width = 200;
    const height = 60;
    const g: GrayImage = drawnImage(width, height, (x, y) =>
      x % 25 < 3 && y > 10 && y < 50 ? 30 : x < 100 ? 240 : 120,
    );
    const paper = paperByClosing(g, 6);
    expect(paper[30 * width + 50]).toBe(240); // a stroke on the lit side
    expect(paper[30 * width + 150]).toBe(120); // one in the shadow
    expect(paper[30 * width + 97]).toBe(240);
    expect(paper[30 * width + 103]).toBe(120);
  });

  it('takes the same extremes as a window scanned pixel by pixel', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const width = 97;
    const height = 41;
    const data = Uint8Array.from({ length: width * height }, () => Math.floor(random() * 256));
    const r = 4;
    const closed = paperByClosing({ data, width, height }, r);
    const at = (x: number, y: number) => data[y * width + x];
    const window = (x: number, y: number, pick: (...v: number[]) => number, of: typeof at) => {
      const values: number[] = [];
      for (let dy = -r; dy <= r; dy += 1)
        for (let dx = -r; dx <= r; dx += 1)
          if (x + dx >= 0 && y + dy >= 0 && x + dx < width && y + dy < height)
            values.push(of(x + dx, y + dy));
      return pick(...values);
    };
    const dilated = (x: number, y: number) => window(x, y, Math.max, at);
    for (const [x, y] of [
      [0, 0],
      [10, 20],
      [50, 3],
      [96, 40],
      [60, 30],
    ])
      expect(closed[y * width + x]).toBe(window(x, y, Math.min, dilated));
  });
});
