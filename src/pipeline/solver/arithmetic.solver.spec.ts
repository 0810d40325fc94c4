import { evaluate } from 'mathjs';
import { answerStrings, solveFromText } from './solver.test-helpers';

describe('arithmetic', () => {
  it.each([
    ['(3/4 + 1/6) × 12 − 2³', '3'],
    ['1/2 + 1/3', '5/6'],
    ['2 + 3 × 4', '14'],
    ['(2 + 3) × 4', '20'],
    ['12 ÷ 4 × 3', '9'],
    ['2^10 - 1000', '24'],
    ['-3^2', '-9'],
    ['(-3)^2', '9'],
    ['0.5 + 0.25', '0.75'],
    ['1.2 × 3', '3.6'],
    ['7 - 10', '-3'],
    ['(1/2)^3', '1/8'],
    ['3/4 ÷ 3/8', '2'],
    ['sqrt(16) + 2', '6'],
    ['5 - (2 - (1 - 4))', '0'],
    ['2/3 - 5/6', '-1/6'],
  ])('%s = %s', (expr, expected) => {
    const s = solveFromText(`计算：${expr}`);
    expect(answerStrings(s)).toEqual([expected]);
    // Independent check: mathjs evaluates the same expression in floating point.
    const mathjsText = expr
      .replace(/(\d+)\/(\d+)/g, '($1/$2)')
      .replace(/×/g, '*')
      .replace(/÷/g, '/')
      .replace(/−/g, '-')
      .replace(/³/g, '^3');
    expect(Number(evaluate(mathjsText))).toBeCloseTo(Number(evaluate(expected)), 9);
  });

  it.each([
    ['Calculate 25% of 80', '20', '25\\% = \\frac{25}{100} = 0.25'],
    ['计算：80的25%', '20', '25\\% = \\frac{25}{100} = 0.25'],
    ['计算：12.5% × 8 + 1', '2', '12.5\\% = \\frac{12.5}{100} = 0.125'],
    ['计算：1/3 + 50%', '5/6', '50\\% = \\frac{50}{100} = \\frac{1}{2}'],
  ])('%s: percentages are written as numbers first', (text, expected, work) => {
    const s = solveFromText(text);
    expect(answerStrings(s)).toEqual([expected]);
    expect(s.steps[0].action).toEqual({ type: 'evaluate', operation: 'percent', work });
  });

  it('works out logarithms whose value is rational, and refuses a bare log', () => {
    const s = solveFromText('计算：log_2 8 + lg 100');
    expect(answerStrings(s)).toEqual(['5']);
    expect(s.steps[0].action).toMatchObject({
      work: '\\log_{2} 8 = 3, \\quad \\lg\\left(100\\right) = 2',
    });
    expect(() => solveFromText('计算：log(100)')).toThrow(/log/);
    expect(() => solveFromText('计算：log_2 3')).toThrow(/not rational/);
  });

  it('refuses a percent sign that belongs to no number', () => {
    for (const text of ['计算：5%%', '计算：%5', '计算：20 % 3'])
      expect(() => solveFromText(text)).toThrow();
  });

  it('shows one step per kind of operation, brackets first', () => {
    const s = solveFromText('Compute: (3/4 + 1/6) × 12 − 2³');
    expect(s.steps.map((st) => st.action.type === 'evaluate' && st.action.operation)).toEqual([
      'brackets',
      'power',
      'multiply',
      'subtract',
    ]);
    expect(s.steps[0].action).toMatchObject({
      work: expect.stringContaining('\\frac{9}{12} + \\frac{2}{12}'),
    });
  });

  it('keeps decimals as decimals', () => {
    expect(solveFromText('4.5 + 1.25 × 4').steps.at(-1)!.latex).toBe('= 9.5');
  });

  it.each(['1 ÷ 0', '2^(1/2)', 'sqrt(-4)'])('refuses %s', (expr) => {
    expect(() => solveFromText(expr)).toThrow();
  });
});
