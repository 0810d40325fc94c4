import { Language } from '../../script/mvs.types';
import { latexToText as t } from '../../script/math-text';
import { StepAction } from '../solution';

type Clear = Extract<StepAction, { type: 'clear_fraction_denominators' }>;
type Check = Extract<StepAction, { type: 'check_denominators' }>;
type Line = { narration: string; caption: string };

/**
 * What the teacher says for a fractional equation (分式方程): the lowest common denominator
 * and why we multiply by it, and why every root must be checked against the denominators.
 */
export interface RationalNarration {
  title(problem: string): string;
  intro(problem: string): string;
  clear(step: Clear, line: string): Line;
  checkRoots(step: Check): Line;
  check(facts: Record<string, string>): string;
}

const list = (xs: string[], sep: string) => xs.map(t).join(sep);

const zh: RationalNarration = {
  title: (p) => `解分式方程 ${p}`,
  intro: (p) =>
    `我们来解方程 ${p}。分母里含有未知数，这是分式方程。思路是：两边同乘最简公分母，把它化成整式方程来解；最后一定要检验，因为乘的式子可能等于零，会产生增根。`,
  clear: (s, line) => ({
    narration: `先找最简公分母。分母有 ${list(s.denominators, '、')}，把它们分解因式后，每个因式取最高次幂，最简公分母是 ${t(s.lcd)}。方程两边同乘 ${t(s.lcd)}，每一项都能约掉分母，得到整式方程 ${t(line)}。`,
    caption: `两边同乘 ${t(s.lcd)}`,
  }),
  checkRoots: (s) => ({
    narration:
      (s.candidates.length
        ? `整式方程的解是 ${list(s.candidates, ' 或 ')}。去分母时我们乘了 ${t(s.lcd)}，如果它等于零，这一步就不成立，所以要把每个解代入最简公分母检验。`
        : '整式方程没有解，所以原方程也没有解。') +
      (s.kept.length ? `${list(s.kept, '、')} 使最简公分母不等于零，是原方程的解。` : '') +
      (s.rejected.length
        ? `${list(s.rejected, '、')} 使最简公分母等于零，分母为零没有意义，是增根，要舍去。`
        : ''),
    caption: s.rejected.length ? '检验，舍去增根' : '检验',
  }),
  check: (f) =>
    f.kept
      ? `检验一下：把 ${f.kept} 代入原方程，分母都不为零，左右两边相等${f.rejected ? `；${f.rejected} 会使分母为零，确实是增根` : ''}。`
      : `检验一下：整式方程的解都使分母为零，所以原方程无解。`,
};

const en: RationalNarration = {
  title: (p) => `Solving the fractional equation ${p}`,
  intro: (p) =>
    `Let's solve ${p}. The unknown is in a denominator. We multiply both sides by the lowest common denominator to get a polynomial equation, solve it, and then check every answer: what we multiplied by could be zero, which would add a false root.`,
  clear: (s, line) => ({
    narration: `First the lowest common denominator. The denominators are ${list(s.denominators, ', ')}; factored, each factor taken to its highest power gives ${t(s.lcd)}. Multiplying both sides by ${t(s.lcd)} cancels every denominator and leaves ${t(line)}.`,
    caption: `Multiply both sides by ${t(s.lcd)}`,
  }),
  checkRoots: (s) => ({
    narration:
      (s.candidates.length
        ? `This equation gives ${list(s.candidates, ' or ')}. We multiplied by ${t(s.lcd)}, and that step only holds where it is not zero, so we put each answer into the common denominator. `
        : 'This equation has no solution, so neither does the original. ') +
      (s.kept.length
        ? `${list(s.kept, ' and ')} keep${s.kept.length === 1 ? 's' : ''} it non-zero: a solution. `
        : '') +
      (s.rejected.length
        ? `${list(s.rejected, ' and ')} make${s.rejected.length === 1 ? 's' : ''} it zero, and dividing by zero means nothing: an extraneous root, which we reject.`
        : ''),
    caption: s.rejected.length ? 'Check, reject extraneous roots' : 'Check',
  }),
  check: (f) =>
    f.kept
      ? `Let's check: ${f.kept} keeps every denominator non-zero and makes both sides of the original equal${f.rejected ? `, and ${f.rejected} really makes a denominator zero` : ''}.`
      : `Let's check: every root of the polynomial equation makes a denominator zero, so there is no solution.`,
};

export const RATIONAL_NARRATION: Record<Language, RationalNarration> = { 'zh-CN': zh, 'en-US': en };
