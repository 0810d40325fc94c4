import { Component, boxWidth } from './components';
import { dash, repairGlyphs } from './glyph-repair';
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

  it('does not cut where a half would fall apart: the cut went through one glyph', () => {
    // A box whose top and foot run on to the left as two arms (a looped 2's top and loop),
    // thinnest where they meet the box: cut there, the left half is two strokes apart.
    const arms = drawn(40, 40, (x, y) => {
      const box = x >= 22 && (x <= 25 || x >= 36 || y <= 3 || y >= 36);
      const thick = x < 18 ? 3 : 1;
      return box || (x < 22 && (y <= thick || y >= 39 - thick));
    });
    const read = reader(0.9);
    expect(labels(repairGlyphs([read(arms)], 40, read))).toEqual(['a']);
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

  // A pen's 1 standing on its fraction bar, drawn thick (a 10 px bar under 40 px glyphs), the
  // bar thinner at columns 16–19 where a cut is tried. Read whole it is unsure; its pieces
  // read as a sure point at the left and a sure 1.
  it("does not cut a thick dash from a glyph's foot: it is the glyph's bar, not a point", () => {
    const onBar = drawn(48, 40, (x, y) => {
      const stem = x >= 30 && x <= 35;
      const bar = x >= 16 && x <= 19 ? y >= 32 && y <= 37 : y >= 30;
      return stem || bar;
    });
    const read = (c: Component): Sym =>
      boxWidth(c.box) === 48
        ? { ...symbolOf(c, [{ label: 'a', p: 0.6 }]), touching: 0.9 }
        : symbolOf(c, [{ label: c.box.y0 >= 30 ? 'dot' : '1', p: 1 }]);
    expect(labels(repairGlyphs([read(onBar)], 40, read))).toEqual(['a']);
  });
});

describe('a + cut at its crossbar', () => {
  // A hand's + 40 px tall: a stem at columns 14–17 and a crossbar at rows 19–21. Whole it
  // reads an unsure +; cut, its arm reads a sure minus and the rest a sure t.
  const plus = drawn(40, 40, (x, y) => (x >= 14 && x <= 17) || (y >= 19 && y <= 21));
  const read = (c: Component): Sym =>
    boxWidth(c.box) === 40
      ? { ...symbolOf(c, [{ label: '+', p: 0.6 }]), touching: 0.9 }
      : symbolOf(c, [{ label: c.box.y1 - c.box.y0 < 5 ? 'bar' : 't', p: 1 }]);

  it('stays a +: no hand runs a minus into the glyph beside it at its crossbar', () => {
    expect(labels(repairGlyphs([read(plus)], 40, read))).toEqual(['+']);
  });
});

describe('an exponent run into its base', () => {
  // An x 40 px tall (columns 0–25) whose exponent (columns 31–39, rows 0–15) touches it by a
  // short stroke. Read whole it is unsure; the raised piece reads z 0.5 or 2 0.45.
  const xSquared = drawn(40, 60, (x, y) => {
    const base = x <= 25 && y >= 20;
    const exponent = x >= 31 && y <= 15;
    const link = x >= 24 && x <= 31 && y >= 14 && y <= 21;
    return base || exponent || link;
  });
  const read = (c: Component): Sym => {
    if (c.box.y1 - c.box.y0 === 59) return symbolOf(c, [{ label: 'a', p: 0.3 }]);
    if (c.box.y0 === 0)
      return symbolOf(c, [
        { label: 'z', p: 0.5 },
        { label: '2', p: 0.45 },
      ]);
    return symbolOf(c, [{ label: 'x', p: 0.97 }]);
  };

  it('cuts the raised digit off, reading a z there as the 2 it looks like', () => {
    const cut = repairGlyphs([read(xSquared)], 40, read);
    expect(labels(cut)).toEqual(['x', '2']);
    expect(cut[1].confidence).toBeCloseTo(0.95);
  });
});

describe('joining a glyph written in strokes that do not meet', () => {
  // A hand's 4 in two strokes (glyphs 40 px tall): an L, and the downstroke `gap` px to the
  // right of its foot. Apart they read an unsure l and 1; together a sure 4.
  const fourInTwo = (gap: number) => [
    drawn(18, 31, (x, y) => x <= 3 || y >= 27),
    drawn(4, 30, () => true, 17 + gap, 10),
  ];
  const read = (c: Component): Sym =>
    boxWidth(c.box) > 20
      ? symbolOf(c, [{ label: '4', p: 0.95 }])
      : boxWidth(c.box) > 8
        ? symbolOf(c, [
            { label: 'l', p: 0.79 },
            { label: 'b', p: 0.18 },
          ])
        : symbolOf(c, [{ label: '1', p: 0.71 }]);

  it("joins the pieces a tenth of a glyph's height apart (4 + 4 read 11 + 4)", () => {
    expect(labels(repairGlyphs(fourInTwo(4).map(read), 40, read))).toEqual(['4']);
  });

  it('keeps pieces a quarter of a glyph apart as two glyphs', () => {
    expect(labels(repairGlyphs(fourInTwo(10).map(read), 40, read))).toEqual(['l', '1']);
  });
});

describe('an x written as two arcs back to back', () => {
  // "ɔc" (glyphs 40 px tall): two arcs 3 px apart, each 14 px wide. Apart they read a sure
  // 3 and a sure c; together an x.
  const arc = (x0: number, opening: 'left' | 'right') =>
    drawn(14, 28, (x, y) => (opening === 'right' ? x <= 3 : x >= 10) || y <= 3 || y >= 24, x0, 12);
  const read =
    (first: string) =>
    (c: Component): Sym =>
      boxWidth(c.box) > 20
        ? symbolOf(c, [{ label: 'x', p: 0.9 }])
        : symbolOf(c, [{ label: c.box.x0 === 0 ? first : 'c', p: 0.97 }]);

  it('joins a 3 and the c against it into the x they read as together', () => {
    const pieces = [arc(0, 'left'), arc(17, 'right')];
    expect(labels(repairGlyphs(pieces.map(read('3')), 40, read('3')))).toEqual(['x']);
  });

  it('keeps them apart when the first is no mirrored arc (an a before a c)', () => {
    const pieces = [arc(0, 'left'), arc(17, 'right')];
    expect(labels(repairGlyphs(pieces.map(read('a')), 40, read('a')))).toEqual(['a', 'c']);
  });
});

describe('a dash read as a point', () => {
  const point = (w: number, h: number, label = 'dot') =>
    symbolOf(
      drawn(w, h, () => true),
      [{ label, p: 0.9 }],
    );

  it('is a dash when far wider than tall, a third of a digit long and no thicker', () => {
    // r17's minus beside digits 45 px tall.
    expect(dash(point(16, 10), 45)).toBe(true);
  });

  it("is a point when round, or as small as a hand's decimal point, or not punctuation", () => {
    expect(dash(point(10, 9), 45)).toBe(false);
    expect(dash(point(9, 4), 45)).toBe(false);
    expect(dash(point(30, 16), 45)).toBe(false);
    expect(dash(point(16, 10, 'a'), 45)).toBe(false);
  });
});

describe("a point written against a hand's digit that reads as a letter", () => {
  // A 9's body (columns 0–27, rows 0–43, its tail at the foot) read as g, 9 second; a
  // point 5 px square right after its tail at the foot (columns 28–32, rows 40–44). Joined,
  // the two read a surer g.
  const nine = drawn(28, 44, (x, y) => x <= 3 || x >= 24 || y <= 3 || y >= 40);
  const point = drawn(5, 5, () => true, 28, 40);
  const read = (alternative: string) => (c: Component) =>
    boxWidth(c.box) < 10
      ? symbolOf(c, [{ label: 'dot', p: 0.9 }])
      : symbolOf(c, [
          { label: 'g', p: boxWidth(c.box) > 30 ? 0.81 : 0.75 },
          { label: alternative, p: boxWidth(c.box) > 30 ? 0.19 : 0.25 },
        ]);

  it('stays a decimal point when the letter may be a digit (9.8 read 98)', () => {
    const syms = [read('9')(nine), read('9')(point)];
    expect(labels(repairGlyphs(syms, 40, read('9')))).toEqual(['g', 'dot']);
  });

  it('is glued to a letter no digit looks like', () => {
    const syms = [read('y')(nine), read('y')(point)];
    expect(labels(repairGlyphs(syms, 40, read('y')))).toEqual(['g']);
  });
});

describe("a point at the end of a hand's 2's foot", () => {
  // A 2 (columns 0–27, rows 0–43; its foot, rows 40–43, ends at column 20) and a point
  // (rows 39–44) from `left` on, 8 px wide, 2 px clear of the foot's end.
  const two = drawn(28, 44, (x, y) => (y >= 40 ? x <= 20 : x >= 24 || y <= 3));
  const point = (left: number) => drawn(8, 6, () => true, left, 39);
  const read = (c: Component) =>
    boxWidth(c.box) < 10
      ? symbolOf(c, [{ label: 'dot', p: 0.99 }])
      : symbolOf(c, [{ label: '2', p: 0.96 }]);

  it('is the decimal point when it reaches past the 2 (2.9999 read 29999)', () => {
    const syms = [read(two), read(point(23))];
    expect(labels(repairGlyphs(syms, 40, read))).toEqual(['2', 'dot']);
  });

  it("is the 2's broken-off tail when it lies within the 2's columns", () => {
    const syms = [read(two), read(point(19))];
    expect(labels(repairGlyphs(syms, 40, read))).toEqual(['2']);
  });
});
