import { parseProblemText } from '../problem-parser';
import { solveAndCheck } from '../solve';
import { checkSolution } from '../check';

const solve = (text: string) => solveAndCheck(parseProblemText(text).problem);

describe('rational expressions (分式化简): factor, cancel, state the restrictions', () => {
  // Worked by hand: (x + 1)(x − 1)/(x + 1) = x − 1, and so on.
  it.each([
    ['Simplify: (x^2-1)/(x+1)', 'x - 1', 'x - 1\\quad (x \\ne -1)'],
    ['化简：(x^2 - 4)/(x^2 + 4x + 4)', '(x - 2)/(x + 2)', '\\frac{x - 2}{x + 2}\\quad (x \\ne -2)'],
    ['Simplify: (2x+6)/(x^2+3x)', '2/x', '\\frac{2}{x}\\quad (x \\ne 0, \\; x \\ne -3)'],
    [
      '化简：(x^2-x-6)/(9-x^2)',
      '-(x + 2)/(x + 3)',
      '-\\frac{x + 2}{x + 3}\\quad (x \\ne -3, \\; x \\ne 3)',
    ],
    [
      '化简：1/(x-1) - 1/(x+1)',
      '2/((x - 1)*(x + 1))',
      '\\frac{2}{\\left(x - 1\\right)\\left(x + 1\\right)}\\quad (x \\ne 1, \\; x \\ne -1)',
    ],
  ])('%s = %s', (text, value, latex) => {
    expect(parseProblemText(text).kind).toBe('rational_expression');
    const s = solve(text);
    expect(s.answer).toEqual({ latex, values: [{ variable: '', value }] });
  });

  it('adds over the lowest common denominator, then cancels what is shared', () => {
    const s = solve('Simplify: (x^2+2x+1)/(x+1) + 1/x');
    expect(s.steps.map((x) => x.action.type)).toEqual([
      'fraction_common_denominator',
      'fraction_factor',
      'fraction_cancel',
    ]);
    expect(s.steps[2].action).toMatchObject({ factors: ['x + 1'] });
    expect(s.answer.values[0].value).toBe('(x^2 + x + 1)/x');
  });

  it('the check catches an unequal answer and one not in lowest terms', () => {
    const problem = parseProblemText('Simplify: (x^2-1)/(x+1)').problem;
    const right = solve('Simplify: (x^2-1)/(x+1)');
    const tamper = (value: string) => () =>
      checkSolution(problem, {
        ...right,
        answer: { ...right.answer, values: [{ variable: '', value }] },
      });
    expect(tamper('x - 1')).not.toThrow();
    expect(tamper('x + 1')).toThrow();
    expect(tamper('(x^2 - 2x + 1)/(x - 1)')).toThrow(/share a factor/);
  });

  it('a polynomial with no letter in a denominator is still simplified as before', () => {
    expect(parseProblemText('Simplify: (x^2 - 1)/2').kind).toBe('simplify');
  });
});
