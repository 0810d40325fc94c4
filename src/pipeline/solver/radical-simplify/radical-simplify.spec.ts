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

  it.each([
    ['计算：sin 30° + cos 60°', '1'],
    ['计算：2sin 45° - tan 45°', 'sqrt(2) - 1'],
    ['Compute: sin(π/3) × cos(π/6)', '3/4'],
    ['计算：tan 60° + sin 120°', '3*sqrt(3)/2'],
    ['Compute: cos(5π/4)', '-sqrt(2)/2'],
    ['计算：(sin 60°)^2 + (cos 60°)^2', '1'],
  ])('special angles: %s = %s', (text, value) => {
    const s = solve(text);
    expect(s.answer.values).toEqual([{ variable: '', value }]);
    expect(s.steps[0].action.type).toBe('special_angles');
  });

  it.each(['计算：sin 20°', '计算：tan 90°', 'Compute: cos(1)'])(
    'refuses %s: not in the table',
    (text) => expect(() => solve(text)).toThrow(/table of special angles/),
  );

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
