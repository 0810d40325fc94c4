import { drawnImage } from '../../../../test/helpers/drawn-blob';
import { withoutFrame } from './paper-frame';

/** Dark strokes (digit-sized boxes) on paper of grey `paper`, from (x0, y0). */
const written = (paper: number, x0: number, y0: number) => (x: number, y: number) => {
  const dx = (x - x0) % 50;
  const dy = y - y0;
  return x >= x0 && x < x0 + 300 && dy >= 0 && dy < 40 && dx < 30 && (dx < 5 || dy < 5)
    ? 40
    : paper;
};

describe('the frame around the sheet', () => {
  it('is cut off where a desk shows on every side, the writing kept', () => {
    // A sheet from (60, 50) to (440, 250) on a dark desk, a line written on it.
    const onSheet = written(215, 100, 120);
    const g = drawnImage(500, 300, (x, y) =>
      x >= 60 && x < 440 && y >= 50 && y < 250 ? onSheet(x, y) : 70,
    );
    const cut = withoutFrame(g);
    expect(cut.width).toBeGreaterThanOrEqual(370);
    expect(cut.width).toBeLessThanOrEqual(380);
    expect(cut.height).toBeGreaterThanOrEqual(190);
    expect(cut.height).toBeLessThanOrEqual(200);
    // Nothing of the desk is left, and all the writing is.
    expect(Math.min(...cut.data.filter((v) => v !== 40))).toBeGreaterThan(200);
    expect(cut.data.filter((v) => v === 40).length).toBe(g.data.filter((v) => v === 40).length);
  });

  it('is cut off where a screenshot’s white margin runs above grey paper', () => {
    const onSheet = written(190, 60, 80);
    const g = drawnImage(500, 200, (x, y) => (y < 40 ? 255 : onSheet(x, y)));
    const cut = withoutFrame(g);
    expect(cut.width).toBe(500);
    expect(cut.height).toBeGreaterThanOrEqual(156);
    expect(cut.height).toBeLessThanOrEqual(160);
  });

  it('is no light falling off across the page, nor writing that reaches the edge', () => {
    const fading = written(0, 20, 10);
    const dim = drawnImage(500, 200, (x, y) =>
      fading(x, y) === 40 ? 40 : 250 - Math.round(x / 4),
    );
    expect(withoutFrame(dim)).toBe(dim);
    const tight = drawnImage(320, 44, written(230, 0, 2));
    expect(withoutFrame(tight)).toBe(tight);
  });
});
