import { Language } from '../../script/mvs.types';
import { latexToText as t } from '../../script/math-text';
import { StepAction } from '../solution';

type Action<T extends StepAction['type']> = Extract<StepAction, { type: T }>;
type Line = { narration: string; caption: string };

/** What the teacher says for a limit: substitute, 0/0 factor and cancel, leading terms, sin x / x. */
export interface LimitNarration {
  title(problem: string): string;
  intro(problem: string): string;
  substitute(step: Action<'limit_substitute'>, line: string): Line;
  zeroOverZero(step: Action<'limit_zero_over_zero'>): Line;
  cancel(step: Action<'limit_cancel'>, line: string): Line;
  leading(step: Action<'limit_leading_terms'>, line: string): Line;
  standardSine(step: Action<'limit_standard_sine'>, line: string): Line;
  check(facts: Record<string, string>): string;
}

const last = (line: string) => t(line.split('=').pop()!.trim());

const zh: LimitNarration = {
  title: (p) => `求极限 ${p}`,
  intro: (p) =>
    `我们来求 ${p}。先试着直接代入；如果得到 0 比 0，就先约分再代入；趋向无穷时，看最高次项。`,
  substitute: (s, line) => ({
    narration: `函数在 ${t(s.point)} 处有定义且连续，直接把 ${t(s.point)} 代入，得到 ${last(line)}。`,
    caption: '直接代入',
  }),
  zeroOverZero: (s) => ({
    narration: `把 ${t(s.point)} 代入，分子分母都等于零，是 0 比 0 型，不能直接代入。`,
    caption: '0/0 型',
  }),
  cancel: (s, line) => ({
    narration: `把分子分母因式分解${s.factor ? `，约去公因式 ${t(s.factor)}——x 趋近但不等于这个数，所以它不为零` : ''}：${t(line.replace(/^=\s*/, ''))}。`,
    caption: '因式分解，约分',
  }),
  leading: (s, line) => ({
    narration: `x 趋向无穷时，分子、分母同除以 ${t(s.power)}，只有最高次项留下来${s.numerator === s.denominator ? '，极限等于最高次项系数之比' : '；分母次数更高，极限是 0'}：${last(line)}。`,
    caption: '看最高次项',
  }),
  standardSine: (s, line) => ({
    narration: `用重要极限：当 x 趋近于 0 时，sin x 比 x 的极限是 1。把式子凑成这个形式，得到 ${last(line)}。`,
    caption: '重要极限',
  }),
  check: (f) =>
    `检验一下：取 ${f.variable} = ${f.point}，函数值约为 ${f.estimate}，越来越接近我们的答案。`,
};

const en: LimitNarration = {
  title: (p) => `Finding ${p}`,
  intro: (p) =>
    `Let's find ${p}. First we try substituting; if that gives 0 over 0 we factor and cancel first; towards infinity the leading terms decide.`,
  substitute: (s, line) => ({
    narration: `The function is continuous at ${t(s.point)}, so we substitute it directly: ${last(line)}.`,
    caption: 'Substitute',
  }),
  zeroOverZero: (s) => ({
    narration: `Substituting ${t(s.point)} makes both the top and the bottom zero: 0 over 0, so we cannot substitute yet.`,
    caption: '0 over 0',
  }),
  cancel: (s, line) => ({
    narration: `Factor the top and the bottom${s.factor ? ` and cancel ${t(s.factor)}, which is not zero while x only approaches the point` : ''}: ${t(line.replace(/^=\s*/, ''))}.`,
    caption: 'Factor and cancel',
  }),
  leading: (s, line) => ({
    narration: `As x grows without bound, divide top and bottom by ${t(s.power)}; only the leading terms remain${s.numerator === s.denominator ? ', so the limit is the ratio of their coefficients' : ', and the bottom grows faster, so the limit is 0'}: ${last(line)}.`,
    caption: 'Leading terms',
  }),
  standardSine: (_s, line) => ({
    narration: `We use the standard limit: sin x over x tends to 1 as x tends to 0. Written in that form, the limit is ${last(line)}.`,
    caption: 'Standard limit',
  }),
  check: (f) =>
    `Let's check: at ${f.variable} = ${f.point} the function is about ${f.estimate}, closing in on our answer.`,
};

export const LIMIT_NARRATION: Record<Language, LimitNarration> = { 'zh-CN': zh, 'en-US': en };
