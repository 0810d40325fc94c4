import { TRICKY_INPUTS } from '../../../bench/tricky-inputs';
import { PipelineError } from '../errors';
import { solveText } from '../providers/solve-text';
import { sameAnswers } from '../providers/answer-equivalence';
import { parseExpression, parseStatement } from '../math/parser';
import { isqrt, splitSquareFactor } from '../math/rational';
import { auditReading, ReadingMismatchError } from './fidelity';
import { parseProblemText } from './problem-parser';
import { readInstructions } from './instructions';

/** Never a wrong answer: every tricky input is answered right or refused, by name. */
describe('the faithful reader on tricky inputs', () => {
  it.each(TRICKY_INPUTS)('%s', (text, outcome) => {
    const started = Date.now();
    let result: ReturnType<typeof solveText> | PipelineError;
    try {
      result = solveText(text);
    } catch (e) {
      if (!(e instanceof PipelineError)) throw e;
      result = e;
    }
    if ('answer' in outcome) {
      expect(result).not.toBeInstanceOf(PipelineError);
      const values = (result as ReturnType<typeof solveText>).solution.answer.values;
      const expected = outcome.answer.map((value) => ({
        variable: values[0]?.variable ?? '',
        value,
      }));
      expect(sameAnswers(values, expected)).toBe(true);
      return;
    }
    expect(result).toBeInstanceOf(PipelineError);
    const refusal = result as PipelineError;
    expect(refusal.permanent).toBe(true);
    if (outcome.refusal === 'too_large') {
      expect(refusal.code).toBe('PROBLEM_TOO_LARGE');
      expect(refusal.messageIn('en-US')).toMatch(/too large/);
      expect(refusal.messageIn('zh-CN')).toMatch(/太大/);
    }
    if (outcome.refusal === 'named') {
      const message = `${refusal.messageIn('zh-CN')} ${refusal.messageIn('en-US')}`;
      expect(message).toContain(outcome.names);
    }
    // Refusals come at once: a limit is checked before the work, not after it.
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('instruction words', () => {
  it.each([
    ['Solve for x: 2x = 4', ['solve'], 'x'],
    ['求 y 的值：3y = 6', ['solve'], 'y'],
    ['因式分解 x^2 - 1', ['factor'], undefined],
    ['Find the derivative of x^2', ['derivative'], undefined],
    ['计算：1 + 1', ['compute'], undefined],
    ['Simplify the expression 3x + 2x', ['simplify'], undefined],
    ['expand (x+1)^2', ['expand'], undefined],
  ])('%s asks for %j', (text, tasks, variable) => {
    const read = readInstructions(text);
    expect(read.tasks).toEqual(tasks);
    expect(read.variable).toBe(variable);
    expect(read.parts).toHaveLength(1);
  });

  it('sets problem.task, and a --task for a bare expression', () => {
    expect(parseProblemText('3(x-2)=2x+5').task).toBe('solve');
    expect(parseProblemText('2 + 3').task).toBe('compute');
    expect(parseProblemText('(x+1)^2').task).toBe('expand');
    expect(parseProblemText('(x+1)^2', 'simplify')).toMatchObject({
      task: 'simplify',
      kind: 'simplify',
    });
    expect(parseProblemText('x^2 - 9', 'factor')).toMatchObject({
      task: 'factor',
      kind: 'factoring',
    });
    expect(() => parseProblemText('Factor x^2 - 9 = 0')).toThrow(/equation/);
    expect(() => parseProblemText('Expand (x+1)^2', 'simplify')).toThrow(/asks to expand/);
  });

  it('never guesses the task of a bare expression read from a photo without a readable instruction', () => {
    expect(() => parseProblemText('x^2 - 6x + 9', undefined, true)).toThrow(/instruction/);
    expect(parseProblemText('x^2 - 6x + 9', 'factor', true).kind).toBe('factoring');
    // An equation or a calculation says what to do by itself.
    expect(parseProblemText('x^2 - 6x + 9 = 0', undefined, true).kind).toBe('quadratic_equation');
    expect(parseProblemText('2 + 3', undefined, true).kind).toBe('arithmetic');
  });

  it('never reads a word as a product of letters', () => {
    for (const word of ['Factor', 'expand', 'is', 'abc', 'Solve']) {
      expect(() => parseExpression(`${word} x`)).toThrow(/not mathematics/);
    }
    expect(() => parseExpression('2xy + sinx')).not.toThrow();
  });
});

describe('the reading is audited against the input', () => {
  it.each([
    ['a dropped function', 'sqrt(x + 3) = x - 3', 'x + 3 = x - 3'],
    ['a dropped factor', '3(x - 2) = 2x + 5', '(x - 2) = 2x + 5'],
    ['a dropped term', 'x^2 + 5x + 6 = 0', 'x^2 + 6 = 0'],
    ['a changed digit', '2x + 3 = 7', '2x + 8 = 7'],
    ['a changed relation', '2x + 3 < 7', '2x + 3 > 7'],
    ['a changed letter', '2x + 3 = 7', '2y + 3 = 7'],
    ['a dropped sign', '-2x = 5', '2x = 5'],
    ['a dropped percent sign', '20% = x', '20 = x'],
  ])('catches %s', (_, text, tampered) => {
    expect(() => auditReading(text, parseStatement(tampered))).toThrow(ReadingMismatchError);
    expect(() => auditReading(text, parseStatement(text))).not.toThrow();
  });

  it('accepts the notations a student writes', () => {
    for (const text of [
      'x² − 5x + 6 = 0',
      '3/4 ÷ 3/8',
      '2 × (−3)',
      '√16 + |−2|',
      'x⁻¹ + 0.50',
      '12.5% × 8',
    ])
      expect(() =>
        auditReading(text, /[=<>]/.test(text) ? parseStatement(text) : parseExpression(text)),
      ).not.toThrow();
  });
});

describe('bounded work', () => {
  it('takes integer square roots of any size exactly', () => {
    const n = 10n ** 600n + 12345n;
    const r = isqrt(n);
    expect(r * r <= n && (r + 1n) * (r + 1n) > n).toBe(true);
    expect(isqrt(10n ** 60n)).toBe(10n ** 30n);
  });

  it('takes square factors out within a bound, and exactly', () => {
    expect(splitSquareFactor(72n)).toEqual({ outside: 6n, inside: 2n });
    const prime = 1000000000000000000000000000057n;
    expect(splitSquareFactor(prime)).toEqual({ outside: 1n, inside: prime });
    expect(splitSquareFactor(prime * prime * 2n)).toEqual({
      outside: 1n,
      inside: prime * prime * 2n,
    });
    expect(splitSquareFactor(prime * prime)).toEqual({ outside: prime, inside: 1n });
  });
});
