/**
 * Inputs a new user types that a careless reader gets wrong: words next to the math,
 * function names, tasks we do not solve, huge numbers, deep nesting. Each has its outcome
 * known by hand: the answer values (mathjs-readable, compared as math) or a refusal, with
 * the text the refusal must name. Used by the reader's tests and by bench:fuzz.
 */
export type TrickyOutcome =
  | { answer: string[] }
  | { refusal: 'named'; names: string }
  | { refusal: 'too_large' }
  | { refusal: 'any' };

export const TRICKY_INPUTS: [string, TrickyOutcome][] = [
  // The issue's own cases: wrong answers that were "checked", and inputs that never finished.
  ['Factor x^2 + 5x + 6', { answer: ['(x + 2)(x + 3)'] }],
  ['因式分解：x^2 - 9', { answer: ['(x + 3)(x - 3)'] }],
  ['Solve sqrt(x + 3) = x - 3', { answer: ['6'] }],
  ['sqrt(x) = -2', { answer: [] }],
  ['sqrt(x) + sqrt(x + 1) = 3', { refusal: 'any' }],
  ['sqrt(x) > 2', { refusal: 'named', names: 'sqrt' }],
  ['Solve sin(x) = 0.5', { refusal: 'named', names: 'sin' }],
  ['x^2=1000000000000000000000000000007', { refusal: 'too_large' }],
  ['sqrt(1000000000000000000000000000000000000000000000000000000000000)', { refusal: 'too_large' }],
  ['((0.5^20)^20)^20', { refusal: 'too_large' }],
  ['((((x+1)^12)^12)^12)^12=0', { refusal: 'too_large' }],
  // Words are never products of letters; unknown words are named.
  ['Solve 2x + 3 = 7 quickly', { refusal: 'named', names: 'quickly' }],
  ['the cost is 3x + 2', { refusal: 'named', names: 'the' }],
  ['解方程：2x + 3 = 7 吗', { refusal: 'named', names: '吗' }],
  // A misread fraction 5/√5 read as "− √5 5": a number after a root is never written so.
  ['化简：- sqrt(5) 5', { refusal: 'any' }],
  // Word problems offline: set up the equation, or let the LLM provider set it up.
  [
    'Tom is 4 years older than Ann. Together they are 20 years old. How old is Ann?',
    { refusal: 'named', names: 'word problem' },
  ],
  ['小明有5个苹果，又买了3个，现在一共有几个？', { refusal: 'named', names: '应用题' }],
  ['Factorise 6x^2 - 3x', { answer: ['3x(2x - 1)'] }],
  ['Factor 12', { refusal: 'named', names: 'primes' }],
  ['Factor x^4 + 4', { refusal: 'any' }],
  ['Integrate x^2', { answer: ['x^3/3 + C'] }],
  ['Integrate x sin x', { refusal: 'any' }],
  ['Find the limit of x^2', { refusal: 'named', names: 'Say where the variable goes' }],
  ['Find the limit of x^2 as x approaches 3', { answer: ['9'] }],
  ['求极限：(x^2 - 1)/(x - 1)', { refusal: 'named', names: '趋近于哪里' }],
  ['lg(100) + 1', { answer: ['3'] }],
  ['lg(7) + 1', { refusal: 'any' }],
  ['log(x) = 2', { refusal: 'named', names: 'log' }],
  ['|x - 1| = 3', { answer: ['-2', '4'] }],
  ['|x - 1| + |x + 1| = 4', { refusal: 'any' }],
  ['|x^2 - 1| = 3', { refusal: 'any' }],
  ['1/(x - 2) + 3 = (x - 1)/(x - 2)', { answer: [] }],
  ['1/(x^2 - 2) = 1', { refusal: 'any' }],
  ['求导：f(x) = lg(x)', { refusal: 'named', names: 'lg' }],
  ['Simplify 2x + 3 = 7', { refusal: 'named', names: 'Simplifying' }],
  ['Solve 3x + 2x', { refusal: 'named', names: 'nothing to solve' }],
  ['Expand and solve (x+1)^2 = 4', { refusal: 'any' }],
  // Right answers, with the instruction words understood in both languages.
  ['Solve for x: 5x/2 + 2 = 3x/2 + 10', { answer: ['8'] }],
  ['Solve the equation 2(x - 1) = x + 4', { answer: ['6'] }],
  ['解方程：x^2 - 5x + 6 = 0', { answer: ['2', '3'] }],
  ['求 x 的值：3x - 7 = 11', { answer: ['6'] }],
  ['Simplify: 3(x + 2) - 2(x - 1)', { answer: ['x + 8'] }],
  ['化简：2xy + 3xy', { answer: ['5*x*y'] }],
  ['Expand (x + 3)(x - 2)', { answer: ['x^2 + x - 6'] }],
  ['计算：1/2 + 1/3 = ?', { answer: ['5/6'] }],
  ['Evaluate 2^10 - 24', { answer: ['1000'] }],
  ['What is 12 × 12?', { answer: ['144'] }],
  ['sqrt(16) + 2', { answer: ['6'] }],
  ['√(49) × 2', { answer: ['14'] }],
  ['Find the derivative of f(x) = x^2 sin x', { answer: ['2*x*sin(x) + x^2*cos(x)'] }],
  ["已知 f(x) = x^3 - 2x，求 f'(x)", { answer: ['3*x^2 - 2'] }],
  ['Differentiate: f(x) = e^(3x) + ln(x)', { answer: ['3*e^(3*x) + 1/x'] }],
  ['x^2 = 100000000000000000000', { answer: ['-10000000000', '10000000000'] }],
  ['x^2 = 2^60', { answer: ['-1073741824', '1073741824'] }],
  ['0.5^20', { answer: ['1/1048576'] }],
  ['3x + 1 ≥ 7', { answer: ['>= 2'] }],
  // x written for ×, only where it cannot be an unknown.
  ['3 + 2 x 2 =', { answer: ['7'] }],
  ['12x3', { answer: ['36'] }],
  ['2x2 = 4x', { refusal: 'any' }],
  // Primary-school arithmetic notations.
  ['[2 + 3] × 4 - {6 ÷ [1 + 2]}', { answer: ['18'] }],
  ['3 1/2 + 1 1/4', { answer: ['19/4'] }],
  ['计算：3又1/2 - 1/2', { answer: ['3'] }],
  ['8^(1/3) + 4^(-1/2)', { answer: ['5/2'] }],
  ['(-8)^(1/3)', { answer: ['-2'] }],
  ['(3/9) ÷ ((51.73 ÷ 33) ÷ 52)', { answer: ['57200/5173'] }],
  ['2^(1/2)', { refusal: 'any' }],
  ['3 4', { refusal: 'any' }],
  // Equations of degree 3 and 4 that factor.
  ['x^3 - 6x^2 + 11x - 6 = 0', { answer: ['1', '2', '3'] }],
  ['解方程：x^4 - 5x^2 + 4 = 0', { answer: ['-2', '-1', '1', '2'] }],
  // Quadratic inequalities, answered as intervals.
  ['x^2 - 5x + 6 > 0', { answer: ['(-inf, 2) U (3, inf)'] }],
  ['解不等式：-x^2 + 4 >= 0', { answer: ['[-2, 2]'] }],
  ['x^2 - 2x - 1 < 0', { answer: ['(1 - sqrt(2), 1 + sqrt(2))'] }],
  ['x^2 + 1 > 0', { answer: ['all real numbers'] }],
];
