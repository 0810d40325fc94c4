import { drawnImage } from '../../../../test/helpers/drawn-blob';
import { lightOnDark, negated } from './polarity';

// A 200 × 100 photo: background `paper`, and `ink` in strokes 4 px wide (a row of upright
// bars 12 px apart, as a line of digits has), optionally with a 45 × 45 patch of glare.
function photo(paper: number, ink: number, glare?: number) {
  return drawnImage(200, 100, (x, y) => {
    if (glare !== undefined && x >= 150 && x < 195 && y >= 10 && y < 55) return glare;
    const stroke = y >= 30 && y < 70 && x >= 20 && x < 140 && x % 12 < 4;
    return stroke ? ink : paper;
  });
}

describe('lightOnDark (chalk on a board, a dark-mode screen)', () => {
  it('takes dark ink on paper for paper, and its negative for light writing on dark', () => {
    expect(lightOnDark(photo(230, 30))).toBe(false);
    expect(lightOnDark(negated(photo(230, 30)))).toBe(true);
    // A green board (grey 70) with chalk (grey 200).
    expect(lightOnDark(photo(70, 200))).toBe(true);
  });

  it('takes a dim sheet for a sheet, with or without the glare of a flash on it', () => {
    expect(lightOnDark(photo(100, 30))).toBe(false);
    expect(lightOnDark(photo(95, 30, 250))).toBe(false);
  });

  it('leaves a dark photo alone when nothing on it is much lighter', () => {
    expect(lightOnDark(photo(60, 90))).toBe(false);
  });
});
