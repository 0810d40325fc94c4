import { parseProblemText } from '../problem-parser';
import { solveAndCheck } from '../solve';
import { checkSolution } from '../check';
import { Rational } from '../../math/rational';
import { RadicalSum } from './radical-sum';

const solve = (text: string) => solveAndCheck(parseProblemText(text).problem);

describe('square roots (二次根式): simplest form, rationalised, like roots combined', () => {
  // Worked by hand: √12 + √27 − √3 = 2√3 + 3√3 − √3 = 4√3, and so on.
  it.each([
    ['化简：√50', '5*sqrt(2)'],
    ['Simplify: sqrt(12) + sqrt(27) - sqrt(3)', '4*sqrt(3)'],
    ['计算：√8 × √2', '4'],
    ['计算：(√3 + 1)(√3 - 1)', '2'],
    ['化简：6/√3', '2*sqrt(3)'],
    ['化简：2/(√3 - 1)', 'sqrt(3) + 1'],
    ['化简：√(1/2)', 'sqrt(2)/2'],
    ['化简：(√2 + 1)^2', '2*sqrt(2) + 3'],
    ['化简：1/(√2 + √3)', 'sqrt(3) - sqrt(2)'],
    ['化简：3/(2 + √2)', '3 - 3*sqrt(2)/2'],
  ])('%s = %s', (text, value) => {
    expect(parseProblemText(text).kind).toBe('radical_simplify');
    expect(solve(text).answer.values).toEqual([{ variable: '', value }]);
  });

  it('shows the simplest forms, then multiplies by the conjugate as written', () => {
    expect(solve('Simplify: sqrt(12) + sqrt(27) - sqrt(3)').steps[0].action).toEqual({
      type: 'radical_simplest',
      work: '\\sqrt{12} = 2\\sqrt{3}, \\quad \\sqrt{27} = 3\\sqrt{3}',
    });
    expect(solve('化简：3/(2 + √2)').steps[0].action).toMatchObject({
      type: 'rationalize_denominator',
      work: expect.stringContaining('\\left(2 - \\sqrt{2}\\right)'),
    });
  });

  it('the check catches a wrong value and a form that is not the simplest', () => {
    const problem = parseProblemText('化简：√50').problem;
    const right = solve('化简：√50');
    const tamper = (value: string) => () =>
      checkSolution(problem, {
        ...right,
        answer: { ...right.answer, values: [{ variable: '', value }] },
      });
    expect(tamper('5*sqrt(2)')).not.toThrow();
    expect(tamper('4*sqrt(2)')).toThrow();
    expect(tamper('sqrt(50)')).toThrow(/simplest/);
    expect(tamper('10/sqrt(2)')).toThrow(/denominator/);
    expect(tamper('2*sqrt(2) + 3*sqrt(2)')).toThrow(/combined/);
  });

  it('computes exactly with roots: products are reduced, conjugates clear denominators', () => {
    const r2 = RadicalSum.sqrt(Rational.of(2));
    const r6 = RadicalSum.sqrt(Rational.of(6));
    expect(r2.mul(r6).toExpr()).toEqual(RadicalSum.of([[3n, Rational.of(2)]]).toExpr());
    const one = RadicalSum.rational(Rational.ONE);
    const denominator = r2.add(one);
    expect(one.div(denominator).mul(denominator).rationalValue()).toEqual(Rational.ONE);
  });
});
