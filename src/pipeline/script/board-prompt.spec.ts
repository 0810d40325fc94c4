import { boardPrompt } from './board-prompt';

describe('boardPrompt', () => {
  it('keeps the student’s words when they are in the video’s language', () => {
    expect(boardPrompt('解方程', 'solve', 'linear_equation', 'zh-CN')).toBe('解方程');
    expect(boardPrompt('Solve for x', 'solve', 'linear_equation', 'en-US')).toBe('Solve for x');
  });

  it('writes the task in the video’s language otherwise', () => {
    expect(boardPrompt('Compute', 'compute', 'arithmetic', 'zh-CN')).toBe('计算');
    expect(boardPrompt('Solve', 'solve', 'linear_system', 'zh-CN')).toBe('解方程组');
    expect(boardPrompt('Solve the inequality', 'solve', 'quadratic_inequality', 'zh-CN')).toBe(
      '解不等式',
    );
    expect(boardPrompt('因式分解', 'factor', 'factoring', 'en-US')).toBe('Factor');
    expect(boardPrompt('求导', 'derivative', 'derivative', 'en-US')).toBe('Differentiate');
  });

  it('writes nothing when there was no prompt', () => {
    expect(boardPrompt('', 'compute', 'arithmetic', 'zh-CN')).toBe('');
  });
});
