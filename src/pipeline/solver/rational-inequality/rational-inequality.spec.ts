import { parseProblemText } from '../problem-parser';
import { solveAndCheck } from '../solve';
import { checkSolution } from '../check';

const solve = (text: string) => solveAndCheck(parseProblemText(text).problem);

describe('rational inequalities (分式不等式) with a sign chart', () => {
  // Worked by hand: one fraction against 0, signs of the linear factors stretch by stretch.
  it.each([
    ['(x-1)/(x+2) > 0', '(-inf, -2) U (1, inf)'],
    ['(x-3)/(x+1) <= 0', '(-1, 3]'],
    ['1/(x-2) < 1', '(-inf, 2) U (3, inf)'],
    ['(2x-1)/(x+3) >= 1', '(-inf, -3) U [4, inf)'],
    ['x/(x-1) > 2', '(1, 2)'],
    ['(x^2-4)/(x-1) < 0', '(-inf, -2) U (1, 2)'],
    ['3/(x+1) <= -1', '[-4, -1)'],
    ['(x-2)^2/(x+1) >= 0', '(-1, inf)'],
  ])('%s → %s', (text, expected) => {
    expect(parseProblemText(text).kind).toBe('rational_inequality');
    expect(solve(text).answer.values).toEqual([{ variable: 'x', value: expected }]);
  });

  it('draws the sign chart as a table: zeros across the top, a row per factor', () => {
    const chart = solve('(x^2-4)/(x-1) < 0').steps.find((s) => s.action.type === 'sign_chart')!;
    expect(chart.action).toMatchObject({ points: ['-2', '1', '2'] });
    expect(chart.latex).toMatch(/^\\begin\{array\}\{c\|c{7}\}/);
    expect(chart.latex).toContain('\\times'); // the denominator's zero
  });

  it('the check catches a wrong stretch and a denominator zero put in the set', () => {
    const problem = parseProblemText('(x-3)/(x+1) <= 0').problem;
    const right = solve('(x-3)/(x+1) <= 0');
    for (const wrong of ['[-1, 3]', '(-1, 3)', '(-inf, -1) U [3, inf)'])
      expect(() =>
        checkSolution(problem, {
          ...right,
          answer: { ...right.answer, values: [{ variable: 'x', value: wrong }] },
        }),
      ).toThrow();
  });

  it('refuses factors it cannot put in a sign chart', () => {
    expect(() => solve('1/(x^2 + 1) > 0')).toThrow(/not linear/);
  });
});
