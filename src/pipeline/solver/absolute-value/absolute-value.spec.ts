import { parseProblemText } from '../problem-parser';
import { solveAndCheck } from '../solve';
import { checkSolution } from '../check';

const solve = (text: string) => solveAndCheck(parseProblemText(text).problem);
const values = (text: string) => solve(text).answer.values.map((v) => v.value);

describe('absolute value equations and inequalities', () => {
  // Worked by hand: the numbers at distance c, between or beyond ±c.
  it.each([
    ['|x - 3| = 5', ['-2', '8']],
    ['2|x - 1| + 3 = 7', ['-1', '3']],
    ['|x| + 4 = 1', []],
    ['|2x - 6| = 0', ['3']],
    ['|x + 1| = 2x - 1', ['2']],
    ['|x - 1| = |2x + 3|', ['-4', '-2/3']],
    ['|2x + 1| < 7', ['(-4, 3)']],
    ['|x - 2| >= 3', ['(-inf, -1] U [5, inf)']],
    ['|3 - x| <= 0', ['[3, 3]']],
    ['|x - 4| > -2', ['all real numbers']],
    ['|x + 5| < -1', []],
    ['-|x - 1| > -2', ['(-1, 3)']],
  ])('%s → %j', (text, expected) => {
    expect(parseProblemText(text).kind).toBe('absolute_value');
    expect(values(text)).toEqual(expected);
  });

  it('keeps |A| = B roots only where B is not negative', () => {
    const s = solve('|x + 1| = 2x - 1');
    const check = s.steps.find((step) => step.action.type === 'abs_check')!.action;
    expect(check).toMatchObject({ kept: ['2'], rejected: ['0'] });
  });

  it('the check catches a missing root, an extra root and a wrong interval', () => {
    const eq = parseProblemText('|x - 3| = 5').problem;
    const right = solve('|x - 3| = 5');
    const only = (vs: string[]) => ({
      ...right,
      answer: { ...right.answer, values: vs.map((value) => ({ variable: 'x', value })) },
    });
    expect(() => checkSolution(eq, only(['8']))).toThrow(/claimed/);
    expect(() => checkSolution(eq, only(['-2', '8', '3']))).toThrow(/claimed/);
    const ineq = parseProblemText('|2x + 1| < 7').problem;
    const set = solve('|2x + 1| < 7');
    for (const wrong of ['(-4, 4)', '[-4, 3)', '(-inf, -4) U (3, inf)'])
      expect(() =>
        checkSolution(ineq, {
          ...set,
          answer: { ...set.answer, values: [{ variable: 'x', value: wrong }] },
        }),
      ).toThrow();
  });

  it('refuses what it cannot explain', () => {
    expect(() => solve('|x^2 - 4| = 5')).toThrow(/non-linear/);
    expect(() => solve('|x - 1| + |x + 1| = 4')).toThrow(/more than one/);
    expect(() => solve('|x - 1| < x')).toThrow(/both sides/);
    expect(() => solve('|x| = x')).toThrow(/whole stretch/);
    expect(() => solve('|2x - 4| = 4 - 2x')).toThrow(/whole stretch/);
  });
});
