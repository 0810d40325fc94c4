import { Rational } from '../../math/rational';
import { parseProblemText } from '../problem-parser';
import { solveAndCheck } from '../solve';
import { checkSolution } from '../check';
import { rationalRoot } from '../quadratic.solver';

const solve = (text: string) => solveAndCheck(parseProblemText(text).problem);
const root = (n: number, d = 1) => rationalRoot(Rational.of(n, d));

describe('fractional equations (分式方程)', () => {
  // Answers worked by hand: multiply by the lcd, solve, drop roots that zero a denominator.
  it.each([
    ['1/(x-1) + 2/(x+1) = 4/(x^2-1)', ['5/3'], []],
    ['3/(x-2) = 1', ['5'], []],
    ['2/(x+1) = 1/(x-2)', ['5'], []],
    ['1/(x-2) + 3 = (x-1)/(x-2)', [], ['2']],
    ['(x+1)/(x-1) - 4/(x^2-1) = 1', [], ['1']],
    ['x + 6/x = 5', ['2', '3'], []],
    ['x^2/(x-2) = 4/(x-2)', ['-2'], ['2']],
    ['2/(1-x) = 1', ['-1'], []],
    ['x/(x+1) = 2x/(3x+3) + 1', ['-3/2'], []],
    ['1/x + 1/(2x) = 3', ['1/2'], []],
    // A decimal denominator (a proportion as students write it): the lcd is 9x.
    ['3.6/4.5 = 4/x', ['5'], []],
  ])('%s → %j, rejecting %j', (text, kept, rejected) => {
    const parsed = parseProblemText(text);
    expect(parsed.kind).toBe('rational_equation');
    const s = solveAndCheck(parsed.problem);
    expect(s.answer.values.map((v) => v.value)).toEqual(kept);
    expect(s.rejectedRoots?.map((r) => Rational.of(r.p, r.r).toString())).toEqual(rejected);
    // The lowest common denominator is multiplied through first; the last step is the 检验.
    expect(s.steps[0].action.type).toBe('clear_fraction_denominators');
    expect(s.steps.at(-1)!.action.type).toBe('check_denominators');
  });

  it('names the lowest common denominator from the factored denominators', () => {
    const step = solve('1/(x-1) + 2/(x+1) = 4/(x^2-1)').steps[0].action;
    expect(step).toMatchObject({
      lcd: '\\left(x - 1\\right)\\left(x + 1\\right)',
      denominators: ['x - 1', 'x + 1', 'x^{2} - 1'],
    });
  });

  it('the check catches a kept extraneous root, a rejected true one and a lost one', () => {
    const problem = parseProblemText('x^2/(x-2) = 4/(x-2)').problem;
    const right = solve('x^2/(x-2) = 4/(x-2)');
    expect(() =>
      checkSolution(problem, { ...right, exactRoots: [root(-2), root(2)], rejectedRoots: [] }),
    ).toThrow(/denominator zero/);
    expect(() =>
      checkSolution(problem, { ...right, exactRoots: [], rejectedRoots: [root(-2), root(2)] }),
    ).toThrow(/rejected but keeps/);
    expect(() => checkSolution(problem, { ...right, exactRoots: [] })).toThrow(/0 roots claimed/);
    expect(() => checkSolution(problem, { ...right, exactRoots: [root(-2), root(3)] })).toThrow(
      /does not satisfy/,
    );
  });

  it('refuses what it cannot explain rather than guessing', () => {
    expect(() => solve('1/(x^2 - 2) = 1')).toThrow(/irrational/);
    // Identities: not "no solution" (x/x = 1 holds for every x but 0).
    expect(() => solve('1/x = 1/x')).toThrow(/an identity/);
    expect(() => solve('x/x = 1')).toThrow(/an identity/);
    expect(() => solve('(n + 1 - 1)/(n + 1) = n/(n + 1)')).toThrow(/an identity/);
  });

  it('the check refuses "no solution" for an identity instead of failing inside', () => {
    const problem = parseProblemText('x/x = 1').problem;
    const claimed = solve('2x/x = 3');
    expect(() => checkSolution(problem, { ...claimed, exactRoots: [], rejectedRoots: [] })).toThrow(
      /holds wherever it is defined/,
    );
  });
});
