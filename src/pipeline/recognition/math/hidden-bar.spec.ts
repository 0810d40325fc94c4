import { Component } from './components';
import { withHiddenBar } from './hidden-bar';
import { MathNode } from './structure';
import { Sym, symbolOf } from './symbols';

/** A blob from rows of '#' and '.', its top-left corner at (x0, y0). */
function blob(rows: string[], x0: number, y0: number): Component {
  const w = rows[0].length;
  const mask = new Uint8Array(w * rows.length);
  rows.forEach((r, y) => [...r].forEach((ch, x) => (mask[y * w + x] = ch === '#' ? 1 : 0)));
  return {
    id: 0,
    box: { x0, y0, x1: x0 + w - 1, y1: y0 + rows.length - 1 },
    area: mask.reduce((a, v) => a + v, 0),
    mask,
  };
}
const node = (sym: Sym): MathNode => ({ kind: 'sym', sym, box: sym.box });
// Stands in for the classifier: a tall piece is a 3, read surely; anything else unsure.
const classify = (c: Component): Sym =>
  symbolOf(c, [{ label: c.box.y1 - c.box.y0 >= 10 ? '3' : '5', p: 0.95 }]);

// Digits 30 px tall. A 3 whose top ran into the fraction bar over it (a bar 40 px wide, the
// 3 under its left 20 px): one blob, read as a 5.
const barAndThree = blob(
  [
    '#'.repeat(40),
    ...[...Array(29)].map((_, y) =>
      y === 14 || y === 28
        ? '.'.repeat(4) + '#'.repeat(16) + '.'.repeat(20)
        : '.'.repeat(17) + '###' + '.'.repeat(20),
    ),
  ],
  24,
  56,
);
// A 1 (a stroke 30 px tall) over it, and the piece of the bar that broke off to the left.
const column = (x0: number, y0: number) =>
  blob(
    [...Array(30)].map(() => '###'),
    x0,
    y0,
  );

/**
 * Rows of a blob `width` × `height`: a bar `thick` px thick whose lower edge runs along
 * `edge(x)`, and a 1's stem (columns 20–23, from row 10) run down into it.
 */
const stemOnBar = (width: number, height: number, thick: number, edge: (x: number) => number) =>
  [...Array(height)].map((_, y) =>
    [...Array(width)]
      .map((_, x) => {
        const bar = y <= edge(x) && y > edge(x) - thick;
        const stem = x >= 20 && x <= 23 && y >= 10 && y <= edge(x);
        return bar || stem ? '#' : '.';
      })
      .join(''),
  );

/**
 * Stands in for the classifier where a glyph must be cut out whole: a piece narrower than
 * `width` and at least `height` tall reads `label` surely, anything else `otherwise` unsure.
 */
const readsNarrow =
  (label: string, width: number, height: number, otherwise: string) =>
  (c: Component): Sym =>
    symbolOf(c, [
      c.box.x1 - c.box.x0 < width && c.box.y1 - c.box.y0 >= height
        ? { label, p: 0.95 }
        : { label: otherwise, p: 0.5 },
    ]);

describe('withHiddenBar (a fraction bar not read as one)', () => {
  const one = symbolOf(column(32, 22), [{ label: '1', p: 0.99 }]);
  const five = symbolOf(barAndThree, [{ label: '5', p: 0.99 }]);
  const digits = [symbolOf(column(80, 40), [{ label: '1', p: 0.99 }])];
  // withHiddenBar on two symbols found one over the other, with the line's other digits about.
  const readStack = (upper: Sym, lower: Sym, reads: (c: Component) => Sym) =>
    withHiddenBar([upper, lower, ...digits], [node(upper), node(lower)], reads);

  it('cuts the bar out of the glyph it ran into, joining the piece that broke off', () => {
    const brokenOff = symbolOf(blob(['#'.repeat(10)], 12, 56), [{ label: 'bar', p: 0.95 }]);
    const math = [one, five, brokenOff, ...digits];
    const read = withHiddenBar(math, [node(one), node(five)], classify)!;
    expect(read.map((s) => s.label).sort()).toEqual(['1', '1', '3', 'bar']);
    const bar = read.find((s) => s.label === 'bar')!;
    expect(bar.box).toMatchObject({ x0: 12, x1: 63, y0: 56, y1: 56 });
    expect(read.find((s) => s.label === '3')!.box.y0).toBeGreaterThan(56);
  });

  it('leaves a glyph whose flat edge is no wider than itself (the foot of a 2) whole', () => {
    // A 2 over a 1: its foot faces the 1, as wide as the rest of it.
    const rows = [
      '..' + '#'.repeat(16) + '..',
      ...[...Array(28)].map((_, y) => {
        const x = Math.max(0, 17 - Math.round((17 * y) / 27));
        return '.'.repeat(x) + '##' + '.'.repeat(18 - x);
      }),
      '#'.repeat(20),
    ];
    const two = symbolOf(blob(rows, 24, 10), [{ label: '2', p: 0.99 }]);
    const under = symbolOf(column(30, 45), [{ label: '1', p: 0.99 }]);
    expect(readStack(two, under, classify)).toBeNull();
  });

  it("reads two bars one over the other as a hand's =", () => {
    const bar = (x0: number, y0: number, w: number) =>
      symbolOf(blob(['#'.repeat(w)], x0, y0), [{ label: 'bar', p: 0.95 }]);
    // Bars of 30 and 12 px, the short one off to the right: no printed "=", still one.
    const [top, bottom] = [bar(0, 40, 30), bar(22, 52, 12)];
    const read = readStack(top, bottom, classify)!;
    expect(read.map((s) => s.label).sort()).toEqual(['1', '=']);
  });

  it("widens a hand's stub of a fraction bar to the numerator and denominator it divides", () => {
    // x over a 12 px bar, a 6 below and right of it (−x/6 written in a hurry).
    const x = symbolOf(column(62, 10), [{ label: 'x', p: 0.9 }]);
    const stub = symbolOf(blob(['#'.repeat(12)], 58, 66), [{ label: 'bar', p: 0.95 }]);
    const six = symbolOf(column(71, 64), [{ label: '6', p: 0.99 }]);
    const read = withHiddenBar([x, stub, six], [node(x), node(stub)], classify)!;
    expect(read.find((s) => s.label === 'bar')!.box).toMatchObject({ x0: 58, x1: 73 });
    // With nothing on the bar's other side it is a minus under a symbol: nothing to widen.
    expect(withHiddenBar([x, stub], [node(x), node(stub)], classify)).toBeNull();
  });

  it('takes a short thick bar read as a point for a bar, and leaves a round point alone', () => {
    const point = (w: number) =>
      symbolOf(
        blob(
          [...Array(6)].map(() => '#'.repeat(w)),
          30,
          60,
        ),
        [{ label: 'dot', p: 0.9 }],
      );
    const flat = point(14);
    const read = readStack(one, flat, classify)!;
    expect(read[1].label).toBe('bar');
    const round = point(6);
    expect(readStack(one, round, classify)).toBeNull();
  });

  it("joins a glyph's broken-off foot back when the two read far surer as one", () => {
    // A 2's top (24 px) read as 9 at 0.66, its foot a bar 3 px under it; joined, a sure 2.
    const block = () =>
      blob(
        [...Array(30)].map(() => '#'.repeat(12)),
        38,
        20,
      );
    const top = symbolOf(block(), [{ label: '9', p: 0.66 }]);
    const foot = symbolOf(blob(['#'.repeat(14)], 36, 53), [{ label: 'bar', p: 0.95 }]);
    const joinedReads = (label: string, p: number) => (c: Component) =>
      c.box.y1 - c.box.y0 > 30 ? symbolOf(c, [{ label, p }]) : classify(c);
    const read = readStack(top, foot, joinedReads('2', 1))!;
    expect(read.map((s) => s.label).sort()).toEqual(['1', '2']);
    // A sure 4 over a bar is a 4 over a bar, however the two read together.
    const sure = symbolOf(block(), [{ label: '4', p: 0.95 }]);
    expect(readStack(sure, foot, joinedReads('4', 0.99))).toBeNull();
  });

  it('cuts a sloping bar out along its slope, the numerator reaching down onto it', () => {
    // A bar 48 px wide and 4 thick, falling a row every 16 px; under its right end a 3 (19 px
    // wide) whose top runs into it. Cut level, the bar's lower end stays on the 3.
    const rows = [...Array(38)].map((_, y) =>
      [...Array(48)]
        .map((_, x) => {
          const top = Math.floor(x / 16);
          const bar = y >= top && y <= top + 3;
          const three = x >= 26 && x <= 44 && ([6, 21, 37].includes(y) || (y >= 6 && x >= 42));
          return bar || three ? '#' : '.';
        })
        .join(''),
    );
    const barAndThree = symbolOf(blob(rows, 24, 56), [{ label: '5', p: 0.99 }]);
    // The 1 over it reaches a pixel into the bar's top row.
    const over = symbolOf(column(44, 27), [{ label: '1', p: 0.99 }]);
    const narrowThree = readsNarrow('3', 20, 10, '5');
    const math = [over, barAndThree, ...digits];
    const read = withHiddenBar(math, [node(over), node(barAndThree)], narrowThree)!;
    expect(read.map((s) => s.label).sort()).toEqual(['1', '1', '3', 'bar']);
    expect(read.find((s) => s.label === '3')!.box).toMatchObject({ x0: 50, x1: 68 });
  });

  it("cuts out a hand's bowed, sloping bar at its own thickness, the 1 over it run into it", () => {
    // A bar 76 px wide and 6 thick under a 1 (4 px wide, 30 tall) that runs into it: it
    // falls a row every 10 px and bows 2 px either way, so no row of it spans the blob.
    const edge = (x: number) =>
      40 + Math.floor(x / 10) + Math.round(2 * Math.sin((x / 38) * Math.PI));
    const oneOnBar = symbolOf(blob(stemOnBar(76, 50, 6, edge), 10, 0), [{ label: '1', p: 0.99 }]);
    const under = symbolOf(column(30, 56), [{ label: '2', p: 0.99 }]);
    const narrowOne = readsNarrow('1', 8, 20, '7');
    const read = readStack(oneOnBar, under, narrowOne)!;
    expect(read.map((s) => s.label).sort()).toEqual(['1', '1', '2', 'bar']);
    expect(read.find((s) => s.label === '1' && s.box.x0 < 40)!.box).toMatchObject({
      x0: 30,
      x1: 33,
      y0: 10,
    });
  });

  it('cuts out a bar run into the 1 over it that slopes too much for any row to hold it', () => {
    // A bar 60 px wide and 5 thick falling a row every 5 px (12 rows in all): no row of the
    // blob holds 60 % of it, so only its edge, a straight line, shows where it runs.
    const edge = (x: number) => 40 + Math.floor(x / 5);
    const oneOnBar = symbolOf(blob(stemOnBar(60, 56, 5, edge), 10, 0), [{ label: '2', p: 0.99 }]);
    const under = symbolOf(column(30, 62), [{ label: '3', p: 0.99 }]);
    const narrowOne = readsNarrow('1', 8, 20, '7');
    const read = readStack(oneOnBar, under, narrowOne)!;
    expect(read.map((s) => s.label).sort()).toEqual(['1', '1', '3', 'bar']);
    expect(read.find((s) => s.label === 'bar')!.box).toMatchObject({ x0: 10, x1: 69 });
  });

  // A digit's top stroke drawn apart: a bar (16 px) 2 px over a stroke 30 px tall that
  // leans 12 px to the left as it falls (a 7's stem).
  const flag = () => symbolOf(blob(['#'.repeat(16)], 30, 18), [{ label: 'bar', p: 0.95 }]);
  const leaning = [...Array(30)].map((_, y) => {
    const x = 12 - Math.floor((y * 12) / 29);
    return '.'.repeat(x) + '###' + '.'.repeat(12 - x);
  });
  const stem = (label: string) => symbolOf(blob(leaning, 31, 21), [{ label, p: 0.9 }]);
  // Stands in for the classifier: the stroke and the bar together (taller than 30 rows
  // and wider than 10 columns) read `label` surely.
  const joinedReads = (label: string) => (c: Component) =>
    c.box.y1 - c.box.y0 >= 30 && c.box.x1 - c.box.x0 > 10
      ? symbolOf(c, [{ label, p: 0.99 }])
      : classify(c);

  it("joins a 7's top drawn apart back to its stem (a minus over a 1)", () => {
    const [top, one] = [flag(), stem('1')];
    const read = readStack(top, one, joinedReads('7'))!;
    expect(read.map((s) => s.label).sort()).toEqual(['1', '7']);
    expect(read.find((s) => s.label === '7')!.box).toMatchObject({ x0: 30, y0: 18, y1: 50 });
  });

  it('joins a top stroke only to the rest of the digit it completes', () => {
    // An 8 open at the top reads 0; with the bar of its fraction over it, 5: no 5's body.
    const [top, zero] = [flag(), stem('0')];
    expect(withHiddenBar([top, zero], [node(top), node(zero)], joinedReads('5'))).toBeNull();
    // Nor a bar as wide as a fraction's over a single digit.
    const wide = symbolOf(blob(['#'.repeat(40)], 20, 18), [{ label: 'bar', p: 0.95 }]);
    const one = stem('1');
    expect(withHiddenBar([wide, one], [node(wide), node(one)], joinedReads('7'))).toBeNull();
  });

  it("does not stretch a stub of a bar under what stands over another fraction's bar", () => {
    // A 6 over a fraction's bar, a 7's top apart under that bar, its stem under the top:
    // the top is no stub of a bar with the 6 for its numerator.
    const six = symbolOf(column(36, -40), [{ label: '6', p: 0.99 }]);
    const fractionBar = symbolOf(blob(['#'.repeat(40)], 20, 10), [{ label: 'bar', p: 0.95 }]);
    const [top, one] = [flag(), stem('1')];
    const read = withHiddenBar(
      [six, fractionBar, top, one],
      [node(top), node(one)],
      joinedReads('7'),
    )!;
    expect(read.map((s) => s.label).sort()).toEqual(['6', '7', 'bar']);
  });

  it('reads a > over a stroke reaching well past its foot as ≥', () => {
    // A > 20 px wide, its stroke 36 px wide starting under the sign's left, 4 px under it.
    const sign = symbolOf(
      blob(
        [...Array(20)].map(() => '#'.repeat(20)),
        40,
        20,
      ),
      [{ label: '>', p: 0.99 }],
    );
    const stroke = symbolOf(blob(['#'.repeat(36)], 30, 44), [{ label: 'bar', p: 0.95 }]);
    const read = readStack(sign, stroke, classify)!;
    expect(read.map((s) => s.label).sort()).toEqual(['1', '≥']);
    // A stroke off to the side of the sign is not its underline.
    const aside = symbolOf(blob(['#'.repeat(36)], 52, 44), [{ label: 'bar', p: 0.95 }]);
    expect(withHiddenBar([sign, aside], [node(sign), node(aside)], classify)).toBeNull();
  });

  it('reads a 1 over a foot drawn out long, with nothing else about, as a 1', () => {
    // A 1 (3 px wide, 30 tall) on a foot 2 px under it, 34 px wide (over 1.5 half-glyphs).
    const foot = symbolOf(blob(['#'.repeat(34)], 26, 53), [{ label: 'bar', p: 0.95 }]);
    const read = readStack(one, foot, classify)!;
    expect(read).toEqual([one, ...digits]);
    // Nor is a foot with a digit under it, nor a bar far wider than that.
    const below = symbolOf(column(30, 60), [{ label: '4', p: 0.99 }]);
    const overDigit = withHiddenBar([one, foot, below], [node(one), node(foot)], classify);
    expect(overDigit === null || overDigit.some((s) => s.label === 'bar')).toBe(true);
    const wide = symbolOf(blob(['#'.repeat(60)], 20, 53), [{ label: 'bar', p: 0.95 }]);
    expect(withHiddenBar([one, wide], [node(one), node(wide)], classify)).toBeNull();
  });

  it("reads a numerator's 1 on its foot just over a sloping fraction bar as a 1", () => {
    // The foot as above; under it a bar 100 px wide falling from y = 50 to 70 (its box
    // reaching up past the foot, its ink 2 px under it there), and a denominator under that.
    const foot = symbolOf(blob(['#'.repeat(34)], 26, 53), [{ label: 'bar', p: 0.95 }]);
    const sloping = [...Array(23)].map((_, y) =>
      [...Array(100)]
        .map((_, x) => (Math.abs(y - Math.floor(x / 5) - 1) <= 1 ? '#' : '.'))
        .join(''),
    );
    const bar = symbolOf(blob(sloping, 0, 50), [{ label: 'bar', p: 0.99 }]);
    const under = symbolOf(column(40, 80), [{ label: '6', p: 0.99 }]);
    const read = withHiddenBar([one, foot, bar, under], [node(one), node(foot)], classify);
    expect(read).toEqual([one, bar, under]);
  });
});
