import { answerStrings, solveFromText } from './solver.test-helpers';

describe('linear equations', () => {
  it.each([
    ['3(x-2)=2x+5', 'x=11'],
    ['Solve for x: 5x/2 + 2 = 3x/2 + 10', 'x=8'],
    ['(x+1)/3 = (x-1)/2', 'x=5'],
    ['2x + 3 = 7', 'x=2'],
    ['-4x + 1 = 9', 'x=-2'],
    ['3 - (x - 2) = 2x', 'x=5/3'],
    ['0.5x + 1.2 = 3.7', 'x=5'],
    ['7 = 2x - 1', 'x=4'],
    ['x/4 - 1/2 = 1', 'x=6'],
    ['2(3x - 1) - 4(x + 2) = 0', 'x=5'],
    ['1/2x + 1/3 = 5/6', 'x=1'],
    ['5 - 2x = 3x + 20', 'x=-3'],
  ])('%s → %s', (text, expected) => {
    expect(answerStrings(solveFromText(text))).toEqual([expected]);
  });

  it('takes the squares both sides share away from both, leaving a linear equation', () => {
    const s = solveFromText('(x+1)^2 - 4 = (x+1)(x-1)');
    expect(s.kind).toBe('linear_equation');
    expect(answerStrings(s)).toEqual(['x=1']);
    const cancel = s.steps.find((st) => st.action.type === 'cancel_both_sides');
    expect(cancel?.action).toEqual({ type: 'cancel_both_sides', term: 'x^{2}' });
    expect(cancel?.latex).toBe('2x - 3 = -1');
    expect(answerStrings(solveFromText('3 - x^2 = 2x - x^2'))).toEqual(['x=3/2']);
    expect(solveFromText('x^2 + 2x = 2x^2 + 4').kind).not.toBe('linear_equation');
  });

  it('has no solution when the unknown cancels and a false statement remains', () => {
    const s = solveFromText('2x + 1 = 2x + 5');
    expect(s.outcome).toBe('no_solution');
    expect(s.answer.values).toEqual([]);
  });

  it('has every number as a solution for an identity', () => {
    expect(solveFromText('2(x + 1) = 2x + 2').outcome).toBe('all_numbers');
  });

  it('writes the steps a teacher would: expand, move terms, divide', () => {
    const s = solveFromText('3(x-2)=2x+5');
    expect(s.steps.map((st) => st.action.type)).toEqual([
      'expand_brackets',
      'subtract_both_sides',
      'add_both_sides',
    ]);
    expect(s.steps.map((st) => st.latex)).toEqual(['3x - 6 = 2x + 5', 'x - 6 = 5', 'x = 11']);
  });

  it('clears denominators first', () => {
    expect(solveFromText('5x/2 + 2 = 3x/2 + 10').steps[0]).toMatchObject({
      action: { type: 'clear_denominators', factor: '2' },
      latex: '5x + 4 = 3x + 20',
    });
  });
});

describe('linear inequalities', () => {
  it.each([
    ['3x - 5 > 7', 'x=> 4'],
    ['-2x + 3 > 7', 'x=< -2'],
    ['2x - 3 <= 5x + 9', 'x=>= -4'],
    ['5 - x ≥ 2', 'x=<= 3'],
    ['x/2 + 1 < 3', 'x=< 4'],
    ['-3x ≤ 12', 'x=>= -4'],
  ])('%s → %s', (text, expected) => {
    expect(answerStrings(solveFromText(text))).toEqual([expected]);
  });

  it('flips the sign when dividing by a negative number, and says so', () => {
    const s = solveFromText('-2x + 3 > 7');
    const last = s.steps.at(-1)!;
    expect(last.action).toMatchObject({ type: 'divide_both_sides', factor: '-2', flips: true });
    expect(last.latex).toBe('x < -2');
  });

  it.each([
    ['x + 1 > x', 'all_numbers'],
    ['x + 1 < x', 'no_solution'],
  ])('%s is %s', (text, outcome) => {
    expect(solveFromText(text).outcome).toBe(outcome);
  });
});
