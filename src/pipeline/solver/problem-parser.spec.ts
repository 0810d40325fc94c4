import { NoMathFoundError, parseProblemText } from './problem-parser';
import { UnsupportedProblemError, WrittenResultError } from './errors';

describe('reading problem text', () => {
  it.each([
    ['Solve for x: 5x/2 + 2 = 3x/2 + 10', 'linear_equation'],
    ['解方程：x² - 5x + 6 = 0', 'quadratic_equation'],
    ['2x + y = 7, x - y = 2', 'linear_system'],
    ['解方程组：2x + y = 7；x − y = 2', 'linear_system'],
    ['Compute: (3/4 + 1/6) × 12 − 2³', 'arithmetic'],
    ['计算：1/2 + 1/3 = ?', 'arithmetic'],
    ['求导：f(x) = x³ + 2sin(x)', 'derivative'],
    ['Find the derivative of f(x) = x^2', 'derivative'],
    ['解不等式：3x - 5 > 7', 'linear_inequality'],
    ['化简：3(x+2) - 2(x-1)', 'simplify'],
    ['展开：(x+3)(x-2)', 'expand'],
    ['(x+3)(x-2)', 'expand'],
    ['3x + 2x - 5', 'simplify'],
    ['3(x-2)=2x+5', 'linear_equation'],
  ])('%s is %s', (text, kind) => {
    expect(parseProblemText(text).kind).toBe(kind);
  });

  it.each([
    ['2x + y = 7\nx - y = 2', 'linear_system'],
    ['解方程组：\n2x + y = 7\nx − y = 2', 'linear_system'],
    ['Solve\n2x = 4', 'linear_equation'],
    ['3x + 2\n= 8', 'linear_equation'],
  ])('reads a problem written over several lines: %j is %s', (text, kind) => {
    expect(parseProblemText(text).kind).toBe(kind);
  });

  it.each(['', 'hello world', '今天天气很好', ':::'])('finds no math in %j', (text) => {
    expect(() => parseProblemText(text)).toThrow(NoMathFoundError);
  });

  it.each(['x + y = 3', 'x^5 = 32', 'x^3 > 4', 'Compute: 3x + 2', '1 < x < 3'])(
    'refuses %j as unsupported',
    (text) => {
      expect(() => parseProblemText(text)).toThrow(UnsupportedProblemError);
    },
  );

  it.each([
    ['3 + 2 x 2 =', 'arithmetic'],
    ['50 ÷ (5 + 5)x4 =', 'arithmetic'],
    // Before a bracket, or beside another letter, x is the unknown.
    ['2x(3 + 1)', 'expand'],
    ['(x + 1)x(x - 1)', 'expand'],
  ])('reads an x between numbers as the times sign: %j is %s', (text, kind) => {
    expect(parseProblemText(text).kind).toBe(kind);
  });

  it('keeps the prompt for the board and the math in LaTeX', () => {
    expect(parseProblemText('Solve for x: 5x/2 + 2 = 3x/2 + 10')).toMatchObject({
      text: 'Solve for x: 5x/2 + 2 = 3x/2 + 10',
      latex: '\\frac{5x}{2} + 2 = \\frac{3x}{2} + 10',
    });
  });

  it('reads a calculation written with its result as that calculation, the result checked', () => {
    for (const text of ['1/3 × 1/4 = 1/12', '75 ÷ (75 + 25) = 75 ÷ 100 = 75%', '5 × 3 × 4 = 60']) {
      const parsed = parseProblemText(text);
      expect(parsed.kind).toBe('arithmetic');
      expect(parsed.task).toBe('compute');
    }
    expect(parseProblemText('1/3 × 1/4 = 1/12').latex).toBe(parseProblemText('1/3 × 1/4').latex);
    // A result it does not come to is refused, typed or photographed: no problem is guessed.
    expect(() => parseProblemText('2 + 2 = 5')).toThrow(WrittenResultError);
    expect(() => parseProblemText('75 ÷ (75 + 25) = 75 ÷ 10 = 75%', undefined, true)).toThrow(
      /comes to 3\/4, not 75 ÷ 10/,
    );
    // A unit in brackets after the result names what was counted (a student's working).
    expect(parseProblemText('3.14 × 40 = 125.6 (cm^2)').latex).toBe(
      parseProblemText('3.14 × 40').latex,
    );
    expect(() => parseProblemText('30 - 3 = 28 (cm)')).toThrow(WrittenResultError);
    // With an unknown on either side it is an equation.
    expect(parseProblemText('2 + 2 = x').kind).toBe('linear_equation');
  });
});
