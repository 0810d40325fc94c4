import { parseProblemText } from '../problem-parser';
import { solveAndCheck } from '../solve';
import { checkSolution } from '../check';
import { UnsupportedProblemError } from '../errors';
import { splitLimit } from './limit-notation';

const solve = (text: string) => solveAndCheck(parseProblemText(text).problem);

describe('limits: substitute, 0/0 factor and cancel, leading terms, sin x / x', () => {
  // Worked by hand: (x² − 1)/(x − 1) = x + 1 → 2, (3x² + 1)/(x² − 2) → 3 …
  it.each([
    ['求极限：lim_{x→1} (x^2-1)/(x-1)', '2'],
    ['lim x->2 (x^2 + 1)', '5'],
    ['Find the limit of (3x^2 + 1)/(x^2 - 2) as x approaches infinity', '3'],
    ['lim_{x→∞} (2x+1)/(x^2)', '0'],
    ['lim_{x→-∞} (4x - 1)/(2x + 5)', '2'],
    ['lim_{x→0} sin(3x)/x', '3'],
    ['lim_{x→0} x/sin(2x)', '1/2'],
    ['求极限：lim_(x→3) (x^2-9)/(x-3)', '6'],
    ['lim_{x→2} (x^2 - 5x + 6)/(x^2 - 4)', '-1/4'],
  ])('%s = %s', (text, value) => {
    expect(parseProblemText(text).kind).toBe('limit');
    expect(solve(text).answer.values).toEqual([{ variable: '', value }]);
  });

  it('shows 0/0, then the factor cancelled, then substitutes', () => {
    const s = solve('lim_{x→1} (x^2-1)/(x-1)');
    expect(s.steps.map((x) => x.action.type)).toEqual([
      'limit_zero_over_zero',
      'limit_cancel',
      'limit_substitute',
    ]);
    expect(s.steps[1].action).toEqual({ type: 'limit_cancel', factor: 'x - 1' });
    expect(s.steps[1].latex).toContain('\\lim_{x \\to 1} x + 1');
  });

  it('the check approaches the point numerically and catches a wrong value', () => {
    const problem = parseProblemText('lim_{x→1} (x^2-1)/(x-1)').problem;
    const right = solve('lim_{x→1} (x^2-1)/(x-1)');
    const tamper = (value: string) => () =>
      checkSolution(problem, {
        ...right,
        answer: { ...right.answer, values: [{ variable: '', value }] },
      });
    expect(tamper('2')).not.toThrow();
    expect(tamper('1')).toThrow();
  });

  it.each([
    ['lim_{x→1} 1/(x-1)', 'infinite'],
    ['lim_{x→∞} x^2/(x + 1)', 'infinite'],
    ['lim_{x→0} cos(x)/x', 'cos'],
    ['lim_{x→0} sin(x)/x^2', 'beyond'],
  ])('refuses %s by name', (text, reason) => {
    expect(() => solve(text)).toThrow(UnsupportedProblemError);
    expect(() => solve(text)).toThrow(new RegExp(reason));
  });

  it('reads the notations of a limit', () => {
    expect(splitLimit('lim_{x \\to +∞} 1/x')).toEqual({
      variable: 'x',
      point: 'inf',
      expression: '1/x',
    });
    expect(splitLimit('(x^2 - 1)/(x - 1) as x approaches -2')).toEqual({
      variable: 'x',
      point: '-2',
      expression: '(x^2 - 1)/(x - 1)',
    });
    expect(splitLimit('x^2 + 1')).toBeNull();
  });
});
