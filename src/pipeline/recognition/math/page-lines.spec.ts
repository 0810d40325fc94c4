import { linesApart, numberLine, substantialBands } from './page-lines';
import { Sym } from './symbols';

describe('numberLine (a number where a prompt would stand)', () => {
  it('is a number of two digits or more, operators and points among them', () => {
    expect(numberLine('5426')).toBe(true);
    expect(numberLine('7344.5')).toBe(true);
    expect(numberLine('+ 31.52')).toBe(true);
    expect(numberLine('1 2')).toBe(true);
    expect(numberLine('$634.88')).toBe(true);
  });

  it("is not a problem's own number, a lone digit, or prose", () => {
    expect(numberLine('12.')).toBe(false);
    expect(numberLine('3、')).toBe(false);
    expect(numberLine('(3)')).toBe(false);
    expect(numberLine('7')).toBe(false);
    expect(numberLine('计算 25')).toBe(false);
    expect(numberLine('Solve 2x')).toBe(false);
  });
});

/** A symbol read `label` at belief `p`, w × h px from (x0, y0). */
const sym = (label: string, x0: number, y0: number, w: number, h: number, p = 1): Sym => ({
  label,
  box: { x0, y0, x1: x0 + w - 1, y1: y0 + h - 1 },
  confidence: p,
  alternatives: [{ label, p }],
  parts: [],
});

describe('substantialBands (lines of the page, dust left out)', () => {
  const top = [...'4585'].map((d, i) => sym(d, 80 + 25 * i, 0, 22, 44));

  it("keeps a line whose glyphs ran into one blob (a column's lower row), and drops a speck's", () => {
    // − 2022 under 4585, the 2022 written in one stroke: a blob 125 px wide, 44 tall.
    const row = [sym('bar', 20, 95, 25, 6), sym('a', 60, 76, 125, 44)];
    expect(substantialBands([...top, ...row])).toHaveLength(2);
    const dust = [sym('bar', 20, 95, 25, 6), sym('dot', 60, 96, 5, 5)];
    expect(substantialBands([...top, ...dust])).toHaveLength(1);
  });

  it('keeps a short formula written alone, its small letter or minus under the tall glyph', () => {
    // "3m": an m of x-height beside a 3, nothing else on the page.
    const threeM = [sym('3', 0, 0, 34, 48), sym('m', 58, 22, 49, 18)];
    expect(substantialBands(threeM)).toEqual([threeM]);
    // "−7": a minus beside a 7.
    const minusSeven = [sym('bar', 0, 20, 20, 4), sym('7', 30, 0, 26, 44)];
    expect(substantialBands(minusSeven)).toEqual([minusSeven]);
    // A glyph with a speck by it is still no formula.
    expect(substantialBands([sym('3', 0, 0, 34, 48), sym('dot', 50, 40, 5, 5)])).toEqual([]);
  });
});

describe('linesApart (lines written close together, read one by one)', () => {
  const upper = [...'3n+2'].map((g, i) => sym(g, 25 * i, 0, 22, 44));
  const lower = [...'a7z'].map((g, i) => sym(g, 25 * i, 60, 22, 44));

  it('are the lines of two glyphs and more', () => {
    expect(linesApart([...upper, ...lower])).toHaveLength(2);
  });

  it('are none where a line holds a blob three glyphs wide the classifier hardly knows', () => {
    // A fraction bar run into its denominator's brackets, read m at 0.02, under a numerator.
    const fused = [sym('m', 0, 60, 160, 70, 0.02), sym('2', 40, 80, 22, 44)];
    expect(linesApart([...upper, ...fused])).toBeNull();
    // Read surely, or a glyph's width, it is a line's glyph.
    expect(
      linesApart([...upper, sym('m', 0, 60, 160, 70, 0.9), sym('2', 40, 80, 22, 44)]),
    ).toHaveLength(2);
    expect(
      linesApart([...upper, sym('m', 0, 60, 60, 44, 0.02), sym('2', 70, 60, 22, 44)]),
    ).toHaveLength(2);
  });
});
