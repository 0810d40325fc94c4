import { parseProblemText } from '../problem-parser';
import { solveAndCheck } from '../solve';
import { checkSolution } from '../check';

const solve = (text: string) => solveAndCheck(parseProblemText(text).problem);
const values = (text: string) => solve(text).answer.values.map((v) => `${v.variable}=${v.value}`);

describe('three linear equations in three unknowns', () => {
  // Solutions substituted by hand into all three equations.
  it.each([
    ['x + y + z = 6, 2x - y + z = 3, x + 2y - z = 2', ['x=1', 'y=2', 'z=3']],
    ['x + 2y + 3z = 14; 2x - y + z = 3; 3x + y - 2z = -1', ['x=1', 'y=2', 'z=3']],
    ['2x + y = 5, y + z = 4, x + z = 3', ['x=4/3', 'y=7/3', 'z=5/3']],
    ['解方程组：a + b = 3, b + c = 5, a + c = 4', ['a=1', 'b=2', 'c=3']],
    ['x - y + 2z = -3, 3x + y - z = 9, -2x + 3y + z = -3', ['x=2', 'y=1', 'z=-2']],
  ])('%s → %j', (text, expected) => {
    expect(parseProblemText(text).kind).toBe('linear_system3');
    expect(values(text)).toEqual(expected);
  });

  it('eliminates one unknown from two pairs, then another, then substitutes back', () => {
    const types = solve('x + y + z = 6, 2x - y + z = 3, x + 2y - z = 2').steps.map(
      (s) => s.action.type,
    );
    expect(types).toEqual([
      'label_equations',
      'eliminate_pair',
      'eliminate_pair',
      'eliminate_pair',
      'solve_single',
      'substitute_values',
      'substitute_values',
    ]);
  });

  it('the check catches a value that fails one equation', () => {
    const problem = parseProblemText('x + y + z = 6, 2x - y + z = 3, x + 2y - z = 2').problem;
    const right = solve('x + y + z = 6, 2x - y + z = 3, x + 2y - z = 2');
    const wrong = {
      ...right,
      answer: {
        ...right.answer,
        values: right.answer.values.map((v) => (v.variable === 'z' ? { ...v, value: '4' } : v)),
      },
    };
    expect(() => checkSolution(problem, wrong)).toThrow(/fails/);
  });

  it('refuses a system without exactly one solution, or with the wrong number of unknowns', () => {
    expect(() => solve('x + y + z = 1, 2x + 2y + 2z = 2, x - y = 0')).toThrow(/exactly one/);
    expect(() => solve('x + y = 1, x - y = 2, 2x + y = 3')).toThrow(/three unknowns/);
  });
});
