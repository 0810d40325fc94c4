import { Language } from '../../script/mvs.types';
import { latexToText as t } from '../../script/math-text';
import { StepAction } from '../solution';

type Action<T extends StepAction['type']> = Extract<StepAction, { type: T }>;
type Line = { narration: string; caption: string };

/**
 * What the teacher says for exponential equations (same base, equal exponents, or a
 * logarithm) and logarithmic ones (domain, log rules, to a power, check the domain).
 */
export interface ExpLogNarration {
  title(kind: 'exponential_equation' | 'logarithmic_equation', problem: string): string;
  intro(kind: 'exponential_equation' | 'logarithmic_equation', problem: string): string;
  sameBase(step: Action<'exp_same_base'>, line: string): Line;
  equateExponents(line: string): Line;
  takeLog(step: Action<'exp_take_log'>, line: string): Line;
  alwaysPositive(step: Action<'exp_always_positive'>): Line;
  domain(step: Action<'log_domain'>): Line;
  combine(step: Action<'log_combine'>, line: string): Line;
  toExponential(step: Action<'log_to_exponential'>, line: string): Line;
  equateArguments(line: string): Line;
  domainCheck(step: Action<'log_domain_check'>): Line;
  check(
    kind: 'exponential_equation' | 'logarithmic_equation',
    facts: Record<string, string>,
  ): string;
}

const list = (xs: string[], sep: string) => xs.map(t).join(sep);

const ZH_RULES = {
  product: '同底对数相加，真数相乘',
  quotient: '同底对数相减，真数相除',
  power: '系数可以变成真数的指数',
};
const EN_RULES = {
  product: 'a sum of logs is the log of the product',
  quotient: 'a difference of logs is the log of the quotient',
  power: 'a factor in front becomes a power inside',
};

const zh: ExpLogNarration = {
  title: (kind, p) => `${kind === 'exponential_equation' ? '解指数方程' : '解对数方程'} ${p}`,
  intro: (kind, p) =>
    kind === 'exponential_equation'
      ? `我们来解方程 ${p}。未知数在指数上，这是指数方程。思路是把两边化成同底数的幂，底数相同，指数就相等；化不成同底时，就取对数。`
      : `我们来解方程 ${p}。未知数在对数的真数里，这是对数方程。先写出定义域，再用对数的运算法则把对数合在一起，化成指数式去掉对数，最后检验根是否在定义域内。`,
  sameBase: (s, line) => ({
    narration: `把两边化成以 ${t(s.base)} 为底的幂：${list(s.powers, '，')}，所以 ${t(line)}。`,
    caption: '化成同底数的幂',
  }),
  equateExponents: (line) => ({
    narration: `底数相同的两个幂相等，指数就相等：${t(line)}。`,
    caption: '指数相等',
  }),
  takeLog: (s, line) => ({
    narration: `右边不能写成以 ${t(s.base)} 为底的整数次幂，所以两边取以 ${t(s.base)} 为底的对数：${t(line)}。`,
    caption: '两边取对数',
  }),
  alwaysPositive: (s) => ({
    narration: `指数函数的值总是正的，不可能等于 ${t(s.value)}，所以方程无解。`,
    caption: '幂总是正数',
  }),
  domain: (s) => ({
    narration: `对数的真数必须大于零，所以先写出定义域：${list(s.conditions, '，且 ')}。`,
    caption: '定义域',
  }),
  combine: (s, line) => ({
    narration: `用对数的运算法则，${s.rules.map((r) => ZH_RULES[r]).join('；')}：${t(line)}。`,
    caption: '合并对数',
  }),
  toExponential: (s, line) => ({
    narration: `把对数式化成指数式：以 ${t(s.base)} 为底的对数等于 ${t(s.exponent)}，真数就等于 ${t(s.base)} 的 ${t(s.exponent)} 次方：${t(line)}。`,
    caption: '化成指数式',
  }),
  equateArguments: (line) => ({
    narration: `两边是同底的对数，对数相等，真数就相等：${t(line)}。`,
    caption: '真数相等',
  }),
  domainCheck: (s) => ({
    narration:
      (s.candidates.length ? `解得 ${list(s.candidates, ' 或 ')}。` : '这个方程没有实数根。') +
      (s.kept.length ? `${list(s.kept, '、')} 满足定义域，是原方程的根。` : '') +
      (s.rejected.length ? `${list(s.rejected, '、')} 使真数不大于零，不在定义域内，要舍去。` : ''),
    caption: s.rejected.length ? '检验定义域，舍去' : '检验定义域',
  }),
  check: (kind, f) =>
    f.kept
      ? `检验一下：把 ${f.kept} 代入原方程，左右两边相等${kind === 'logarithmic_equation' ? '，对数的真数也都是正数' : ''}。`
      : '检验一下：没有满足定义域的根，所以原方程无解。',
};

const en: ExpLogNarration = {
  title: (kind, p) =>
    `${kind === 'exponential_equation' ? 'Solving the exponential equation' : 'Solving the logarithmic equation'} ${p}`,
  intro: (kind, p) =>
    kind === 'exponential_equation'
      ? `Let's solve ${p}. The unknown is in an exponent. We write both sides as powers of the same base; then the exponents must be equal. Where that is impossible, we take logarithms.`
      : `Let's solve ${p}. The unknown is inside logarithms. First the domain, then the log rules to combine the logs into one, then we rewrite the log as a power, and finally we check the roots against the domain.`,
  sameBase: (s, line) => ({
    narration: `Write both sides as powers of ${t(s.base)}: ${list(s.powers, ', ')}, so ${t(line)}.`,
    caption: 'Same base',
  }),
  equateExponents: (line) => ({
    narration: `Two powers of the same base are equal only when their exponents are: ${t(line)}.`,
    caption: 'Equal exponents',
  }),
  takeLog: (s, line) => ({
    narration: `The right side is not a whole power of ${t(s.base)}, so we take the logarithm to base ${t(s.base)} of both sides: ${t(line)}.`,
    caption: 'Take logarithms',
  }),
  alwaysPositive: (s) => ({
    narration: `A power of a positive base is always positive, so it can never equal ${t(s.value)}: there is no solution.`,
    caption: 'Powers are positive',
  }),
  domain: (s) => ({
    narration: `A logarithm needs a positive argument, so the domain is: ${list(s.conditions, ' and ')}.`,
    caption: 'Domain',
  }),
  combine: (s, line) => ({
    narration: `By the log rules, ${s.rules.map((r) => EN_RULES[r]).join('; ')}: ${t(line)}.`,
    caption: 'Combine the logs',
  }),
  toExponential: (s, line) => ({
    narration: `Rewrite the log as a power: if the log to base ${t(s.base)} is ${t(s.exponent)}, the argument is ${t(s.base)} to the ${t(s.exponent)}: ${t(line)}.`,
    caption: 'Log to power',
  }),
  equateArguments: (line) => ({
    narration: `Logs to the same base are equal only when their arguments are: ${t(line)}.`,
    caption: 'Equal arguments',
  }),
  domainCheck: (s) => ({
    narration:
      (s.candidates.length
        ? `We get ${list(s.candidates, ' or ')}. `
        : 'This equation has no real roots. ') +
      (s.kept.length ? `${list(s.kept, ', ')} lies in the domain, so it is a root. ` : '') +
      (s.rejected.length
        ? `${list(s.rejected, ', ')} makes an argument zero or negative, so it is rejected.`
        : ''),
    caption: s.rejected.length ? 'Check the domain, reject' : 'Check the domain',
  }),
  check: (kind, f) =>
    f.kept
      ? `Let's check: putting ${f.kept} into the original equation, both sides agree${kind === 'logarithmic_equation' ? ', and every log has a positive argument' : ''}.`
      : 'Let us check: no candidate lies in the domain, so the equation has no solution.',
};

export const EXP_LOG_NARRATION: Record<Language, ExpLogNarration> = { 'zh-CN': zh, 'en-US': en };
