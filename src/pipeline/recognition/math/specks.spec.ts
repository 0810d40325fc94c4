import { filledPart as part, filledSymbol as sym } from '../../../../test/helpers/symbol-line';
import { Component } from './components';
import { withSpeckDots } from './specks';
import { Sym } from './symbols';

const speck = (x: number, y: number) => part({ x0: x, y0: y, x1: x + 2, y1: y + 2 });
const labels = (syms: Sym[]) => syms.map((s) => s.label).sort();

// Glyphs 44 px tall with their baseline at y = 63: "10 − 30" and "18 × 16".
const tenMinusThirty = [
  sym('1', 0, 20, 20, 63),
  sym('0', 30, 20, 60, 63),
  sym('bar', 80, 40, 120, 44),
  sym('3', 140, 20, 170, 63),
  sym('0', 180, 20, 210, 63),
];

describe('withSpeckDots (a pen’s dots too small to be glyphs)', () => {
  it('makes a bar with a speck straight above and below it a ÷', () => {
    const read = withSpeckDots(tenMinusThirty, [speck(99, 30), speck(100, 52)]);
    expect(labels(read)).toEqual(['0', '0', '1', '3', '÷']);
  });

  it('makes a ÷ of specks set well apart from a short bar (two thirds of a digit)', () => {
    const read = withSpeckDots(tenMinusThirty, [speck(99, 13), speck(100, 69)]);
    expect(labels(read)).toEqual(['0', '0', '1', '3', '÷']);
  });

  it('measures the dots from a thick bar’s middle, not its box’s edges', () => {
    // An 11 px tall bar (a hand's thick, sloping stroke): its dots 4 and 9 px from the box,
    // 10 and 15 px from its middle.
    const thick = tenMinusThirty.map((s) => (s.label === 'bar' ? sym('bar', 80, 36, 120, 46) : s));
    expect(labels(withSpeckDots(thick, [speck(99, 30), speck(100, 55)]))).toEqual([
      '0',
      '0',
      '1',
      '3',
      '÷',
    ]);
    // One dot three times as far as the other is no pair.
    expect(labels(withSpeckDots(thick, [speck(99, 35 - 8), speck(100, 41 + 26)]))).toContain('bar');
  });

  it('doubts a hand’s minus with one speck straight under it: a ÷ with a dot lost', () => {
    const bar = (read: Sym[]) => read.find((s) => s.label === 'bar')!;
    const handRead = withSpeckDots(tenMinusThirty, [speck(99, 52)], [], true);
    expect(bar(handRead).alternatives.map((a) => a.label)).toEqual(['bar', '÷']);
    expect(bar(handRead).confidence).toBeLessThan(0.85);
    // Two specks near its middle, over and under, too far apart to pair: doubted as well.
    const apart = withSpeckDots(tenMinusThirty, [speck(92, 30), speck(104, 52)], [], true);
    expect(bar(apart).alternatives.map((a) => a.label)).toEqual(['bar', '÷']);
    // A hand sets it a little off the middle too: 7 px of the bar's 41 (10 ÷ 30 by hand).
    expect(bar(withSpeckDots(tenMinusThirty, [speck(92, 52)], [], true)).alternatives).toHaveLength(
      2,
    );
    // Print sets both dots; off the bar's middle a speck is dust; without one the minus is sure.
    expect(bar(withSpeckDots(tenMinusThirty, [speck(99, 52)])).alternatives).toHaveLength(1);
    expect(bar(withSpeckDots(tenMinusThirty, [speck(84, 52)], [], true)).alternatives).toHaveLength(
      1,
    );
  });

  it('makes a ÷ of a bar, a dot read as a glyph above it and a speck below it', () => {
    const upperDot = sym('dot', 98, 28, 103, 33);
    const read = withSpeckDots([...tenMinusThirty, upperDot], [speck(99, 52)]);
    expect(labels(read)).toEqual(['0', '0', '1', '3', '÷']);
    // The dot glyph alone, with no speck to pair it, stays a point over a minus.
    expect(labels(withSpeckDots([...tenMinusThirty, upperDot], []))).toContain('bar');
  });

  it('leaves a minus alone when the specks are not a pair around it', () => {
    for (const specks of [
      [speck(99, 30)], // one dot
      [speck(84, 30), speck(114, 52)], // far apart, at the bar's ends
      [speck(99, 5), speck(100, 52)], // one far above
    ])
      expect(labels(withSpeckDots(tenMinusThirty, specks))).toContain('bar');
  });

  it('keeps a speck in the gap between two digits on their baseline as a point', () => {
    const eighteen = [sym('1', 0, 20, 20, 63), sym('8', 30, 20, 60, 63)];
    expect(labels(withSpeckDots(eighteen, [speck(24, 60)]))).toEqual(['1', '8', 'dot']);
    // Above the baseline, under a glyph, or beside a letter it is dust.
    expect(withSpeckDots(eighteen, [speck(24, 40)])).toHaveLength(2);
    expect(withSpeckDots(eighteen, [speck(40, 66)])).toHaveLength(2);
    const letters = [sym('a', 0, 30, 20, 63), sym('b', 30, 20, 60, 63)];
    expect(withSpeckDots(letters, [speck(24, 60)])).toHaveLength(2);
  });

  it('keeps a speck a little under the digits’ feet as a point, as a hand sets one (2.9999)', () => {
    const eighteen = [sym('1', 0, 20, 20, 63), sym('8', 30, 20, 60, 63)];
    const belief = (y: number) =>
      withSpeckDots(eighteen, [speck(24, y)]).find((s) => s.label === 'dot')?.confidence;
    expect(belief(69)).toBe(0.9); // 6 px (0.14 of a digit) under them
    expect(belief(75)).toBeUndefined(); // a quarter of a digit under them: dust
  });

  it('keeps a speck set right after a digit as a point, the gap after it wider (8. 0777)', () => {
    // Digits 44 px tall: the speck 5 px after the 8, its middle 25 px (0.57 of a digit)
    // short of the 0 — a hand leaves that gap after its point; 0.7 of a digit is doubted.
    const eightZero = [sym('8', 0, 20, 30, 63), sym('0', 62, 20, 92, 63)];
    const belief = (x: number) =>
      withSpeckDots(eightZero, [speck(x, 60)]).find((s) => s.label === 'dot')?.confidence;
    expect(belief(35)).toBe(0.9);
    const eightFarZero = [eightZero[0], sym('0', 68, 20, 98, 63)];
    const far = withSpeckDots(eightFarZero, [speck(35, 60)]).find((s) => s.label === 'dot');
    expect(far?.confidence).toBeLessThan(0.3);
  });

  it('doubts a speck against the next digit’s side (a piece of its stroke?), not the one before', () => {
    const eighteen = [sym('1', 0, 20, 20, 63), sym('8', 30, 20, 60, 63)];
    const belief = (x: number) =>
      withSpeckDots(eighteen, [speck(x, 60)]).find((s) => s.label === 'dot')?.confidence;
    expect(belief(24)).toBe(0.9);
    expect(belief(22)).toBe(0.9); // a pixel after the 1, as a hand sets it
    expect(belief(27)).toBeLessThan(0.3); // a pixel before the 8
  });

  it('keeps a speck placed as the line’s sure point is as a point (39. 6 + 5. 63 cut at its feet)', () => {
    // Print's wide point spacing: the point 5 px after its digit and 29 px before the next
    // (its middle 0.72 of a digit short of it), too far for a point by its place alone; the
    // line's other point, read as a glyph, sits so.
    const digit = (label: string, x0: number) => sym(label, x0, 20, x0 + 30, 63);
    const digits = [digit('3', 0), digit('9', 35), digit('6', 104), digit('5', 160)];
    const line = [...digits, sym('dot', 195, 57, 201, 63), digit('6', 232)];
    const cutPoint = part({ x0: 70, y0: 58, x1: 75, y1: 63 });
    const point = (syms: Sym[], specks: Component[]) =>
      withSpeckDots(syms, specks).find((s) => s.label === 'dot' && s.box.x0 === 70);
    expect(point(line, [cutPoint])?.confidence).toBe(0.9);
    // Without the sure point, or beside one far smaller, it stays a point the reader doubts.
    const alone = line.filter((s) => s.label !== 'dot');
    expect(point(alone, [cutPoint])?.confidence).toBeLessThan(0.3);
    const tiny = line.map((s) => (s.label === 'dot' ? sym('dot', 197, 61, 199, 63) : s));
    expect(point(tiny, [cutPoint])?.confidence).toBeLessThan(0.3);
  });

  it('keeps a speck placed almost as a point as a point it doubts, not as dust', () => {
    // "3.8" with the point against the 3's corner and a wide gap: not surely a point, but
    // dropping it would answer 38.
    const threeEight = [sym('3', 0, 20, 30, 63), sym('8', 48, 20, 78, 63)];
    const read = withSpeckDots(threeEight, [speck(28, 64)]);
    expect(labels(read)).toEqual(['3', '8', 'dot']);
    const point = read.find((s) => s.label === 'dot');
    expect(point?.confidence).toBeLessThan(0.3);
    // A sure point keeps the belief the layout gives it.
    const eighteen = [sym('1', 0, 20, 20, 63), sym('8', 30, 20, 60, 63)];
    expect(
      withSpeckDots(eighteen, [speck(24, 60)]).find((s) => s.label === 'dot')?.confidence,
    ).toBe(0.9);
    // Far above the baseline it is dust still.
    expect(withSpeckDots(threeEight, [speck(38, 30)])).toHaveLength(2);
  });

  it('doubts a mark too faint to binarise where a point would stand, and nowhere else', () => {
    // 1.8 × 1.6 photographed with its points lighter than the ink: read 18 × 16 they answer
    // 288; a faint mark, however well placed, is no sure point either.
    const eighteen = [sym('1', 0, 20, 20, 63), sym('8', 30, 20, 60, 63)];
    const read = withSpeckDots(eighteen, [], [speck(24, 60)]);
    expect(labels(read)).toEqual(['1', '8', 'dot']);
    expect(read.find((s) => s.label === 'dot')?.confidence).toBeLessThan(0.3);
    expect(withSpeckDots(eighteen, [], [speck(24, 40)])).toHaveLength(2);
    expect(withSpeckDots(eighteen, [], [speck(40, 66)])).toHaveLength(2);
  });

  it('looks for a point after a digit read as its look-alike letter (a hand’s 9 read g)', () => {
    const g = {
      ...sym('g', 0, 20, 30, 63),
      alternatives: [
        { label: 'g', p: 0.87 },
        { label: '9', p: 0.08 },
      ],
    };
    const read = withSpeckDots([g, sym('8', 48, 20, 78, 63)], [speck(38, 60)]);
    expect(labels(read)).toEqual(['8', 'dot', 'g']);
    // A bare stroke read | is no digit here: a speck by it stays dust.
    const stroke = {
      ...sym('|', 0, 20, 6, 63),
      alternatives: [
        { label: '|', p: 0.8 },
        { label: '1', p: 0.2 },
      ],
    };
    expect(withSpeckDots([stroke, sym('8', 30, 20, 60, 63)], [speck(17, 60)])).toHaveLength(2);
  });

  it('doubts a speck inside a wide glyph’s box at its foot, clear of its ink (1.8 by a flagged 1)', () => {
    // A 1 with a long flag: its box is 30 px wide, its stem the right-hand 6 columns down to
    // row 63, and nothing at its foot left of the stem.
    const one = sym('1', 0, 20, 29, 63);
    const mask = new Uint8Array(30 * 44);
    for (let y = 0; y < 44; y += 1) for (let x = 24; x < 30; x += 1) mask[y * 30 + x] = 1;
    for (let x = 0; x < 30; x += 1) mask[x] = 1;
    one.parts = [{ ...one.parts[0], mask }];
    const eight = sym('8', 48, 20, 78, 63);
    // Right of the stem's foot, a tenth of a glyph clear: doubted as a point.
    const beside = withSpeckDots([one, eight], [speck(40, 60)]);
    expect(labels(beside)).toEqual(['1', '8', 'dot']);
    // On the stem's ink it is the pen's blot.
    const onStem = { ...one, box: { ...one.box, x1: 45 } };
    onStem.parts = [{ ...one.parts[0], box: onStem.box, mask: stemAt(40) }];
    expect(withSpeckDots([onStem, eight], [speck(40, 60)])).toHaveLength(2);
  });

  it('makes a level dash halfway up between two glyphs a minus, and a round speck there no sign', () => {
    // x − 8 with a short dash, 13 × 5 px between glyphs 60 px tall.
    const x = sym('x', 0, 3, 30, 62);
    const eight = sym('8', 70, 3, 100, 62);
    const dash = part({ x0: 42, y0: 30, x1: 54, y1: 34 });
    expect(labels(withSpeckDots([x, eight], [dash]))).toEqual(['8', 'bar', 'x']);
    expect(labels(withSpeckDots([x, eight], [speck(46, 31)]))).toEqual(['8', 'x']);
    // On the baseline it is no minus.
    const low = part({ x0: 42, y0: 57, x1: 54, y1: 60 });
    expect(labels(withSpeckDots([x, eight], [low]))).not.toContain('bar');
  });

  it('doubts a speck in the corner of a round glyph’s box by its foot, however near its ink', () => {
    // 3.8 with the point set against the 3, inside its box where the 3's curve reaches: a
    // speck apart from the 3's ink is no part of it (38 was answered).
    const three = sym('3', 0, 20, 24, 63);
    const eight = sym('8', 34, 20, 54, 63);
    expect(labels(withSpeckDots([three, eight], [speck(22, 59)]))).toEqual(['3', '8', 'dot']);
  });

  it('doubts a hand’s small letter with a speck straight over it, as an i’s dot stands', () => {
    // "1 − x + cy" (glyphs 44 px tall, small letters 20): the c an i whose stem curls.
    const line = [
      sym('1', 0, 20, 20, 63),
      sym('x', 40, 43, 60, 63),
      sym('c', 80, 43, 92, 63),
      sym('y', 100, 43, 120, 80),
    ];
    const c = (read: Sym[]) => read.find((s) => s.box.x0 === 80)!;
    const dotted = withSpeckDots(line, [speck(85, 32)], [], true);
    expect(c(dotted).confidence).toBeLessThan(0.4);
    expect(c(dotted).alternatives.map((a) => a.label)).toEqual(['i', 'c']);
    // Print's specks are its paper's; a speck off to the side, or far above, doubts nothing.
    expect(c(withSpeckDots(line, [speck(85, 32)])).confidence).toBe(0.95);
    expect(c(withSpeckDots(line, [speck(70, 32)], [], true)).confidence).toBe(0.95);
    expect(c(withSpeckDots(line, [speck(85, 10)], [], true)).confidence).toBe(0.95);
    // Nor is a tall glyph (a digit) doubted by what stands over it.
    const one = withSpeckDots(line, [speck(8, 8)], [], true).find((s) => s.label === '1')!;
    expect(one.confidence).toBe(0.95);
  });
});

/** A 46 × 44 glyph mask whose only ink is a 6-column stem starting at column `x`. */
function stemAt(x: number): Uint8Array {
  const mask = new Uint8Array(46 * 44);
  for (let y = 0; y < 44; y += 1) for (let c = x; c < x + 6; c += 1) mask[y * 46 + c] = 1;
  return mask;
}
