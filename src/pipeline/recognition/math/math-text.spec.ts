import {
  dashesBetweenDigits,
  dotsBeginningNothing,
  dotsBetweenDigits,
  pointsEndingNothing,
  readFormula,
  strayDots,
} from './math-text';
import { MathNode } from './structure';

/** A symbol node of a given label and box. */
const node = (label: string, x0: number, y0: number, w: number, h: number): MathNode => {
  const box = { x0, y0, x1: x0 + w - 1, y1: y0 + h - 1 };
  return { kind: 'sym', box, sym: { label, box, confidence: 1, alternatives: [], parts: [] } };
};

// Digits 40 px tall over and under a bar 6 px thick: a fraction 100 px tall.
const fraction = (top: string, bottom: string, x0: number, w: number): MathNode => {
  const bar = { x0, y0: 47, x1: x0 + w - 1, y1: 52 };
  return {
    kind: 'frac',
    num: [node(top, x0 + 5, 0, 30, 40)],
    den: [node(bottom, x0 + 5, 60, 30, 40)],
    bar: { label: 'bar', box: bar, confidence: 1, alternatives: [], parts: [] },
    box: { x0, y0: 0, x1: x0 + w - 1, y1: 99 },
  };
};

describe('a dot that may be a piece of the glyph beside it', () => {
  const seven = node('7', 105, 16, 28, 47);
  const five = node('5', 142, 21, 31, 41);

  it("is a stroke-shaped dot touching a neighbour's box, also read as nothing", () => {
    // A hand's 775 whose 5 lost the end of its bowl: 14 × 7 px, reaching into the 7's box.
    const piece = node('dot', 127, 59, 14, 7);
    const row = [node('7', 78, 16, 28, 47), seven, piece, five];
    expect(strayDots(row)).toEqual([piece.kind === 'sym' && piece.sym]);
    const overrides = new Map(strayDots(row).map((s) => [s, 'stray']));
    expect(readFormula(row).text).toBe('77.5');
    expect(readFormula(row, overrides).text).toBe('775');
  });

  it("is one the photo's blur left a column or two clear of its glyph's box", () => {
    // A hand's 675 out of CROHME: the 5's tail, 9 × 4 px at its foot, one column clear.
    const six = node('6', 55, 74, 33, 36);
    const seven7 = node('7', 95, 79, 25, 33);
    const tail = node('dot', 124, 116, 10, 5);
    const five5 = node('5', 135, 76, 27, 44);
    expect(strayDots([six, seven7, tail, five5])).toEqual([tail.kind === 'sym' && tail.sym]);
    // Under a fraction's bar as on the line: 7/675.
    const frac: MathNode = {
      kind: 'frac',
      num: [node('7', 94, 3, 44, 45)],
      den: [six, seven7, tail, five5],
      bar: { label: 'bar', box: { x0: 44, y0: 58, x1: 184, y1: 70 } } as never,
      box: { x0: 44, y0: 3, x1: 184, y1: 120 },
    };
    expect(strayDots([node('bar', 3, 56, 34, 5), frac])).toEqual([tail.kind === 'sym' && tail.sym]);
  });

  it('leaves a dash a column past the digit before it a point: 1.2', () => {
    const one = node('1', 159, 12, 30, 45);
    const point = node('dot', 190, 53, 9, 4);
    expect(strayDots([one, point, node('2', 215, 19, 33, 43)])).toEqual([]);
  });

  it('is looked for under a long-division bracket too', () => {
    const piece = node('dot', 127, 59, 14, 7);
    const body = [node('7', 78, 16, 28, 47), seven, piece, five];
    const sign = { label: '√', box: { x0: 60, y0: 5, x1: 180, y1: 70 } };
    const bracket: MathNode = {
      kind: 'sqrt',
      body,
      sign: { ...sign, confidence: 1, alternatives: [], parts: [] },
      box: sign.box,
    };
    expect(strayDots([node('8', 0, 16, 28, 47), bracket])).toEqual([
      piece.kind === 'sym' && piece.sym,
    ]);
  });

  it('leaves a round point, or one standing apart, a point', () => {
    expect(strayDots([seven, node('dot', 128, 56, 7, 7), five])).toEqual([]);
    expect(strayDots([seven, node('dot', 136, 59, 4, 2), node('5', 150, 21, 31, 41)])).toEqual([]);
  });

  it("is the tip of a 2's foot a column past it, wider than tall (21 × 20 read 21 × 2.0)", () => {
    // The 2 of 20 (33 × 51 px), its foot's tip 10 × 7 px one column clear, a 0 after.
    const two = node('2', 169, 13, 33, 51);
    const tip = node('dot', 203, 57, 10, 7);
    const zero = node('0', 216, 22, 32, 37);
    expect(strayDots([two, tip, zero])).toEqual([tip.kind === 'sym' && tip.sym]);
    // A round point there stays a point (2.9999), and so does a flat one after another digit.
    expect(strayDots([two, node('dot', 203, 57, 7, 7), zero])).toEqual([]);
    expect(strayDots([node('3', 169, 13, 33, 51), tip, zero])).toEqual([]);
  });
});

describe("a hand's point up at the digits' middle", () => {
  const four = node('4', 119, 12, 25, 44);
  const four2 = node('4', 171, 17, 24, 46);
  const sym = (n: MathNode) => (n.kind === 'sym' ? n.sym : null)!;
  const dashes = (row: MathNode[]) => dashesBetweenDigits(row, new Set(dotsBetweenDigits(row)));

  it('is also read as a minus when it is a dash half again as wide as tall (4 − 4)', () => {
    const dash = node('dot', 152, 32, 13, 7);
    expect(dashes([four, dash, four2])).toEqual([sym(dash)]);
  });

  it('stays a point when round, or when it sits on the baseline', () => {
    expect(dashes([four, node('dot', 152, 32, 7, 7), four2])).toEqual([]);
    expect(dashes([four, node('dot', 152, 55, 13, 7), four2])).toEqual([]);
  });
});

describe('points that end no number', () => {
  const sym = (n: MathNode) => (n.kind === 'sym' ? n.sym : null)!;
  const one = (x: number) => node('1', x, 20, 8, 40);
  const plus = node('+', 40, 30, 20, 20);

  it('are the points on the baseline after a digit with no digit or letter after them', () => {
    // "1. + 1": a blot at the 1's foot; "1.5" keeps its point; a dot up at the middle before
    // a bracket is no blot to drop.
    const blot = node('dot', 10, 55, 5, 5);
    expect(pointsEndingNothing([one(0), blot, plus, one(70)].map(sym))).toEqual([sym(blot)]);
    expect(pointsEndingNothing([one(0), blot, node('5', 18, 20, 20, 40)].map(sym))).toEqual([]);
    const middle = node('dot', 10, 38, 5, 5);
    const bracket = node(')', 20, 15, 10, 50);
    expect(pointsEndingNothing([one(0), middle, bracket].map(sym))).toEqual([]);
    expect(pointsEndingNothing([one(0), blot].map(sym))).toEqual([sym(blot)]);
  });
});

describe('dots where no number or product begins', () => {
  const sym = (n: MathNode) => (n.kind === 'sym' ? n.sym : null)!;
  const plus = node('+', 0, 30, 20, 20);
  const one = node('1', 32, 20, 8, 40);
  const x = node('x', 32, 30, 30, 30);

  it('are small dots against the glyph after an operator, bracket or the line start', () => {
    // "+ ·1": a 1's flag come off it, high up; "+ .x": an x's arc broken off, at any height.
    const flag = node('dot', 26, 22, 6, 5);
    expect(dotsBeginningNothing([plus, flag, one].map(sym))).toEqual([sym(flag)]);
    const arc = node('dot', 28, 50, 4, 9);
    expect(dotsBeginningNothing([plus, arc, x].map(sym))).toEqual([sym(arc)]);
    expect(dotsBeginningNothing([node('(', 0, 10, 10, 60), arc, x].map(sym))).toEqual([sym(arc)]);
    expect(dotsBeginningNothing([arc, x].map(sym))).toEqual([sym(arc)]);
  });

  it("takes a hand's dot against a digit's foot for its piece, and leaves print's", () => {
    // A 1's flag reaching down to its foot, one column clear of it; print may set ".5" so.
    const foot = node('dot', 29, 52, 5, 6);
    expect(dotsBeginningNothing([plus, foot, one].map(sym), true)).toEqual([sym(foot)]);
    expect(dotsBeginningNothing([plus, foot, one].map(sym))).toEqual([]);
  });

  it('leaves a point on the baseline before a digit, a dot after an operand, and big or far marks', () => {
    const point = node('dot', 25, 54, 5, 5); // "+ .5", two columns clear of the digit
    expect(dotsBeginningNothing([plus, point, one].map(sym))).toEqual([]);
    expect(dotsBeginningNothing([plus, point, one].map(sym), true)).toEqual([]);
    const flag = node('dot', 26, 22, 6, 5);
    expect(dotsBeginningNothing([node('2', 0, 20, 20, 40), flag, one].map(sym))).toEqual([]);
    expect(dotsBeginningNothing([plus, node('dot', 22, 22, 6, 5), one].map(sym))).toEqual([]);
    expect(dotsBeginningNothing([plus, node('dot', 15, 22, 17, 17), one].map(sym))).toEqual([]);
  });
});

describe('dots between digits', () => {
  const zero = node('0', 0, 20, 26, 40);
  const nine = node('9', 40, 20, 26, 40);

  it('finds a dot between two digits at their middle or foot, a point by hand', () => {
    const middle = node('dot', 30, 38, 5, 5);
    expect(dotsBetweenDigits([zero, middle, nine])).toEqual([middle.kind === 'sym' && middle.sym]);
    const foot = node('dot', 30, 55, 5, 5);
    expect(dotsBetweenDigits([zero, foot, nine])).toHaveLength(1);
    // A hand's 9 read q is a digit's look-alike: the line decides.
    const q = node('q', 40, 20, 26, 40);
    if (q.kind === 'sym')
      q.sym.alternatives = [
        { label: 'q', p: 0.91 },
        { label: '9', p: 0.09 },
      ];
    expect(dotsBetweenDigits([zero, middle, q])).toHaveLength(1);
  });

  it("leaves a dot beside a letter, and one up in the glyphs' top quarter (a piece of one)", () => {
    const middle = node('dot', 30, 38, 5, 5);
    expect(dotsBetweenDigits([zero, middle, node('x', 40, 32, 24, 28)])).toEqual([]);
    expect(dotsBetweenDigits([zero, node('dot', 30, 14, 5, 5), nine])).toEqual([]);
  });
});

describe('fractions side by side', () => {
  it('are their product when their bars stand apart (½ · ¼ · ⅛ by hand)', () => {
    const row = [
      fraction('1', '2', 0, 40),
      fraction('1', '4', 70, 40),
      fraction('1', '8', 140, 40),
    ];
    expect(readFormula(row).text).toBe('(1/2) (1/4) (1/8)');
  });

  it('stay as read when their bars nearly meet: one bar the pen broke, read as two', () => {
    const row = [fraction('1', '3', 0, 40), fraction('2', '4', 48, 40)];
    expect(readFormula(row).text).toBe('1/3 2/4');
  });
});

describe('a dot raised to the middle between two glyphs', () => {
  const three = node('3', 0, 20, 28, 44);
  const two = node('2', 60, 20, 28, 44);

  it('is a product when round, and a short minus when twice as wide as tall', () => {
    expect(readFormula([three, node('dot', 40, 39, 6, 6), two]).text).toBe('3*2');
    expect(readFormula([three, node('dot', 38, 40, 11, 5), two]).text).toBe('3 - 2');
    // Against the glyph after it, it may be a piece of that glyph (a 1's flag): no minus.
    expect(readFormula([three, node('dot', 47, 40, 11, 5), two]).text).toBe('3*2');
  });

  it('is no minus beside a fraction, whose bar it may be a piece of', () => {
    const half = fraction('1', '2', 0, 30);
    const dash = node('dot', 31, 48, 10, 4);
    expect(
      readFormula([node('3', -40, 30, 28, 44), half, dash, node('2', 50, 30, 28, 44)]).text,
    ).not.toContain(' - ');
  });
});
