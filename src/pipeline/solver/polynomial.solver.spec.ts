import { answerStrings, solveFromText } from './solver.test-helpers';

describe('simplify and expand', () => {
  it.each([
    ['Simplify: 3(x+2) - 2(x-1)', 'x + 8', 'simplify'],
    ['化简：2x² + 3x - x² + x', 'x^2 + 4*x', 'simplify'],
    ['展开：(x+3)(x-2)', 'x^2 + x - 6', 'expand'],
    ['Expand: (2x - 3)^2', '4*x^2 - 12*x + 9', 'expand'],
    ['(x+y)^2 - (x-y)^2', '4*x*y', 'expand'],
    ['Simplify: 0.5x + 1.5x', '2*x', 'simplify'],
    ['(x + 1)(x^2 - x + 1)', 'x^3 + 1', 'expand'],
  ])('%s → %s', (text, expected, kind) => {
    const s = solveFromText(text);
    expect(s.kind).toBe(kind);
    expect(answerStrings(s)).toEqual([expected]);
  });

  it('expands each bracket before collecting like terms', () => {
    const s = solveFromText('Simplify: 3(x+2) - 2(x-1)');
    expect(s.steps.map((st) => [st.action.type, st.latex])).toEqual([
      ['expand_brackets', '= 3x + 6 - 2x + 2'],
      ['collect_like_terms', '= x + 8'],
    ]);
  });

  it('hands a letter in a denominator to the rational-expression class', () => {
    const s = solveFromText('Simplify: 1/x + 1/x');
    expect(s.kind).toBe('rational_expression');
    expect(s.answer.values).toEqual([{ variable: '', value: '2/x' }]);
  });
});
