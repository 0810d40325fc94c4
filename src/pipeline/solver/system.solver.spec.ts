import { answerStrings, solveFromText } from './solver.test-helpers';

describe('systems of two linear equations', () => {
  it.each([
    ['2x + y = 7, x - y = 2', ['x=3', 'y=1']],
    ['3x + 2y = 12; 2x - 3y = -5', ['x=2', 'y=3']],
    ['x + y = 10, x - y = 4', ['x=7', 'y=3']],
    ['解方程组：x = 2y, x + y = 9', ['x=6', 'y=3']],
    ['x/2 + y/3 = 4, x - y = 3', ['x=6', 'y=3']],
    ['2a + 3b = 1, 4a - b = 9', ['a=2', 'b=-1']],
  ])('%s → %j', (text, expected) => {
    expect(answerStrings(solveFromText(text))).toEqual(expected);
  });

  it('eliminates by adding when coefficients are opposite', () => {
    const s = solveFromText('2x + y = 7, x - y = 2');
    expect(s.steps.find((st) => st.action.type === 'combine_equations')!.action).toMatchObject({
      how: 'add',
      eliminated: 'y',
    });
  });

  it('multiplies both equations when needed', () => {
    const s = solveFromText('3x + 2y = 12, 2x - 3y = -5');
    expect(s.steps.filter((st) => st.action.type === 'multiply_equation')).toHaveLength(2);
  });

  it.each([
    ['x + y = 1, 2x + 2y = 5', 'no_solution'],
    ['x + y = 1, 2x + 2y = 2', 'infinitely_many'],
  ])('%s is %s', (text, outcome) => {
    expect(solveFromText(text).outcome).toBe(outcome);
  });
});
