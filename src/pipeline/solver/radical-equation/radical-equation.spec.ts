import { Rational } from '../../math/rational';
import { parseProblemText } from '../problem-parser';
import { solveAndCheck } from '../solve';
import { checkSolution } from '../check';
import { rationalRoot } from '../quadratic.solver';

const solve = (text: string) => solveAndCheck(parseProblemText(text).problem);

describe('radical equations', () => {
  it.each([
    ['sqrt(x + 3) = x - 3', ['6'], ['1']],
    ['√(2x + 1) = 3', ['4'], []],
    ['x - sqrt(x) = 2', ['4'], ['1']],
    ['2sqrt(x - 1) = x - 1', ['1', '5'], []],
    ['sqrt(x) = -2', [], ['4']],
    ['sqrt(x^2 + 9) = x + 1', ['4'], []],
  ])('%s → %j, rejecting %j', (text, kept, rejected) => {
    const s = solve(text);
    expect(s.answer.values.map((v) => v.value)).toEqual(kept);
    expect(s.rejectedRoots?.map((r) => `${r.p}`)).toEqual(rejected);
  });

  it('the check catches a kept extraneous root and a rejected true one', () => {
    const problem = parseProblemText('sqrt(x + 3) = x - 3').problem;
    const right = solve('sqrt(x + 3) = x - 3');
    const [six, one] = [rationalRoot(Rational.of(6)), rationalRoot(Rational.of(1))];
    expect(() =>
      checkSolution(problem, { ...right, exactRoots: [six, one], rejectedRoots: [] }),
    ).toThrow(/does not satisfy/);
    expect(() =>
      checkSolution(problem, { ...right, exactRoots: [], rejectedRoots: [six, one] }),
    ).toThrow(/rejected but is a root/);
    expect(() => checkSolution(problem, { ...right, rejectedRoots: [] })).toThrow(/candidates/);
  });
});
