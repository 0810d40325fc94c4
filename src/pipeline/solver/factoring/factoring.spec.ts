import { parseExpression } from '../../math/parser';
import { Polynomial } from '../../math/polynomial';
import { parseProblemText } from '../problem-parser';
import { solveAndCheck } from '../solve';
import { checkSolution } from '../check';
import { Solution } from '../solution';

const factor = (text: string) => solveAndCheck(parseProblemText(`Factor ${text}`).problem);
const moves = (s: Solution) =>
  s.steps.map((step) =>
    step.action.type === 'factoring' ? step.action.move.kind : step.action.type,
  );

describe('factoring', () => {
  it.each([
    ['x^2 + 5x + 6', '(x + 3)(x + 2)', ['cross']],
    ['x^2 - 9', '(x + 3)(x - 3)', ['difference_of_squares']],
    ['2x^3 - 8x', '2x(x + 2)(x - 2)', ['common', 'difference_of_squares']],
    ['x^2 - 6x + 9', '(x - 3)^2', ['perfect_square']],
    ['6x^2 + x - 2', '(3x + 2)(2x - 1)', ['cross']],
    ['x^3 + 2x^2 - 3x - 6', '(x + 2)(x^2 - 3)', ['grouping']],
    ['x^4 - 16', '(x^2 + 4)(x + 2)(x - 2)', ['substitute_square', 'difference_of_squares']],
    ['x^3 - 6x^2 + 11x - 6', '(x - 1)(x - 2)(x - 3)', ['rational_root', 'cross']],
    ['x^2 - 4y^2', '(x + 2y)(x - 2y)', ['difference_of_squares']],
    ['a^2 + 2ab + b^2', '(a + b)^2', ['perfect_square']],
    ['x^2 y - y', 'y(x + 1)(x - 1)', ['common', 'difference_of_squares']],
    ['-x^2 + 4', '-(x + 2)(x - 2)', ['common', 'difference_of_squares']],
    ['x^2/4 - 1', '(1/4)(x + 2)(x - 2)', ['common', 'difference_of_squares']],
    ['x^2 + 1', 'x^2 + 1', ['irreducible']],
    ['8x^3 + 27', '(2x + 3)(4x^2 - 6x + 9)', ['rational_root']],
  ])('%s = %s by %j', (text, answer, expectedMoves) => {
    const s = factor(text);
    expect(s.answer.values[0].value).toBe(answer);
    expect(moves(s)).toEqual(expectedMoves);
    expect(s.check?.method).toBe('identity');
    // Both our parser and the spec's format agree: the answer multiplies out to the input.
    expect(
      Polynomial.fromExpr(parseExpression(answer)).equals(
        Polynomial.fromExpr(parseExpression(text)),
      ),
    ).toBe(true);
  });

  it('refuses a quartic it cannot split rather than call it irreducible', () => {
    expect(() => factor('x^4 + 4')).toThrow(/quartic/);
  });
});

describe('the factoring check', () => {
  // The check sees only the problem as read and the claimed answer.
  const tamper = (text: string, value: string) => () =>
    checkSolution(parseProblemText(`Factor ${text}`).problem, {
      kind: 'factoring',
      problemLatex: text,
      steps: [],
      outcome: 'expression',
      answer: { latex: value, values: [{ variable: '', value }] },
    });

  it.each([
    ['x^2 + 5x + 6', '(x + 1)(x + 6)', /multiply out/],
    ['2x^3 - 8x', '2x(x^2 - 4)', /factored further/],
    ['2x^3 - 8x', 'x(2x^2 - 8)', /common factor/],
    ['x^4 + 4', 'x^4 + 4', /factored further/],
    ['x^3 - 1', 'x^3 - 1', /factored further/],
    ['x^2 - 1', '2(x + 1)(1/2)(x - 1)', /more than one constant/],
  ])('rejects %s answered as %s', (text, value, why) => {
    expect(tamper(text, value)).toThrow(why);
  });

  it('accepts a right answer found another way', () => {
    expect(tamper('x^2 - 5x + 6', '(x - 2)(x - 3)')).not.toThrow();
    expect(tamper('x^4 + 4', '(x^2 + 2x + 2)(x^2 - 2x + 2)')).not.toThrow();
  });
});
