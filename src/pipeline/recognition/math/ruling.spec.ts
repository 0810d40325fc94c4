import { connectedComponents } from './components';
import { InkImage } from './page-image';
import { piecesRejoined, withoutRuling } from './ruling';
import { drawnImage } from '../../../../test/helpers/drawn-blob';

/** A page drawn by `ink(x, y)`. */
const page = (width: number, height: number, ink: (x: number, y: number) => boolean): InkImage =>
  drawnImage(width, height, (x, y) => (ink(x, y) ? 1 : 0));

/** Digit-sized boxes (40 × 60, strokes 6 px) standing in a row from x = 40, 80 px apart. */
const glyphs = (count: number, top: number) => (x: number, y: number) => {
  const k = Math.floor((x - 40) / 80);
  const dx = x - 40 - 80 * k;
  const dy = y - top;
  if (k < 0 || k >= count || dx >= 40 || dy < 0 || dy >= 60) return false;
  return dx < 6 || dx >= 34 || dy < 6 || dy >= 54;
};

/** Lines 3 px thick across the page every `gap` rows, rising `rise` px over its width. */
const ruling =
  (width: number, gap: number, rise = 0) =>
  (x: number, y: number) =>
    (((y + Math.round((rise * x) / width)) % gap) + gap) % gap < 3;

/** Blobs taller than a line is thick (a line cut by the page's edge is the rim's to drop). */
const blobs = (ink: InkImage) =>
  connectedComponents(ink, 3).filter((c) => c.box.y1 - c.box.y0 > 10).length;

describe('the paper’s ruling', () => {
  it('is taken out of a page of glyphs written across its lines, the glyphs left whole', () => {
    const write = glyphs(8, 50);
    const clean = page(700, 200, write);
    const ruled = page(700, 200, (x, y) => write(x, y) || ruling(700, 70)(x, y));
    expect(blobs(ruled)).toBeLessThan(8);
    const read = withoutRuling(ruled);
    expect(blobs(read)).toBe(8);
    // Every glyph pixel is still there; hardly any line pixel is.
    const kept = clean.data.reduce((a, v, i) => a + (v && read.data[i] ? 1 : 0), 0);
    expect(kept).toBe(clean.data.reduce((a, v) => a + v, 0));
    const left = read.data.reduce((a, v, i) => a + (v && !clean.data[i] ? 1 : 0), 0);
    expect(left).toBeLessThan(60);
  });

  it('is found tilted, and as squares', () => {
    const write = glyphs(8, 50);
    const squared = page(700, 260, (x, y) => {
      const across = ruling(700, 70, 20)(x, y);
      const down = ((x % 90) + 90) % 90 < 3;
      return write(x, y) || across || down;
    });
    expect(blobs(withoutRuling(squared))).toBe(8);
  });

  it('is not a single stroke across a tight crop, nor a thick rule among thin lines', () => {
    // A fraction bar spanning the whole crop, with its numerator and denominator.
    const fraction = page(200, 140, (x, y) => glyphs(2, 0)(x, y) || (y >= 66 && y < 71));
    expect(withoutRuling(fraction).data).toEqual(fraction.data);
    // A long division's bar (8 px) above ruling (3 px): the bar stays.
    const division = page(700, 200, (x, y) => (y >= 20 && y < 28) || ruling(700, 70)(x, y));
    const read = withoutRuling(division);
    expect(read.data.slice(20 * 700, 28 * 700).every(Boolean)).toBe(true);
    expect(read.data.slice(70 * 700, 73 * 700).some(Boolean)).toBe(false);
  });

  it('gives a glyph back the end of a stroke that lay along a line, but not a point beside it', () => {
    // A 5-like glyph whose bowl's bottom stroke lies on the line at rows 70–72, the bowl's
    // end rising from it at the left; a decimal point on the line to its right.
    const five = (x: number, y: number) =>
      (y >= 12 && y < 18 && x >= 44 && x < 80) ||
      (x >= 44 && x < 50 && y >= 12 && y < 42) ||
      (y >= 36 && y < 42 && x >= 44 && x < 80) ||
      (x >= 74 && x < 80 && y >= 36 && y < 73) ||
      (y >= 70 && y < 73 && x >= 44 && x < 80) ||
      (x >= 44 && x < 50 && y >= 62 && y < 73);
    const point = (x: number, y: number) => x >= 90 && x < 96 && y >= 67 && y < 73;
    const ruled = page(300, 200, (x, y) => five(x, y) || point(x, y) || ruling(300, 70)(x, y));
    const clean = withoutRuling(ruled);
    const apart = connectedComponents(clean, 3).filter((c) => c.box.y1 < 100 && c.box.y0 > 5);
    expect(apart).toHaveLength(3);
    const joined = piecesRejoined(apart, ruled, clean);
    expect(joined.map((c) => [c.box.x0, c.box.x1]).sort((a, b) => a[0] - b[0])).toEqual([
      [44, 79],
      [90, 95],
    ]);
  });
});
