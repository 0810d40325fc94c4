import { parseProblemText } from './problem-parser';
import { solveProblem } from './solve';
import { checkSolution } from './check';
import { Solution } from './solution';
import { parseStatement } from '../math/parser';

/** The checker must be able to fail: feed it tampered solutions. */
describe('independent answer check', () => {
  const tamper = (text: string, change: (s: Solution) => Solution) => {
    const parsed = parseProblemText(text);
    return () => checkSolution(parsed.problem, change(solveProblem(parsed.problem)));
  };

  it('rejects a wrong linear answer', () => {
    expect(
      tamper('3(x-2)=2x+5', (s) => ({
        ...s,
        answer: { ...s.answer, values: [{ variable: 'x', value: '12' }] },
      })),
    ).toThrow(/substituting/);
  });

  it('rejects a step that is not an equivalent transformation', () => {
    expect(
      tamper('3(x-2)=2x+5', (s) => ({
        ...s,
        steps: [
          {
            ...s.steps[0],
            latex: '3x - 2 = 2x + 5',
            state: { kind: 'statement', statement: parseStatement('3x - 2 = 2x + 5') },
          },
          ...s.steps.slice(1),
        ],
      })),
    ).toThrow(/not equivalent/);
  });

  it('rejects an inequality whose sign was not flipped', () => {
    expect(
      tamper('-2x + 3 > 7', (s) => ({
        ...s,
        answer: { ...s.answer, values: [{ variable: 'x', value: '> -2' }] },
      })),
    ).toThrow();
  });

  it('rejects a missing quadratic root', () => {
    expect(
      tamper('x^2 - 5x + 6 = 0', (s) => ({ ...s, exactRoots: s.exactRoots!.slice(0, 1) })),
    ).toThrow(/expected 2 roots/);
  });

  it('rejects "no real roots" when there are roots', () => {
    expect(tamper('x^2 - 5x + 6 = 0', (s) => ({ ...s, outcome: 'no_real_roots' }))).toThrow(
      /discriminant/,
    );
  });

  it('rejects a wrong system solution', () => {
    expect(
      tamper('2x + y = 7, x - y = 2', (s) => ({
        ...s,
        answer: {
          ...s.answer,
          values: [
            { variable: 'x', value: '3' },
            { variable: 'y', value: '2' },
          ],
        },
      })),
    ).toThrow();
  });

  it('rejects a wrong derivative', () => {
    expect(
      tamper('求导：f(x) = x^3', (s) => ({
        ...s,
        answer: { ...s.answer, values: [{ variable: '', value: '3*x' }] },
      })),
    ).toThrow(/disagrees/);
  });

  it('rejects a wrong simplification', () => {
    expect(
      tamper('Simplify: 3(x+2) - 2(x-1)', (s) => ({
        ...s,
        answer: { ...s.answer, values: [{ variable: '', value: 'x + 4' }] },
      })),
    ).toThrow();
  });

  it('rejects a wrong arithmetic result', () => {
    expect(
      tamper('1/2 + 1/3', (s) => ({
        ...s,
        answer: { ...s.answer, values: [{ variable: '', value: '2/5' }] },
      })),
    ).toThrow();
  });

  it('checks against the problem as read: a solution of a tampered reading fails', () => {
    // The reader dropped sqrt: x + 3 = x - 3 "has no solution". Against the problem as
    // written, that verdict cannot be checked and must not pass.
    const read = parseProblemText('x + 3 = x - 3').problem;
    if (read.kind !== 'linear_equation') throw new Error('read as a linear equation');
    const solution = solveProblem(read);
    const asWritten = { ...read, statement: parseStatement('sqrt(x + 3) = x - 3') };
    expect(() => checkSolution(asWritten, solution)).toThrow(/cannot evaluate|not equivalent/);
    // A derivative whose reading lost a factor (x^2 sin x read as x^2) is caught numerically.
    const derivative = parseProblemText('求导：f(x) = x^2 sin(x)').problem;
    const lost = solveProblem(parseProblemText('求导：f(x) = x^2').problem);
    expect(() => checkSolution(derivative, lost)).toThrow(/disagrees/);
  });
});
