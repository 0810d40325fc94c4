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

  it('follows the edge to the pixel on a phone-sized photo too', () => {
    // 1,700 px wide: no copy shrunk by its brightest pixels, whose lit cells reached into
    // the shadow (a line of "ink" along its edge).
    const width = 1700;
    const height = 80;
    const g: GrayImage = drawnImage(width, height, (x) => (x < 1000 ? 240 : 120));
    const paper = paperByClosing(g, 32);
    expect(paper[40 * width + 999]).toBe(240);
    expect(paper[40 * width + 1000]).toBe(120);
  });

  it('fills a crossing wider than half a block on a phone-sized photo', () => {
    // Half a block is 6 px; at 1,300 px a side the window reaches (3 + 1) × 2 = 8 px.
    const width = 1300;
    const height = 60;
    const g: GrayImage = drawnImage(width, height, (x) => (x >= 600 && x < 616 ? 40 : 230));
    expect(paperByClosing(g, 6)[30 * width + 608]).toBe(230);
  });

  it.each([
    [97, 41, 4, 4],
    [900, 37, 9, 12], // two-pixel steps: 9 / 2 rounds to 5 steps, one more: 12 px
  ])(
    'takes the same extremes as a window scanned pixel by pixel (%i × %i, radius %i)',
    (width, height, radius, r) => {
      let seed = 7;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const data = Uint8Array.from({ length: width * height }, () => Math.floor(random() * 256));
      const closed = paperByClosing({ data, width, height }, radius);
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
        [width - 1, height - 1],
        [60, 30],
        [width - 40, 17],
      ])
        expect(closed[y * width + x]).toBe(window(x, y, Math.min, dilated));
    },
  );
});
