import { parseProblemText } from '../problem-parser';
import { solveAndCheck } from '../solve';
import { checkSolution } from '../check';

const solve = (text: string) => solveAndCheck(parseProblemText(text).problem);

describe('quadratic inequalities', () => {
  it.each([
    ['x^2 - 5x + 6 > 0', '(-inf, 2) U (3, inf)'],
    ['x^2 - 5x + 6 <= 0', '[2, 3]'],
    ['-x^2 + 4 > 0', '(-2, 2)'],
    ['2x^2 >= 8', '(-inf, -2] U [2, inf)'],
    ['x^2 - 2x - 1 < 0', '(1 - sqrt(2), 1 + sqrt(2))'],
    ['(x - 1)^2 > 0', '(-inf, 1) U (1, inf)'],
    ['(x - 1)^2 <= 0', '[1, 1]'],
    ['x^2 + 1 > 0', 'all real numbers'],
    ['x^2 < x', '(0, 1)'],
  ])('%s → %s', (text, value) => {
    const s = solve(text);
    expect(s.answer.values.map((v) => v.value)).toEqual([value]);
    expect(s.check?.method).toBe('boundary_and_test_points');
  });

  it('has no solution when the parabola never goes below', () => {
    expect(solve('x^2 + 1 < 0')).toMatchObject({ outcome: 'no_solution', answer: { values: [] } });
  });

  it.each([
    ['x^2 - 5x + 6 > 0', '(2, 3)', /test point/],
    ['x^2 - 5x + 6 > 0', '(-inf, 2] U [3, inf)', /wrongly included/],
    ['x^2 - 5x + 6 > 0', '(-inf, 1) U (3, inf)', /not a root/],
    ['x^2 + 1 > 0', '(-inf, 0) U (0, inf)', /not a root|test point/],
  ])('the check rejects %s answered as %s', (text, value, why) => {
    const problem = parseProblemText(text).problem;
    const right = solve(text);
    const tampered = { ...right, answer: { ...right.answer, values: [{ variable: 'x', value }] } };
    expect(() => checkSolution(problem, tampered)).toThrow(why);
  });
});
