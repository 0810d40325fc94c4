import { plainFromLatex } from './latex-input';
import { parseProblemText } from '../solver/problem-parser';

describe('plainFromLatex', () => {
  it.each([
    ['$2x+3=7$', '2x+3=7'],
    ['$$x^2 = 4$$', 'x^2 = 4'],
    ['\\(x - 1 = 0\\)', 'x - 1 = 0'],
    ['解方程 $3x - 2 = 4$', '解方程 3x - 2 = 4'],
    ['\\frac{1}{2}x + 3 = 7', '(1/2)x + 3 = 7'],
    ['\\dfrac{x+1}{2} \\geq 3', '((x+1)/2) ≥ 3'],
    ['\\frac12 + \\frac{3}{4}', '(1/2) + (3/4)'],
    ['x^{2} - 5x + 6 = 0', 'x^{2} - 5x + 6 = 0'],
    ['\\frac{x^{2}}{2} = 8', '((x^{2})/2) = 8'],
    ['\\int_{0}^{1} x^2 \\, dx', '∫_{0}^{1} x^2 dx'],
    ['\\sqrt{16} \\times 2', '√(16) × 2'],
    ['\\frac{d}{dx} x^{3}', 'd/dx x^{3}'],
    ['\\frac{\\sqrt{x}}{2}', '((√(x))/2)'],
    ['\\left(2x+1\\right)^{2}', '(2x+1)^{2}'],
    ['6 \\div 3 \\cdot 2', '6 ÷ 3 × 2'],
    ['x \\le 3', 'x ≤ 3'],
    ['2\\pi', '2π'],
  ])('reads %s as %s', (latex, plain) => {
    expect(plainFromLatex(latex)).toBe(plain);
  });

  it('reads a cases environment as a system, one equation per line', () => {
    expect(plainFromLatex('\\begin{cases} x + y = 5 \\\\ x - y = 1 \\end{cases}')).toBe(
      'x + y = 5 \n x - y = 1',
    );
  });

  it('leaves out a currency sign before an amount, as the photo reader does', () => {
    expect(plainFromLatex('$49 + $76')).toBe('49 + 76');
    expect(plainFromLatex('$3.50 × 4')).toBe('3.50 × 4');
    expect(plainFromLatex('¥12 + ￥8 − €3 + £1')).toBe('12 + 8 − 3 + 1');
  });

  it('leaves a command it does not know for the parser to refuse', () => {
    expect(plainFromLatex('\\sqrt[3]{8}')).toBe('\\sqrt[3]{8}');
    expect(() => parseProblemText('\\sqrt[3]{8}')).toThrow(
      'the LaTeX command \\sqrt is not read here',
    );
  });

  it('leaves text without LaTeX as it is', () => {
    expect(plainFromLatex('2(x - 3) = 4x + 1')).toBe('2(x - 3) = 4x + 1');
  });

  it('gives typed LaTeX and money the problem the plain text gives', () => {
    const kind = (t: string) => parseProblemText(t).kind;
    expect(kind('\\frac{x+1}{2} = 3')).toBe(kind('(x+1)/2 = 3'));
    expect(kind('$49 + $76')).toBe(kind('49 + 76'));
    expect(parseProblemText('\\frac{d}{dx} x^{3}').task).toBe('derivative');
    expect(kind('\\frac{x^{2}}{2} = 8')).toBe(kind('x^2/2 = 8'));
    expect(kind('\\int_{0}^{1} x^2 \\, dx')).toBe(kind('∫_{0}^{1} x^2 dx'));
    expect(kind('\\begin{cases} x + y = 5 \\\\ x - y = 1 \\end{cases}')).toBe(
      kind('x + y = 5\nx - y = 1'),
    );
  });
});
