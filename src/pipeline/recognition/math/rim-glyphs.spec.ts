import { Component } from './components';
import { filledBlob } from '../../../../test/helpers/drawn-blob';
import { RimPiece, RimSides, withSmallRimGlyphs } from './rim-glyphs';

const TYPICAL = 44;
const NONE: RimSides = { top: false, bottom: false, left: false, right: false };
const at = (sides: Partial<RimSides>, c: Component): RimPiece => ({
  blob: c,
  sides: { ...NONE, ...sides },
});
const boxes = (cs: Component[]) => cs.map((c) => c.box);

// A line 44 px tall from y = 1 to y = 44 in a crop 60 px tall: "x" and "8".
const x = filledBlob(0, 18, 40, 44);
const eight = filledBlob(100, 1, 131, 44);

describe('withSmallRimGlyphs (small blobs a tight crop cut)', () => {
  it('keeps an exponent raised after a glyph at the top edge', () => {
    const cube = filledBlob(42, 0, 56, 20);
    const { glyphs } = withSmallRimGlyphs([at({ top: true }, cube)], [], [x, eight], TYPICAL);
    expect(boxes(glyphs)).toContainEqual(cube.box);
  });

  it('drops dust at the top edge far above the line', () => {
    const dust = filledBlob(42, 0, 56, 20);
    const low = filledBlob(0, 70, 40, 110);
    const { glyphs } = withSmallRimGlyphs([at({ top: true }, dust)], [], [low], TYPICAL);
    expect(boxes(glyphs)).not.toContainEqual(dust.box);
  });

  it("keeps ≥'s lower stroke under the sign at the foot, however thin", () => {
    const sign = filledBlob(60, 5, 100, 45);
    const stroke = filledBlob(60, 55, 100, 59);
    const { glyphs } = withSmallRimGlyphs([at({ bottom: true }, stroke)], [], [sign], TYPICAL);
    expect(boxes(glyphs)).toContainEqual(stroke.box);
  });

  it('drops a stroke at the foot under a minus, between glyphs (a pen stroke cut there)', () => {
    const minus = filledBlob(50, 25, 90, 29);
    const stroke = filledBlob(60, 52, 82, 59);
    const { glyphs } = withSmallRimGlyphs(
      [at({ bottom: true }, stroke)],
      [],
      [x, minus, eight],
      TYPICAL,
    );
    expect(boxes(glyphs)).not.toContainEqual(stroke.box);
  });

  it("keeps a hand's comma on the foot between two digits, not a flat stroke there", () => {
    // 2,0 × 1,0 cropped to its ink: the first comma touched the foot and 20 was read.
    const two = filledBlob(0, 0, 48, 53);
    const zero = filledBlob(72, 4, 109, 59);
    const comma = filledBlob(52, 50, 63, 69);
    const stroke = filledBlob(50, 62, 70, 69);
    const kept = (piece: Component) =>
      withSmallRimGlyphs([at({ bottom: true }, piece)], [], [two, zero], TYPICAL).glyphs;
    expect(boxes(kept(comma))).toContainEqual(comma.box);
    expect(boxes(kept(stroke))).not.toContainEqual(stroke.box);
  });

  it('never keeps a flat sliver at the top as a glyph of its own', () => {
    const sliver = filledBlob(0, 0, 120, 2);
    const { glyphs } = withSmallRimGlyphs([at({ top: true }, sliver)], [], [x, eight], TYPICAL);
    expect(glyphs).toHaveLength(2);
  });

  it("joins a sliver inside a glyph's box to that glyph (a bracket's cut foot)", () => {
    const bracket = filledBlob(182, 16, 219, 110);
    const foot = filledBlob(189, 109, 209, 110);
    const { glyphs } = withSmallRimGlyphs([at({ bottom: true }, foot)], [], [bracket], TYPICAL);
    expect(glyphs).toHaveLength(1);
    expect(glyphs[0].area).toBe(bracket.area + foot.area);
  });

  it("joins a glyph's pieces the edge broke, a dot among them, into one glyph beside the line", () => {
    const tail = filledBlob(140, 26, 160, 43);
    const loop = filledBlob(145, 0, 160, 15);
    const { glyphs, dots } = withSmallRimGlyphs(
      [at({ right: true }, tail)],
      [at({ top: true, right: true }, loop)],
      [eight],
      TYPICAL,
    );
    expect(dots).toHaveLength(0);
    expect(boxes(glyphs)).toContainEqual({ x0: 140, y0: 0, x1: 160, y1: 43 });
  });

  it('keeps a thin 1 under a fraction bar, and leaves a dot apart from the pieces a dot', () => {
    const bar = filledBlob(0, 46, 144, 52);
    const one = filledBlob(67, 55, 71, 95);
    const dot = filledBlob(300, 0, 310, 10);
    const { glyphs, dots } = withSmallRimGlyphs(
      [at({ bottom: true }, one)],
      [at({ top: true }, dot)],
      [bar, eight],
      TYPICAL,
    );
    expect(boxes(glyphs)).toContainEqual(one.box);
    expect(dots).toEqual([dot]);
  });
});
