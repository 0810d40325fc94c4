import { numberLine } from './page-lines';

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
