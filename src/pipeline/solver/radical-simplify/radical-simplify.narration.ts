import { Language } from '../../script/mvs.types';
import { latexToText as t } from '../../script/math-text';
import { StepAction } from '../solution';

type Work = Extract<StepAction, { type: 'radical_simplest' | 'rationalize_denominator' }>;
type Line = { narration: string; caption: string };

/** What the teacher says when simplifying square roots (二次根式的化简与运算). */
export interface RadicalSimplifyNarration {
  title(problem: string): string;
  intro(problem: string): string;
  simplest(step: Work): Line;
  specialAngles(step: Extract<StepAction, { type: 'special_angles' }>): Line;
  rationalize(step: Work): Line;
  combine(line: string): Line;
}

const zh: RadicalSimplifyNarration = {
  title: (p) => `化简 ${p}`,
  intro: (p) =>
    `我们来化简 ${p}。先把每个二次根式化成最简二次根式，分母里有根号的要分母有理化，最后合并同类二次根式。`,
  simplest: (s) => ({
    narration: `把被开方数里能开得尽方的因数移到根号外面：${t(s.work)}。`,
    caption: '化成最简二次根式',
  }),
  specialAngles: (s) => ({
    narration: `先写出特殊角的三角函数值：${t(s.work)}。`,
    caption: '特殊角的三角函数值',
  }),
  rationalize: (s) => ({
    narration: `分母里有根号，分子分母同乘一个式子，让分母变成有理数：${t(s.work)}。`,
    caption: '分母有理化',
  }),
  combine: (line) => ({
    narration: `按运算法则计算，再合并同类二次根式，得到 ${t(line.replace(/^=\s*/, ''))}。`,
    caption: '计算并合并',
  }),
};

const en: RadicalSimplifyNarration = {
  title: (p) => `Simplifying ${p}`,
  intro: (p) =>
    `Let's simplify ${p}. We put every square root in simplest form, clear any root from a denominator, and then combine like roots.`,
  simplest: (s) => ({
    narration: `Take every square factor out from under the root: ${t(s.work)}.`,
    caption: 'Simplest form',
  }),
  specialAngles: (s) => ({
    narration: `First the values of the special angles, from the table: ${t(s.work)}.`,
    caption: 'Special angles',
  }),
  rationalize: (s) => ({
    narration: `A root in the denominator: multiply top and bottom by what makes the denominator rational: ${t(s.work)}.`,
    caption: 'Rationalise the denominator',
  }),
  combine: (line) => ({
    narration: `Work out the products and combine like roots: ${t(line.replace(/^=\s*/, ''))}.`,
    caption: 'Work out and combine',
  }),
};

export const RADICAL_SIMPLIFY_NARRATION: Record<Language, RadicalSimplifyNarration> = {
  'zh-CN': zh,
  'en-US': en,
};
