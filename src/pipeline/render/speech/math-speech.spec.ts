import { latexToText } from '../../script/math-text';
import { chineseNumber, speakMath } from './math-speech';

describe('reading math aloud', () => {
  it.each([
    [0, '零'],
    [7, '七'],
    [11, '十一'],
    [20, '二十'],
    [105, '一百零五'],
    [1010, '一千零一十'],
  ])('%i in Chinese is %s', (n, zh) => expect(chineseNumber(n)).toBe(zh));

  it.each([
    ['x² − 5x + 6 = 0', 'x 的平方 减 五x 加 六 等于 零'],
    ['两边同时减去 3，得到 x = 11。', '两边同时减去 三，得到 x 等于 十一。'],
    ['3/4 + 1/6', '四分之三 加 六分之一'],
    ['x = -2', 'x 等于 负二'],
    ['x ≤ 4', 'x 小于或等于 四'],
    ['x = 2 ± √3', 'x 等于 二 正负 根号 三'],
    ['1.25 × 4', '一点二五 乘 四'],
  ])('zh-CN: %s', (math, spoken) => expect(speakMath(math, 'zh-CN')).toBe(spoken));

  it.each([
    ['x² − 5x + 6 = 0', 'x squared minus 5x plus 6 equals 0'],
    ['3/4 + 1/6', '3 quarters plus 1 sixth'],
    ['x = -2', 'x equals negative 2'],
    ['5x/2 + 2', '5x over 2 plus 2'],
    ['x³ ≥ 8', 'x cubed is greater than or equal to 8'],
    ['x₁ = 2', 'x1 equals 2'],
  ])('en-US: %s', (math, spoken) => expect(speakMath(math, 'en-US')).toBe(spoken));

  it('reads a percentage and a decimal over 100', () => {
    const text = latexToText('12.5\\% = \\frac{12.5}{100}');
    expect(speakMath(text, 'zh-CN')).toBe('百分之十二点五 等于 一百分之十二点五');
    expect(speakMath(text, 'en-US')).toBe('12.5 percent equals 12.5 over 100');
  });

  it('reads a mixed number as one number, never as 31/2', () => {
    const text = latexToText('3\\frac{1}{2} + 1\\frac{1}{4}');
    expect(text).toBe('3\u00a01/2 + 1\u00a01/4');
    expect(speakMath(text, 'zh-CN')).toBe('三又二分之一 加 一又四分之一');
    expect(speakMath(text, 'en-US')).toBe('3 and 1 half plus 1 and 1 quarter');
  });
});
