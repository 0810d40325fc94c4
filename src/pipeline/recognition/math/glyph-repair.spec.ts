import { Component, boxWidth } from './components';
import { repairGlyphs } from './glyph-repair';
import { Sym, symbolOf } from './symbols';
import { drawn } from '../../../../test/helpers/drawn-blob';

// Glyphs 40 px tall. The whole blob (wider than 30 px) reads as an unsure "a" with the given
// share for two glyphs run together; a piece narrower than 12 px reads as a sure point, one
// at least 18 px wide as a sure 3, anything between as nothing the classifier knows.
const reader =
  (touching: number) =>
  (c: Component): Sym => {
    const w = boxWidth(c.box);
    if (w > 30) return { ...symbolOf(c, [{ label: 'a', p: 0.6 }]), touching };
    if (w >= 12 && w < 18) return symbolOf(c, [{ label: 'a', p: 0.3 }]);
    return symbolOf(c, [{ label: w < 12 ? 'dot' : '3', p: 1 }]);
  };

// Two box-shaped glyphs (columns 0–17 and 22–39, edges 4 px thick) joined by short strokes
// across the gap between them, at the given rows.
const joinedBoxes = (...links: number[]) =>
  drawn(40, 40, (x, y) => {
    const inBox = x <= 17 || x >= 22;
    const edge = x <= 3 || (x >= 14 && x <= 17) || (x >= 22 && x <= 25) || x >= 36;
    const box = inBox && (edge || y <= 3 || y >= 36);
    const link = !inBox && links.some((row) => y >= row && y <= row + 2);
    return box || link;
  });
// Joined at the top and at the foot, every column between them crosses two strokes: a hand's
// wide 8, or two o's run together. Joined at the foot alone: a 2's tail run into a 0.
const overlappingRings = joinedBoxes(5, 32);
const joinedRings = joinedBoxes(32);

const labels = (syms: Sym[]) => syms.map((s) => s.label);

describe('cutting a blob into glyphs that touch', () => {
  it('does not cut across two strokes a blob the classifier believes is one glyph', () => {
    const read = reader(0.01);
    expect(labels(repairGlyphs([read(overlappingRings)], 40, read))).toEqual(['a']);
  });

  it('cuts the same blob when the classifier sees two glyphs run together', () => {
    const read = reader(0.9);
    expect(labels(repairGlyphs([read(overlappingRings)], 40, read))).toEqual(['3', '3']);
  });

  it('cuts where a single stroke joins two glyphs, whatever the classifier believes', () => {
    const read = reader(0);
    expect(labels(repairGlyphs([read(joinedRings)], 40, read))).toEqual(['3', '3']);
  });

  // A 3 (columns 12–33) with a small piece touching it by a thin link at the given height.
  const withPiece = (pieceTop: number) =>
    drawn(34, 40, (x, y) => {
      const piece = x <= 8 && y >= pieceTop && y <= pieceTop + 7;
      const link = x >= 9 && x <= 11 && y === pieceTop + 4;
      const glyph = x >= 12 && (x >= 30 || y <= 2 || y >= 37 || (y >= 19 && y <= 21));
      return piece || link || glyph;
    });

  it('keeps a point cut off at the foot of a digit (a blurred decimal point)', () => {
    const read = reader(0.9);
    expect(labels(repairGlyphs([read(withPiece(32))], 40, read))).toEqual(['dot', '3']);
  });

  it('does not cut a "point" from a glyph\'s upper half: it is the start of its stroke', () => {
    const read = reader(0.9);
    expect(labels(repairGlyphs([read(withPiece(2))], 40, read))).toEqual(['a']);
  });
});
