import { ORDINARY_PROBLEMS } from '../../../bench/ordinary-problems';
import { sameAnswers } from '../providers/answer-equivalence';
import { solveText } from '../providers/solve-text';

/** Ordinary textbook problems of every class, answered as worked out by hand. */
describe('ordinary problems of the classes added for breadth', () => {
  it.each(ORDINARY_PROBLEMS)('%s', (text, expected) => {
    const { solution } = solveText(text);
    expect(solution.answer.values).toHaveLength(expected.length);
    expect(sameAnswers(solution.answer.values, expected)).toBe(true);
  });
});
