import { Rational } from '../../math/rational';
import { parseProblemText } from '../problem-parser';
import { solveAndCheck } from '../solve';
import { checkSolution } from '../check';
import { rationalRoot } from '../quadratic.solver';
import { sturmRealRootCount } from './polynomial-equation.check';

const solve = (text: string) => solveAndCheck(parseProblemText(text).problem);
const values = (text: string) => solve(text).answer.values.map((v) => v.value);

describe('equations of degree 3 and 4', () => {
  it.each([
    ['x^3 - 6x^2 + 11x - 6 = 0', ['1', '2', '3']],
    ['x^3 = 9x', ['-3', '0', '3']],
    ['x^4 - 5x^2 + 4 = 0', ['-2', '-1', '1', '2']],
    ['x^3 - 2x^2 - 3x + 6 = 0', ['-sqrt(3)', 'sqrt(3)', '2']],
    ['x^3 = 8', ['2']],
    ['x^3 + x = 0', ['0']],
    ['(x - 1)^3 = 0', ['1']],
    ['2x^3 - 3x^2 - 11x + 6 = 0', ['-2', '1/2', '3']],
    ['x^4 + 5x^2 + 4 = 0', []],
  ])('%s → %j', (text, roots) => {
    expect(values(text)).toEqual(roots);
  });

  it('refuses what it cannot factor rather than guess (∛2, x⁴ + 4)', () => {
    expect(() => solve('x^3 - 2 = 0')).toThrow(/cubic/);
    expect(() => solve('x^4 + 4 = 0')).toThrow(/quartic/);
  });

  it('counts distinct real roots with Sturm’s theorem', () => {
    const count = (...c: number[]) => sturmRealRootCount(c.map((k) => Rational.of(k)));
    expect(count(-6, 11, -6, 1)).toBe(3); // (x−1)(x−2)(x−3)
    expect(count(4, 0, 5, 0, 1)).toBe(0); // (x²+1)(x²+4)
    expect(count(-1, 3, -3, 1)).toBe(1); // (x−1)³
    expect(count(4, 0, -5, 0, 1)).toBe(4);
  });

  it('the check catches a lost root and a wrong one', () => {
    const problem = parseProblemText('x^3 - 6x^2 + 11x - 6 = 0').problem;
    const right = solve('x^3 - 6x^2 + 11x - 6 = 0');
    const lost = { ...right, exactRoots: right.exactRoots!.slice(0, 2) };
    expect(() => checkSolution(problem, lost)).toThrow(/Sturm/);
    const wrong = {
      ...right,
      exactRoots: [...right.exactRoots!.slice(0, 2), rationalRoot(Rational.of(4))],
    };
    expect(() => checkSolution(problem, wrong)).toThrow(/not a root/);
  });
});
