import { parseProblemText } from '../problem-parser';
import { solveAndCheck } from '../solve';
import { checkSolution } from '../check';
import { UnsupportedProblemError } from '../errors';
import { splitIntegral } from './integral-notation';
import { INTEGRAL_NARRATION } from './integral.narration';

const solve = (text: string) => solveAndCheck(parseProblemText(text).problem);
const answer = (text: string) => solve(text).answer.values.map((v) => v.value);

describe('integrals from the table, checked by differentiating back', () => {
  // Worked by hand from the table: xⁿ → xⁿ⁺¹/(n+1), 1/x → ln|x|, eˣ, sin → −cos, cos → sin.
  it.each([
    ['Find the integral of 3x^2 + 2x', 'x^3 + x^2 + C'],
    ['∫(3x^2 + 2x - 5)dx', 'x^3 + x^2 - 5*x + C'],
    ['求不定积分：∫(x+1)^2 dx', '1/3*x^3 + x^2 + x + C'],
    ['∫ (1/x + e^x + cos x) dx', 'log(abs(x)) + e^x + sin(x) + C'],
    ['∫ sqrt(x) dx', '2/3*x^(3/2) + C'],
    ['∫ 1/x^2 dx', '-1/x + C'],
    ['∫ 4 sin x dx', '-4*cos(x) + C'],
    ['∫ 5 dt', '5*t + C'],
    ['∫ x(x - 2) dx', '1/3*x^3 - x^2 + C'],
  ])('%s = %s', (text, expected) => {
    expect(parseProblemText(text).kind).toBe('integral');
    expect(answer(text)).toEqual([expected]);
  });

  it.each([
    ['∫_0^2 (3x^2 + 1) dx', '10'],
    ['∫₁³ 2x dx', '8'],
    ['∫_{-1}^{2} x^2 dx', '3'],
    ['Find the definite integral of x^2 from 0 to 3', '9'],
    ['∫_1^4 sqrt(x) dx', '14/3'],
    ['∫_1^2 1/x^2 dx', '1/2'],
    ['∫_2^0 3x^2 dx', '-8'],
  ])('definite: %s = %s', (text, expected) => expect(answer(text)).toEqual([expected]));

  it('names the rule of every term, adds + C, and for a definite integral subtracts F(a) from F(b)', () => {
    const steps = solve('∫(x + 1)^2 dx').steps.map((s) => s.action);
    expect(steps[0]).toEqual({ type: 'rewrite_integrand', reason: 'expand' });
    expect(
      steps.filter((a) => a.type === 'integrate_term').map((a) => 'rule' in a && a.rule),
    ).toEqual(['power', 'power', 'constant']);
    expect(steps[steps.length - 1]).toEqual({ type: 'antiderivative' });
    const definite = solve('∫_1^3 (2x + 1) dx');
    expect(definite.steps[definite.steps.length - 1].action).toEqual({
      type: 'evaluate_bounds',
      upper: '3',
      lower: '1',
      atUpper: '12',
      atLower: '2',
    });
    expect(definite.steps[definite.steps.length - 1].latex).toBe('= 12 - 2 = 10');
    expect(definite.check?.method).toBe('quadrature');
    expect(solve('∫ sqrt(x) dx').steps[0].action).toEqual({
      type: 'rewrite_integrand',
      reason: 'powers',
    });
  });

  it('the check catches a wrong antiderivative, a missing + C and a wrong value', () => {
    const tamper = (text: string, value: string) => {
      const problem = parseProblemText(text).problem;
      const right = solve(text);
      return () =>
        checkSolution(problem, {
          ...right,
          answer: { ...right.answer, values: [{ variable: '', value }] },
        });
    };
    expect(tamper('∫ 3x^2 dx', 'x^3 + C')).not.toThrow();
    for (const wrong of ['3*x^3 + C', 'x^3', 'x^3 + x + C', '-cos(x) + C'])
      expect(tamper('∫ 3x^2 dx', wrong)).toThrow();
    expect(tamper('∫_0^2 3x^2 dx', '8')).not.toThrow();
    expect(tamper('∫_0^2 3x^2 dx', '9')).toThrow();
  });

  it.each([
    ['∫ x sin x dx', 'beyond sums of powers'],
    ['∫ sin(2x) dx', 'beyond sums of powers'],
    ['∫ ln x dx', 'ln'],
    ['∫_{-1}^{1} 1/x^2 dx', 'improper'],
    ['∫_0^1 e^x dx', 'not rational'],
    ['∫ (x + y) dx', 'one variable'],
  ])('refuses %s by name', (text, reason) => {
    expect(() => solve(text)).toThrow(UnsupportedProblemError);
    expect(() => solve(text)).toThrow(new RegExp(reason));
  });

  it('reads the notations of an integral', () => {
    expect(splitIntegral('∫_{0}^{2} (3x^2 + 1) dx')).toEqual({
      integrand: '(3x^2 + 1)',
      variable: 'x',
      lower: '0',
      upper: '2',
    });
    expect(splitIntegral('∫₀² 3x²dx')).toEqual({
      integrand: '3x²',
      variable: 'x',
      lower: '0',
      upper: '2',
    });
    expect(splitIntegral('t^2 from -1 to 1')).toEqual({
      integrand: 't^2',
      variable: undefined,
      lower: '-1',
      upper: '1',
    });
  });

  it('is narrated in both languages, the check included', () => {
    const s = solve('∫_0^2 (3x^2 + 1) dx');
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const n = INTEGRAL_NARRATION[lang];
      expect(n.title('∫ x dx')).toBeTruthy();
      expect(n.check(s.check!.facts, 'quadrature')).toContain(s.check!.facts.estimate);
    }
  });
});
