import { Language } from '../../script/mvs.types';
import { latexToText as t } from '../../script/math-text';
import { StepAction } from '../solution';

type OneSide = Extract<StepAction, { type: 'rational_one_side' }>;
type Chart = Extract<StepAction, { type: 'sign_chart' }>;
type Read = Extract<StepAction, { type: 'sign_chart_read' }>;
type Line = { narration: string; caption: string };

/**
 * What the teacher says for a rational inequality: why we do not multiply by the
 * denominator (its sign is unknown), then the sign chart and how to read it.
 */
export interface RationalInequalityNarration {
  title(problem: string): string;
  intro(problem: string): string;
  oneSide(step: OneSide, line: string): Line;
  chart(step: Chart): Line;
  read(step: Read, line: string): Line;
}

const zh: RationalInequalityNarration = {
  title: (p) => `解分式不等式 ${p}`,
  intro: (p) =>
    `我们来解不等式 ${p}。分母里有未知数，它可能是正的也可能是负的，所以不能直接两边同乘分母。我们把它化成一个分式和 0 比较，再用符号表来看正负。`,
  oneSide: (s, line) => ({
    narration: `把所有项移到一边，通分、分解因式，化成一个分式和 0 比较${s.flipped ? '，提出的负号让不等号改变了方向' : ''}：${t(line)}。`,
    caption: '化成分式与 0 比较',
  }),
  chart: (s) => ({
    narration: `分子和分母的零点是 ${s.points.map(t).join('、')}，它们把数轴分成几段。列一个符号表：在每一段里，看每个因式是正还是负，乘起来就是整个分式的符号。分母为零的地方，分式没有意义。`,
    caption: '符号表',
  }),
  read: (s, line) => ({
    narration: `我们要的是分式${s.wantPositive ? '大于' : '小于'}0${s.closed ? '或等于 0' : ''}，从表里找出符号是${s.wantPositive ? '正' : '负'}的区间${s.closed ? '，再加上分子为零的点；分母为零的点永远不能取' : ''}：${t(line).replace(/\bor\b/g, '或')}。`,
    caption: '读出解集',
  }),
};

const en: RationalInequalityNarration = {
  title: (p) => `Solving the rational inequality ${p}`,
  intro: (p) =>
    `Let's solve ${p}. The denominator has the unknown in it and could be positive or negative, so we cannot simply multiply both sides by it. Instead we compare one fraction with 0 and use a sign chart.`,
  oneSide: (s, line) => ({
    narration: `Bring everything to one side, over a common denominator, and factor${s.flipped ? '; taking out a minus sign turns the inequality round' : ''}: ${t(line)}.`,
    caption: 'One fraction against 0',
  }),
  chart: (s) => ({
    narration: `The zeros of the numerator and the denominator are ${s.points.map(t).join(', ')}; they cut the number line into stretches. In the sign chart we find each factor's sign in each stretch and multiply them. Where the denominator is zero, the fraction is undefined.`,
    caption: 'Sign chart',
  }),
  read: (s, line) => ({
    narration: `We want the fraction ${s.wantPositive ? 'positive' : 'negative'}${s.closed ? ' or zero' : ''}, so we read off the stretches marked ${s.wantPositive ? 'plus' : 'minus'}${s.closed ? ', add the numerator’s zeros, and never the denominator’s' : ''}: ${t(line)}.`,
    caption: 'Read the answer',
  }),
};

export const RATIONAL_INEQUALITY_NARRATION: Record<Language, RationalInequalityNarration> = {
  'zh-CN': zh,
  'en-US': en,
};
