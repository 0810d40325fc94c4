import { answerStrings, solveFromText } from './solver.test-helpers';

describe('quadratic equations', () => {
  it.each([
    ['x² - 5x + 6 = 0', ['x=2', 'x=3'], 'factor_trinomial'],
    ['x^2 - 6x + 9 = 0', ['x=3'], 'factor_trinomial'],
    ['2x^2 + 3x - 2 = 0', ['x=-2', 'x=1/2'], 'factor_trinomial'],
    ['-x^2 + 2x + 3 = 0', ['x=-1', 'x=3'], 'factor_trinomial'],
    ['2x^2 - 8x = 0', ['x=0', 'x=4'], 'factor_common'],
    ['4x^2 = 9', ['x=-3/2', 'x=3/2'], 'square_root_both_sides'],
    ['x^2 = 0', ['x=0'], 'square_root_both_sides'],
    ['x(x-3) = 4', ['x=-1', 'x=4'], 'factor_trinomial'],
    ['x^2 - 4x + 1 = 0', ['x=2 - sqrt(3)', 'x=2 + sqrt(3)'], 'simplify_roots'],
    ['x^2 + x - 1 = 0', ['x=(-1 - sqrt(5))/2', 'x=(-1 + sqrt(5))/2'], 'simplify_roots'],
    ['2x^2 - 2x - 1 = 0', ['x=(1 - sqrt(3))/2', 'x=(1 + sqrt(3))/2'], 'simplify_roots'],
  ])('%s → %j by %s', (text, expected, method) => {
    const s = solveFromText(text);
    expect(answerStrings(s)).toEqual(expected);
    expect(s.steps.map((st) => st.action.type)).toContain(method);
  });

  it.each(['x^2 + x + 1 = 0', 'x^2 = -4', 'x^2 + 4x + 5 = 0'])('%s has no real roots', (text) => {
    const s = solveFromText(text);
    expect(s.outcome).toBe('no_real_roots');
    expect(s.answer.values).toEqual([]);
  });

  it('shows the discriminant and the formula with exact surds', () => {
    const s = solveFromText('x^2 - 4x + 1 = 0');
    expect(s.steps.map((st) => st.latex)).toEqual([
      '\\Delta = b^{2} - 4ac = \\left(-4\\right)^{2} - 4 \\times 1 \\times 1 = 12',
      'x = \\frac{-b \\pm \\sqrt{\\Delta}}{2a} = \\frac{4 \\pm \\sqrt{12}}{2 \\times 1}',
      'x = 2 \\pm \\sqrt{3}',
    ]);
  });

  it('refuses degree 5 and above', () => {
    expect(() => solveFromText('x^5 = 32')).toThrow(/degree 5/);
  });
});
