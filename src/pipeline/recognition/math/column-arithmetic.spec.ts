import {
  columnExpression,
  columnRowBelow,
  columnRows,
  otherDigits,
  readRowsAsNumbers,
  ruleUnderLines,
} from './column-arithmetic';
import { compose } from './symbols';
import { Sym } from './symbols';

/** A symbol of a given label and box (the classifier's certainty is beside the point here). */
const sym = (label: string, x0: number, y0: number, w = 26, h = 44): Sym => ({
  label,
  box: { x0, y0, x1: x0 + w - 1, y1: y0 + h - 1 },
  confidence: 1,
  alternatives: [{ label, p: 1 }],
  parts: [],
});

/** Digits of a number ending at `right`, on the row starting at y. */
const number = (digits: string, right: number, y: number) =>
  [...digits].map((d, i) => sym(d, right - (digits.length - i) * 30, y));

describe('column arithmetic (竖式)', () => {
  const top = number('49', 200, 0);
  const bottom = [sym('+', 80, 60, 30, 30), ...number('76', 200, 50)];
  const rule = sym('bar', 70, 110, 140, 5);

  it('reads numbers stacked over a rule, the operator before the last, as one expression', () => {
    const rows = columnRows([top, bottom], [...top, ...bottom, rule]);
    expect(rows?.map((r) => r.map((s) => s.label).join(''))).toEqual(['49', '+76']);
  });

  it('leaves the answer a student wrote under the rule out', () => {
    const answer = number('125', 200, 130);
    const rows = columnRows([top, bottom, answer], [...top, ...bottom, rule, ...answer]);
    expect(rows).toHaveLength(2);
  });

  it('reads the marks of its number rows as digits (a handwritten 1 read as l)', () => {
    const upper = number('2000', 200, 0);
    const lower = [sym('bar', 60, 65, 30, 5), sym('l', 80, 50, 8), ...number('999', 200, 50)];
    const rows = columnRows([upper, lower], [...upper, ...lower, rule]);
    expect(rows).not.toBeNull();
    readRowsAsNumbers(rows!);
    expect(rows!.map((r) => r.map((s) => s.label).join(''))).toEqual(['2000', 'bar1999']);
  });

  it('reads three addends over a rule as one sum; more rows of another operator are not one', () => {
    const middle = number('386', 200, 50);
    const last = [sym('+', 80, 110, 30, 30), ...number('47', 200, 100)];
    const under = sym('bar', 70, 160, 140, 5);
    const rows = columnRows([top, middle, last], [...top, ...middle, ...last, under]);
    expect(rows?.map((r) => r.map((s) => s.label).join(''))).toEqual(['49', '386', '+47']);
    expect(
      columnExpression([
        { text: '49', latex: '49' },
        { text: '386', latex: '386' },
        { text: '+ 47', latex: '+ 47' },
      ]).text,
    ).toBe('49 + 386 + 47');
    const minus = [sym('bar', 80, 120, 30, 5), ...number('47', 200, 100)];
    expect(columnRows([top, middle, minus], [...top, ...middle, ...minus, under])).toBeNull();
  });

  it('is no column while a row of its glyphs is in none of its rows', () => {
    // A hand's middle row "386" run together into one blob, alone on its line, was dust.
    const last = [sym('+', 80, 110, 30, 30), ...number('47', 200, 100)];
    const under = sym('bar', 70, 160, 140, 5);
    const blob = sym('x', 110, 50, 90, 44);
    expect(columnRows([top, last], [...top, blob, ...last, under])).toBeNull();
    expect(columnRows([top, last], [...top, ...last, under])).not.toBeNull();
    // Or a top row "2342" in one blob right above the first row read; not a prompt's
    // characters, which stand apart.
    const middle = number('386', 200, 50);
    const above = sym('x', 90, -50, 110, 44);
    expect(columnRows([middle, last], [above, ...middle, ...last, under])).toBeNull();
    const prompt = [sym('计', 90, -50, 40, 44), sym('算', 140, -50, 40, 44)];
    expect(columnRows([middle, last], [...prompt, ...middle, ...last, under])).not.toBeNull();
  });

  it('lines decimals up on their points: a whole number over a decimal', () => {
    const whole = number('6926', 200, 0);
    const decimal = [
      sym('+', 60, 60, 30, 30),
      ...number('31', 200, 50),
      sym('dot', 202, 86, 8, 8),
      ...number('52', 272, 50),
    ];
    const under = sym('bar', 60, 110, 220, 5);
    const rows = columnRows([whole, decimal], [...whole, ...decimal, under]);
    expect(rows?.map((r) => r.map((s) => s.label).join(''))).toEqual(['6926', '+31dot52']);
  });

  it('leaves the rule out of the row whose band it fell into', () => {
    const close = sym('bar', 70, 96, 140, 4);
    const rows = columnRows([top, [...bottom, close]], [...top, ...bottom, close]);
    expect(rows?.map((r) => r.map((s) => s.label).join(''))).toEqual(['49', '+76']);
  });

  it('reads the rows so when the rule was cut off, unless something stands under them', () => {
    expect(columnRows([top, bottom], [...top, ...bottom])).toHaveLength(2);
    const answer = number('125', 200, 130);
    expect(columnRows([top, bottom, answer], [...top, ...bottom, ...answer])).toBeNull();
  });

  it('is not a system of equations, or numbers out of line', () => {
    const eq1 = [sym('x', 80, 0), sym('=', 120, 10, 26, 20), ...number('2', 200, 0)];
    const eq2 = [sym('y', 80, 50), sym('=', 120, 60, 26, 20), ...number('3', 200, 50)];
    expect(columnRows([eq1, eq2], [...eq1, ...eq2, rule])).toBeNull();
    const shifted = [sym('+', 20, 60, 30, 30), ...number('76', 120, 50)];
    expect(columnRows([top, shifted], [...top, ...shifted, rule])).toBeNull();
    // Decimals whose points the photo lost: 823.87 over − 163.6, the lower row ending a
    // digit and a point short of the upper one's right edge.
    const upper = number('82387', 200, 0);
    const lower = [sym('bar', 40, 65, 30, 5), ...number('1636', 164, 50)];
    expect(columnRows([upper, lower], [...upper, ...lower, rule])).toBeNull();
    const aligned = [sym('bar', 40, 65, 30, 5), ...number('1636', 200, 50)];
    expect(columnRows([upper, aligned], [...upper, ...aligned, rule])).not.toBeNull();
    // A comma in one row is its decimal point, lined up like one: 7464 over + 67,17 (a
    // speck read as a comma) is no sum of 7464 and 67.17.
    const speck = [
      sym('+', 40, 60, 30, 30),
      ...number('67', 140, 50),
      sym('comma', 142, 85, 6, 10),
      ...number('17', 210, 50),
    ];
    const whole = number('7464', 210, 0);
    expect(columnRows([whole, speck], [...whole, ...speck, rule])).toBeNull();
    // No operator in front of the last row: two numbers, not a sum.
    const plain = number('76', 200, 50);
    expect(columnRows([top, plain], [...top, ...plain, rule])).toBeNull();
  });
});

describe('a lower line that only a column has', () => {
  const digits = number('1837', 200, 50);
  const withParts = (label: string, x0: number, y0: number, w: number): Sym => ({
    ...sym(label, x0, y0, w, 5),
    parts: [
      {
        id: x0,
        box: { x0, y0, x1: x0 + w - 1, y1: y0 + 4 },
        area: 5 * w,
        mask: new Uint8Array(5 * w),
      },
    ],
  });

  it('opens with +, × or ±, or is a minus and digits', () => {
    expect(columnRowBelow([sym('+', 60, 60, 30, 30), ...digits])).toBe(true);
    expect(columnRowBelow([sym('bar', 60, 65, 30, 5), ...digits])).toBe(true);
    // Working under a problem: a minus and a term, or an equals sign and a number.
    expect(columnRowBelow([sym('bar', 60, 65, 30, 5), sym('x', 100, 50), sym('=', 130, 60)])).toBe(
      false,
    );
    const equals = compose('=', [withParts('bar', 60, 60, 30), withParts('bar', 60, 72, 40)]);
    expect(columnRowBelow([equals, ...digits])).toBe(false);
  });

  it('opens with a minus paired with the column\'s rule into an "=", whatever follows', () => {
    // 2767 over − 1837: the minus over the rule, 186 px against 25, read as an "=".
    const minusOverRule = compose('=', [
      withParts('bar', 20, 90, 25),
      withParts('bar', 10, 125, 186),
    ]);
    expect(columnRowBelow([minusOverRule, ...digits])).toBe(true);
    expect(columnRowBelow([minusOverRule, sym('w', 90, 50, 120)])).toBe(true);
  });
});

describe('ruleUnderLines', () => {
  const upper = number('92651', 200, 0);
  const lower = [sym('1', 40, 60, 10, 44), ...number('2357', 200, 60)];
  const lines = [upper, lower];

  it('finds a bar no line holds, under them all and as wide as most of them', () => {
    const rule = sym('bar', 30, 112, 175, 6);
    expect(ruleUnderLines(lines, [...upper, ...lower, rule])).toBe(true);
  });

  it('takes no short bar, no bar over a line and no bar a line holds for a rule', () => {
    expect(ruleUnderLines(lines, [...upper, ...lower, sym('bar', 150, 112, 40, 6)])).toBe(false);
    expect(ruleUnderLines(lines, [...upper, ...lower, sym('bar', 30, -12, 175, 6)])).toBe(false);
    const held = sym('bar', 30, 112, 175, 6);
    expect(ruleUnderLines([upper, [...lower, held]], [...upper, ...lower, held])).toBe(false);
  });
});

describe("a column digit's other readings", () => {
  const read = (label: string, alternatives: { label: string; p: number }[]): Sym => ({
    ...sym(label, 0, 0),
    confidence: alternatives[0].p,
    alternatives,
  });

  it('are digits only, the letters that make no column left out', () => {
    // 965 by hand read 969: its 5 read 9 0.67, o 0.17, 3 0.05, 5 0.05 — the letters had
    // taken the swaps the 3 and 5 needed.
    const nine = read('9', [
      { label: '9', p: 0.67 },
      { label: 'o', p: 0.17 },
      { label: '3', p: 0.05 },
      { label: '5', p: 0.05 },
    ]);
    expect(otherDigits(nine, true).map((a) => a.label)).toEqual(['3', '5']);
  });

  it("by hand take a contending letter as its shape's digit, once", () => {
    // 278 by hand read 238: its 7 read 3 0.61, z 0.37 (a 2 as much), 2 0.01.
    const three = read('3', [
      { label: '3', p: 0.61 },
      { label: 'z', p: 0.37 },
      { label: '2', p: 0.01 },
    ]);
    expect(otherDigits(three, true)).toEqual([{ label: '2', p: 0.37 }]);
    // In print a letter is the font's look-alike; and a faint letter contends with nothing.
    expect(otherDigits(three, false)).toEqual([{ label: '2', p: 0.01 }]);
    const faint = read('3', [
      { label: '3', p: 0.9 },
      { label: 'z', p: 0.08 },
    ]);
    expect(otherDigits(faint, true)).toEqual([]);
  });
});
