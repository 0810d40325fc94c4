import { hypotheses, isMathWord, safeNormalize } from './ocr-hypotheses';

describe('OCR text normalisation', () => {
  it.each([
    ['Solve for x: 5X/2 + 2 = 3x/2 + 1O', 'Solve for x: 5x/2 + 2 = 3x/2 + 10'],
    ['解方程：x2 — 5x + 6 = 0', '解方程：x^2 - 5x + 6 = 0'],
    ['2X 十 y 二 7, X 一 y 二 2', '2x + y = 7, x - y = 2'],
    ['72 ÷ 4 -— 8', '72 ÷ 4 - 8'],
    ['6(x + 1) -=3(x - 1)', '6(x + 1) -3(x - 1)'],
    ['(xx + 3)/4', '(x + 3)/4'],
    ['f(x) = 1n(x) + In(x)', 'f(x) = ln(x) + ln(x)'],
  ])('%j → %j', (raw, expected) => expect(safeNormalize(raw)).toBe(expected));

  it('keeps a Chinese prompt and its colon', () => {
    expect(safeNormalize('求导：f(x) = x3')).toBe('求导：f(x) = x^3');
  });

  it('tries × first for an x between numbers in a calculation', () => {
    expect(hypotheses('Compute: 7X3 + 2')[0]).toBe('Compute: 7 × 3 + 2');
  });

  it('offers the formula alone when the prompt was misread', () => {
    expect(hypotheses('RATE. 7x - 8 = -36')).toContain('7x - 8 = -36');
  });

  it.each([
    ['RATE.', false],
    ['H&E:', false],
    ['x', true],
    ['(x+3)/4', true],
    ['=', true],
    ['Solve', false],
  ])('isMathWord(%j) = %s', (w, expected) => expect(isMathWord(w)).toBe(expected));
});
