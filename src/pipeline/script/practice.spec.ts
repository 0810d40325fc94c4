import { parseProblemText } from '../solver/problem-parser';
import { solveAndCheck } from '../solver/solve';
import { practiceFor } from './practice';

const PROBLEMS = [
  '3(x-2)=2x+5',
  '解方程：x^2 - 5x + 6 = 0',
  'x^2 - 4x + 1 = 0',
  '2x + y = 7, x - y = 2',
  '-2x + 3 > 7',
  'Compute: (3/4 + 1/6) × 12 − 2³',
  '因式分解：6x^2 + x - 2',
  'x^2 - 4x - 5 < 0',
  'sqrt(x + 3) = x - 3',
  '求导：f(x) = (2x+1)/(x-1)',
  '2x + 1 = 2x + 5',
  'x^2 + x + 1 = 0',
];

describe('the practice problem', () => {
  it.each(PROBLEMS)(
    'for %s is the same kind of problem with new numbers, solved and checked',
    (text) => {
      const parsed = parseProblemText(text);
      const solution = solveAndCheck(parsed.problem);
      const practice = practiceFor(parsed, solution)!;
      expect(practice).not.toBeNull();
      expect(practice.parsed.latex).not.toBe(parsed.latex);
      expect(practice.solution.kind).toBe(solution.kind);
      expect(practice.parsed.task).toBe(parsed.task);
      expect(practice.solution.outcome).toBe(solution.outcome);
      if (solution.answer.values.length)
        expect(practice.solution.answer.latex).not.toBe(solution.answer.latex);
      // Solved again from its own text, independently of the generator, it gives the same answer.
      const again = parseProblemText(practice.parsed.text);
      expect(solveAndCheck(again.problem).answer).toEqual(practice.solution.answer);
    },
  );

  it('is the same every time for the same problem', () => {
    const parsed = parseProblemText('3(x-2)=2x+5');
    const solution = solveAndCheck(parsed.problem);
    expect(practiceFor(parsed, solution)!.parsed.text).toBe(
      practiceFor(parsed, solution)!.parsed.text,
    );
  });

  it.each(['952 ÷ 4 ÷ 2', '6 × 2 + 3', '7 / 2 + 1'])(
    'for %s never makes a factor or a divisor 1',
    (text) => {
      const parsed = parseProblemText(text);
      const practice = practiceFor(parsed, solveAndCheck(parsed.problem))!;
      expect(practice.parsed.text).not.toMatch(/[×÷/]\s*1(?!\d)|(?<![\d.])1\s*[×÷]/);
    },
  );

  it('keeps exponents, so the class stays the same', () => {
    const parsed = parseProblemText('x^3 - 2x^2 - x + 2 = 0');
    const practice = practiceFor(parsed, solveAndCheck(parsed.problem));
    if (practice) expect(practice.parsed.text).toMatch(/x\^3 .*x\^2/);
  });
});
