import { derivative, evaluate, parse } from 'mathjs';
import { solveFromText } from './solver.test-helpers';

describe('derivatives', () => {
  it.each([
    ['求导：f(x) = x³ + 2sin(x)', '3*x^2 + 2*cos(x)', ['sum_rule', 'power', 'constant_multiple']],
    ['求导：f(x) = sin(x)', 'cos(x)', ['sin']],
    ['Differentiate: f(x) = 3x^4 - 2x^2 + 5x - 7', '12*x^3 - 4*x + 5', ['sum_rule']],
    ['f(x) = x^2 sin(x), find the derivative', '2*x*sin(x) + x^2*cos(x)', ['product']],
    ['求导：f(x) = sin(3x^2)', '6*x*cos(3*x^2)', ['chain']],
    ['求导：y = e^(2x) + ln(x)', '2*e^(2*x) + 1/x', ['chain', 'ln']],
    ['Differentiate f(x) = sqrt(x^2+1)', 'x/sqrt(x^2 + 1)', ['chain']],
    ['derivative of f(x) = cos(x) - x', '-sin(x) - 1', ['cos', 'power']],
    ['求导：f(x) = (2x+1)/(x-1)', '-3/(x^2 - 2*x + 1)', ['quotient']],
    ['Differentiate: f(x) = 5', '0', ['constant']],
  ])('%s', (text, expected, rules) => {
    const s = solveFromText(text);
    expect(s.answer.values[0].value).toBe(expected);
    const named = s.steps.flatMap((st) =>
      st.action.type === 'differentiate_term' ? [st.action.rule] : [st.action.type],
    );
    for (const r of rules) expect(named).toContain(r);
    // Independent check against mathjs' symbolic derivative at several points.
    const body = text
      .replace(/^.*?(?:f\(x\)|y)\s*=\s*/, '')
      .replace(/,.*$/, '')
      .replace(/³/g, '^3')
      .replace(/ln\(/g, 'log(')
      .replace(/(\d)([a-z(])/g, '$1*$2')
      .replace(/\) ?([a-z])/g, ')*$1')
      .replace(/x sin/g, 'x*sin')
      .replace(/\^2 sin/g, '^2*sin');
    const reference = derivative(parse(body), 'x');
    for (const x of [0.4, 1.3, 2.2]) {
      expect(Number(evaluate(expected, { x }))).toBeCloseTo(Number(reference.evaluate({ x })), 6);
    }
  });

  it('names the function the way the problem did', () => {
    expect(solveFromText('求导：y = x^2').answer.latex).toBe("y' = 2x");
  });

  it('refuses a function of two variables', () => {
    expect(() => solveFromText('求导：f(x) = x y')).toThrow();
  });
});
