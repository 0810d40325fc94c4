import { solveText } from './solve-text';
import { settledByItsResult } from './worked-result';

/** The real parser and solver: a line of working stands when it solves (its sides agree). */
const tried: string[] = [];
async function holds(text: string): Promise<boolean> {
  tried.push(text);
  try {
    solveText(text, undefined, true);
    return true;
  } catch {
    return false;
  }
}

describe('settledByItsResult (a line of working checks its own unsure symbols)', () => {
  beforeEach(() => (tried.length = 0));

  it('settles a digit, an operator or a point no rival of which keeps the line equal', async () => {
    expect(await settledByItsResult('5 + 2 + 4 + 4 + 3 = 18', ['4'], holds)).toBe(true);
    // Every place the unsure symbol's text stands is tried: both 4s, every other digit and none.
    expect(tried).toContain('5 + 2 + 4 + 4 + 3 = 18'.replace(/4 \+ 3/, '5 + 3'));
    expect(tried).toContain('5 + 2 +  + 4 + 3 = 18');
    expect(await settledByItsResult('(112 ÷ 2)/(126 ÷ 2) = 56/63', ['6'], holds)).toBe(true);
    expect(await settledByItsResult('2 + 1 + 1 + 1 = 2 + (1 + 1 + 1) = 3 + 2', ['+'], holds)).toBe(
      true,
    );
    expect(await settledByItsResult('1.5 + 1.5 = 3', ['.'], holds)).toBe(true);
    expect(await settledByItsResult('计算: 7 + 5 = 12', ['7'], holds)).toBe(true);
  });

  it('leaves the doubt where another symbol in its place also holds', async () => {
    // 2 × 2 = 4 as well, and 2 × (1 + 1) = 4.
    expect(await settledByItsResult('2 + 2 = 4', ['+'], holds)).toBe(false);
    expect(await settledByItsResult('2 + 1 + 1 = 2 + (1 + 1) = 3 + 1', ['+'], holds)).toBe(false);
    // One of the 1s may be a fleck: 1 = (1)(1) holds too.
    expect(await settledByItsResult('1 = 1(1)(1)', ['1'], holds)).toBe(false);
    // 6 × 0 = 0 and 7 × 0 = 0: a zero settles nothing.
    expect(await settledByItsResult('6 × 0 = 0', ['6'], holds)).toBe(false);
  });

  it('judges only lines of numbers, digits, operators and points', async () => {
    // n may be read 4: the n that solves the equation holds as well as the digit.
    expect(await settledByItsResult('5 + 2 + n + 4 + 3 = 18', ['4'], holds)).toBe(false);
    // No result written: nothing to check against.
    expect(await settledByItsResult('50 ÷ (5 + 5) × 4 =', ['4'], holds)).toBe(false);
    expect(await settledByItsResult('50 ÷ (5 + 5) × 4', ['4'], holds)).toBe(false);
    // A bracket's misread regroups the line; a minus may be a fraction's bar.
    expect(await settledByItsResult('(2 + 3) × 2 = 10', ['('], holds)).toBe(false);
    expect(await settledByItsResult('1/4 = -3/4 + 1', ['−'], holds)).toBe(false);
    expect(tried).toEqual([]);
  });

  it('does not hold for a line whose sides differ as read', async () => {
    expect(await holds('5 + 2 + 4 + 4 + 3 = 19')).toBe(false);
  });
});
