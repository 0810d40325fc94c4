import { parseProblemText } from '../problem-parser';
import { solveAndCheck } from '../solve';
import { checkSolution } from '../check';
import { UnsupportedProblemError } from '../errors';
import { Rational } from '../../math/rational';
import { asPower, commonBase } from './powers';

const solve = (text: string) => solveAndCheck(parseProblemText(text).problem);
const answer = (text: string) => solve(text).answer.values.map((v) => v.value);

describe('exponential equations: same base, equal exponents, or a logarithm', () => {
  // Worked by hand: 8 = 2³, 27 = 3³ and 9 = 3², 1/16 = 4⁻², 4ˣ = 2²ˣ …
  it.each([
    ['Solve: 2^(x+1) = 8', ['2']],
    ['解方程：9^x = 27', ['3/2']],
    ['4^(x-1) = 1/16', ['-1']],
    ['2^(x+3) = 4^x', ['3']],
    ['2·3^x = 18', ['2']],
    ['2^(x^2-1) = 8', ['-2', '2']],
    ['e^(2x-1) = 1', ['1/2']],
    ['3^x = 5', ['log(5)/log(3)']],
    ['e^x = 5', ['log(5)']],
    ['2^(2x+1) = 7', ['(log(7)/log(2) - 1)/2']],
    ['2^x = -4', []],
  ])('%s → %j', (text, expected) => {
    expect(parseProblemText(text).kind).toBe('exponential_equation');
    expect(answer(text)).toEqual(expected);
  });

  it('writes both sides as powers of one base, then sets the exponents equal', () => {
    const steps = solve('9^x = 27').steps;
    expect(steps[0].action).toEqual({
      type: 'exp_same_base',
      base: '3',
      powers: ['9 = 3^{2}', '27 = 3^{3}'],
    });
    expect(steps[0].latex).toBe('3^{2x} = 3^{3}');
    expect(steps[1]).toMatchObject({ action: { type: 'exp_equate_exponents' }, latex: '2x = 3' });
    expect(solve('3^x = 5').steps[0]).toMatchObject({
      action: { type: 'exp_take_log', base: '3' },
      latex: 'x = \\log_{3} 5',
    });
    expect(solve('2^x = -4').steps[0].action).toEqual({ type: 'exp_always_positive', value: '-4' });
  });

  it('finds the smallest common base', () => {
    expect(asPower(Rational.of(64))).toEqual({ base: Rational.of(2), exponent: 6n });
    expect(asPower(Rational.of(4, 9))).toEqual({ base: Rational.of(2, 3), exponent: 2n });
    expect(commonBase(Rational.of(4), Rational.of(1, 8))).toEqual({
      base: Rational.of(2),
      a: Rational.of(2),
      b: Rational.of(-3),
    });
    expect(commonBase(Rational.of(2), Rational.of(3))).toBeNull();
  });
});

describe('logarithmic equations: domain, log rules, to a power, domain check', () => {
  it.each([
    ['log_2(x) = 3', ['8']],
    ['log₂(x) + log₂(x − 2) = 3', ['4']],
    ['lg(x+1) + lg(x-2) = 1', ['4']],
    ['log_{3}(x+1) = log_{3}(2x-1)', ['2']],
    ['log_2(x+4) - log_2(x) = 1', ['4']],
    ['2log_3(x) = log_3(4) + 2', ['6']],
    ['ln(2x-1) = 3', ['(e^3 + 1)/2']],
    ['log_2(x - 1) + log_2(x - 3) = 3', ['5']],
  ])('%s → %j', (text, expected) => {
    expect(parseProblemText(text).kind).toBe('logarithmic_equation');
    expect(answer(text)).toEqual(expected);
  });

  it('states the domain and rejects a root outside it', () => {
    const s = solve('log_2(x) + log_2(x - 2) = 3');
    expect(s.steps[0].action).toEqual({ type: 'log_domain', conditions: ['x > 0', 'x - 2 > 0'] });
    expect(s.steps.find((x) => x.action.type === 'log_combine')?.action).toEqual({
      type: 'log_combine',
      rules: ['product'],
    });
    expect(s.steps[s.steps.length - 1].action).toEqual({
      type: 'log_domain_check',
      candidates: ['-2', '4'],
      kept: ['4'],
      rejected: ['-2'],
    });
  });

  it('the check catches a wrong root, a root outside the domain and a missing root', () => {
    const tamper = (text: string, values: string[]) => {
      const problem = parseProblemText(text).problem;
      const right = solve(text);
      return () =>
        checkSolution(problem, {
          ...right,
          answer: { ...right.answer, values: values.map((value) => ({ variable: 'x', value })) },
        });
    };
    expect(tamper('log_2(x) + log_2(x - 2) = 3', ['4'])).not.toThrow();
    expect(tamper('log_2(x) + log_2(x - 2) = 3', ['5'])).toThrow();
    expect(tamper('log_2(x) + log_2(x - 2) = 3', ['4', '-2'])).toThrow(/domain/);
    expect(tamper('2^(x^2-1) = 8', ['2'])).toThrow(/missing/);
    expect(tamper('3^x = 5', ['log(5)/log(2)'])).toThrow();
  });

  it.each([
    ['log(x) = 2', 'log'],
    ['log_2(x) = log_3(x + 1)', 'different bases'],
    ['log_2(x) + x = 3', 'outside the logarithms'],
    ['2^x = 3^(x+1)', 'no common base'],
    ['2^x + 2^(x+1) = 12', 'beyond'],
  ])('refuses %s by name', (text, reason) => {
    expect(() => solve(text)).toThrow(UnsupportedProblemError);
    expect(() => solve(text)).toThrow(new RegExp(reason));
  });
});
