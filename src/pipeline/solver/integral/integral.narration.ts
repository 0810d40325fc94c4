import { Language } from '../../script/mvs.types';
import { latexToText as t } from '../../script/math-text';
import { IntegralRule, StepAction } from '../solution';

type Rewrite = Extract<StepAction, { type: 'rewrite_integrand' }>;
type Term = Extract<StepAction, { type: 'integrate_term' }>;
type Bounds = Extract<StepAction, { type: 'evaluate_bounds' }>;
type Line = { narration: string; caption: string };

/**
 * What the teacher says for an integral: which line of the table each term uses, why
 * + C, and the fundamental theorem for a definite integral; the check differentiates back.
 */
export interface IntegralNarration {
  title(problem: string): string;
  intro(problem: string): string;
  rewrite(step: Rewrite, line: string): Line;
  sumRule(): Line;
  term(step: Term): Line;
  antiderivative(line: string): Line;
  definite(line: string): Line;
  bounds(step: Bounds, line: string): Line;
  check(facts: Record<string, string>, method: 'differentiate_back' | 'quadrature'): string;
}

const ZH_RULE: Record<IntegralRule, string> = {
  constant: '常数的积分是常数乘以 x',
  power: '用幂函数的积分公式：指数加一，再除以新的指数',
  reciprocal: 'x 分之一的积分是 x 的绝对值的自然对数',
  exp: 'e 的 x 次方的积分还是它自己',
  sin: '正弦的积分是负的余弦',
  cos: '余弦的积分是正弦',
};

const EN_RULE: Record<IntegralRule, string> = {
  constant: 'A constant integrates to the constant times x',
  power: 'By the power rule, raise the exponent by one and divide by the new exponent',
  reciprocal: 'One over x integrates to the natural log of the absolute value of x',
  exp: 'e to the x integrates to itself',
  sin: 'Sine integrates to minus cosine',
  cos: 'Cosine integrates to sine',
};

const zh: IntegralNarration = {
  title: (p) => `求积分 ${p}`,
  intro: (p) =>
    `我们来求 ${p}。积分是求导的逆运算：要找一个函数，它的导数正好是被积函数。我们把被积函数拆成几项，每一项查基本积分公式。`,
  rewrite: (s, line) => ({
    narration:
      s.reason === 'expand'
        ? `先把被积函数展开成几项相加：${t(line)}。`
        : `先把根号和分母里的 x 写成幂的形式，这样就能用幂函数的积分公式：${t(line)}。`,
    caption: s.reason === 'expand' ? '展开被积函数' : '写成幂的形式',
  }),
  sumRule: () => ({
    narration: '和的积分等于积分的和，常数因子可以提到积分号外面，所以我们逐项积分。',
    caption: '逐项积分',
  }),
  term: (s) => ({
    narration: `${ZH_RULE[s.rule]}：${t(s.term)} 的积分是 ${t(s.result)}。`,
    caption: ZH_RULE[s.rule].split('：')[0],
  }),
  antiderivative: (line) => ({
    narration: `把各项合在一起，再加上任意常数 C，因为常数的导数是零，加上任何常数都对：${t(line)}。`,
    caption: '加上常数 C',
  }),
  definite: (line) => ({
    narration: `这是定积分。先求出一个原函数，再用牛顿—莱布尼茨公式，用上限处的值减去下限处的值：${t(line)}。`,
    caption: '牛顿—莱布尼茨公式',
  }),
  bounds: (s, line) => ({
    narration: `代入上限 ${t(s.upper)}，得到 ${t(s.atUpper)}；代入下限 ${t(s.lower)}，得到 ${t(s.atLower)}；相减：${t(line)}。`,
    caption: '上限减下限',
  }),
  check: (f, method) =>
    method === 'quadrature'
      ? `检验一下：把区间分成 ${f.intervals} 小段，用辛普森公式数值计算这个积分，约等于 ${f.estimate}，和我们的答案一致。`
      : `检验一下：对结果求导应该得到被积函数。在 ${f.variable} = ${f.point} 处，结果的变化率约为 ${f.slope}，被积函数的值也是 ${f.integrand}，一致。`,
};

const en: IntegralNarration = {
  title: (p) => `Integrating ${p}`,
  intro: (p) =>
    `Let's find ${p}. Integration undoes differentiation: we look for a function whose derivative is the integrand. We split the integrand into terms and use the table of basic integrals for each one.`,
  rewrite: (s, line) => ({
    narration:
      s.reason === 'expand'
        ? `First multiply the integrand out into separate terms: ${t(line)}.`
        : `First write the roots and the x in the denominator as powers of x, so that the power rule applies: ${t(line)}.`,
    caption: s.reason === 'expand' ? 'Multiply out' : 'Write as powers',
  }),
  sumRule: () => ({
    narration:
      'The integral of a sum is the sum of the integrals, and constant factors come outside, so we integrate term by term.',
    caption: 'Term by term',
  }),
  term: (s) => ({
    narration: `${EN_RULE[s.rule]}: the integral of ${t(s.term)} is ${t(s.result)}.`,
    caption: EN_RULE[s.rule].split(',')[0],
  }),
  antiderivative: (line) => ({
    narration: `Put the terms together and add a constant C: a constant's derivative is zero, so any constant works: ${t(line)}.`,
    caption: 'Add the constant C',
  }),
  definite: (line) => ({
    narration: `This is a definite integral. We take an antiderivative and, by the fundamental theorem of calculus, subtract its value at the lower limit from its value at the upper limit: ${t(line)}.`,
    caption: 'Fundamental theorem',
  }),
  bounds: (s, line) => ({
    narration: `At the upper limit ${t(s.upper)} it is ${t(s.atUpper)}; at the lower limit ${t(s.lower)} it is ${t(s.atLower)}; subtract: ${t(line)}.`,
    caption: 'Upper minus lower',
  }),
  check: (f, method) =>
    method === 'quadrature'
      ? `Let's check: Simpson's rule with ${f.intervals} strips gives about ${f.estimate}, which agrees with our answer.`
      : `Let's check: differentiating the result must give back the integrand. At ${f.variable} = ${f.point} the result changes at a rate of about ${f.slope}, and the integrand is ${f.integrand} there too.`,
};

export const INTEGRAL_NARRATION: Record<Language, IntegralNarration> = { 'zh-CN': zh, 'en-US': en };
