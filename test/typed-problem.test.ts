import { typedProblem } from '../scripts/lib/typed-problem';

/**
 * bench:handwriting judges a photo of a CROHME expression against the answer of the LaTeX
 * the writer copied, typed: the conversion must say exactly what was written, or nothing.
 */
describe('typedProblem (the typed form of a CROHME expression)', () => {
  it.each([
    ['$\\frac12t^2+\\frac{3}{2}t=63$', '(1)/(2)t^2+(3)/(2)t=63'],
    ['$\\sqrt{3^2+2^2}=\\sqrt{13}$', 'sqrt(3^2+2^2)=sqrt(13)'],
    ['$\\left(x+1\\right)^{2}=4 \\!$', '(x+1)^2=4'],
    ['$a^{b+1}$', 'a^(b+1)'],
    ['$18 \\div 6 \\times 2$', '18 ÷ 6 × 2'],
    // A fraction after ÷ is the divisor whole, as the page shows it.
    ['$\\frac{1}{2}\\div\\frac{3}{4}$', '(1)/(2) ÷ ((3)/(4))'],
    ['$x \\leq 15$', 'x ≤ 15'],
    ['$[x+1]$', '(x+1)'],
  ])('%s → %s', (latex, text) => expect(typedProblem(latex)).toBe(text));

  it.each([
    ['$x_1=2$'], // subscripts
    ['$\\alpha+1$'], // Greek
    ['$10,000$'], // a thousands separator
    ['$\\sqrt[3]{8}$'], // a root's index
    ['$\\frac{1}{2$'], // unbalanced
    ['$$'],
  ])('%s is no problem of ours', (latex) => expect(typedProblem(latex)).toBeNull());
});
