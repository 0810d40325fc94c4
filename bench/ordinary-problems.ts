import { AnswerValue } from '../src/pipeline/solver/solution';

const x = (...values: string[]): AnswerValue[] => values.map((value) => ({ variable: 'x', value }));
const value = (v: string): AnswerValue[] => [{ variable: '', value: v }];

/**
 * Ordinary textbook problems of the classes added for breadth (issue 13), one or two of each,
 * typed as a student would, with answers worked out by hand. Not generated: they catch what
 * the generators' regular shapes do not. (The project's kept-apart set is judged elsewhere.)
 */
export const ORDINARY_PROBLEMS: [string, AnswerValue[]][] = [
  ['因式分解：x^3 - 4x', value('x(x + 2)(x - 2)')],
  ['Factor: 6x^2 + x - 2', value('(3x + 2)(2x - 1)')],
  ['解方程：1/(x-2) = 3/x', x('3')],
  ['解方程：x/(x-1) - 2/(x^2-1) = 1', []],
  ['解方程：|2x - 1| = 5', x('-2', '3')],
  ['Solve |x + 3| < 4', x('(-7, 1)')],
  ['解不等式：x^2 - 5x + 6 > 0', x('(-inf, 2) U (3, inf)')],
  ['Solve (x - 1)/(x + 3) >= 0', x('(-inf, -3) U [1, inf)')],
  ['解方程：√(2x + 3) = x', x('3')],
  ['解方程：2^(2x - 1) = 32', x('3')],
  ['Solve: 5^x = 7', x('log(7)/log(5)')],
  ['解方程：lg(x) + lg(x - 3) = 1', x('5')],
  ['Solve: log_3(2x + 1) = 2', x('4')],
  ['解方程：x^3 - 6x^2 + 11x - 6 = 0', x('1', '2', '3')],
  ['Solve: x^4 - 5x^2 + 4 = 0', x('-2', '-1', '1', '2')],
  [
    '解方程组：x + y + z = 6, 2x - y + z = 3, x + 2y - z = 2',
    [
      { variable: 'x', value: '1' },
      { variable: 'y', value: '2' },
      { variable: 'z', value: '3' },
    ],
  ],
  ['化简：(x^2 - 9)/(x^2 + 6x + 9)', value('(x - 3)/(x + 3)')],
  ['Simplify: 3/(x - 1) + 2/(x + 1)', value('(5x + 1)/((x - 1)(x + 1))')],
  ['化简：√72', value('6*sqrt(2)')],
  ['化简：√12 × √3 - √27', value('6 - 3*sqrt(3)')],
  ['化简：1/(√5 - 2)', value('sqrt(5) + 2')],
  ['计算：15% × 240', value('36')],
  ['计算：2又1/3 + 1又1/2', value('23/6')],
  ['计算：(-2)^3 + 2^(-2)', value('-31/4')],
  ['计算：[3 - (2 + 4) ÷ 3] × 5', value('5')],
  ['计算：sin 30° + cos 45° × √2', value('3/2')],
  ['计算：8^(2/3)', value('4')],
  ['lim_{x→2} (x^2 - 4)/(x - 2)', value('4')],
  ['Find the limit of (2x^2 - 3)/(5x^2 + x) as x approaches infinity', value('2/5')],
  ['∫(4x^3 - 2x + 1)dx', value('x^4 - x^2 + x + C')],
  ['∫_1^2 (x^2 + 1/x^2) dx', value('17/6')],
  ['Integrate: e^x + 2cos x', value('e^x + 2*sin(x) + C')],
];
