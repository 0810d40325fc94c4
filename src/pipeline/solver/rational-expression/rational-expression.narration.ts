import { Language } from '../../script/mvs.types';
import { latexToText as t } from '../../script/math-text';
import { StepAction } from '../solution';

type Cancel = Extract<StepAction, { type: 'fraction_cancel' }>;
type Common = Extract<StepAction, { type: 'fraction_common_denominator' }>;
type Line = { narration: string; caption: string };

/** What the teacher says when simplifying a rational expression (分式化简). */
export interface RationalExpressionNarration {
  title(problem: string): string;
  intro(problem: string): string;
  commonDenominator(step: Common, line: string): Line;
  factor(line: string): Line;
  cancel(step: Cancel, line: string): Line;
}

const clean = (line: string) => t(line.replace(/^=\s*/, '').replace(/\\quad.*$/, ''));

const zh: RationalExpressionNarration = {
  title: (p) => `化简分式 ${p}`,
  intro: (p) =>
    `我们来化简 ${p}。化简分式的关键是因式分解：把分子、分母都分解因式，再约去公因式。要记住，分母不能为零。`,
  commonDenominator: (s, line) => ({
    narration: `先通分：最简公分母是 ${t(s.denominator)}，把各个分式化成同分母再相加减，得到 ${clean(line)}。`,
    caption: '通分',
  }),
  factor: (line) => ({
    narration: `把分子和分母分别因式分解：${clean(line)}。`,
    caption: '分子分母因式分解',
  }),
  cancel: (s, line) => ({
    narration:
      (s.factors.length
        ? `分子分母有公因式 ${s.factors.map(t).join('、')}，约去它，得到 ${clean(line)}。`
        : `分子分母没有公因式了，所以最简结果是 ${clean(line)}。`) +
      (s.restrictions.length
        ? `注意原式的分母不能为零，所以 ${s.restrictions.map(t).join('，')}。`
        : ''),
    caption: s.factors.length ? '约分' : '最简分式',
  }),
};

const en: RationalExpressionNarration = {
  title: (p) => `Simplifying ${p}`,
  intro: (p) =>
    `Let's simplify ${p}. The key is factoring: factor the numerator and the denominator, then cancel the factors they share. Remember that a denominator can never be zero.`,
  commonDenominator: (s, line) => ({
    narration: `First put everything over the lowest common denominator, ${t(s.denominator)}: ${clean(line)}.`,
    caption: 'Common denominator',
  }),
  factor: (line) => ({
    narration: `Factor the numerator and the denominator: ${clean(line)}.`,
    caption: 'Factor top and bottom',
  }),
  cancel: (s, line) => ({
    narration:
      (s.factors.length
        ? `The factor ${s.factors.map(t).join(' and ')} appears on top and bottom, so it cancels: ${clean(line)}.`
        : `No factor is shared any more, so the simplest form is ${clean(line)}.`) +
      (s.restrictions.length
        ? ` The original denominators cannot be zero, so ${s.restrictions.map(t).join(', ')}.`
        : ''),
    caption: s.factors.length ? 'Cancel' : 'Lowest terms',
  }),
};

export const RATIONAL_EXPRESSION_NARRATION: Record<Language, RationalExpressionNarration> = {
  'zh-CN': zh,
  'en-US': en,
};
