import { Language } from '../../script/mvs.types';
import { latexToText as t } from '../../script/math-text';
import { StepAction } from '../solution';

type Candidates = Extract<StepAction, { type: 'check_candidates' }>;
type Squared = Extract<StepAction, { type: 'square_both_sides' }>;
type Line = { narration: string; caption: string };

/** What the teacher says for a radical equation: isolate, square, solve, reject 增根. */
export interface RadicalNarration {
  title(problem: string): string;
  intro(problem: string): string;
  isolate(line: string): Line;
  square(step: Squared, line: string): Line;
  candidates(step: Candidates): Line;
  check(facts: Record<string, string>): string;
}

const list = (xs: string[], sep: string) => xs.map(t).join(sep);
/** The squared equation in standard form: the part of the board line after ⇒. */
const standard = (line: string) =>
  line
    .split('\\Rightarrow')
    .pop()!
    .replace(/^\\;\s*/, '');

const zh: RadicalNarration = {
  title: (p) => `解无理方程 ${p}`,
  intro: (p) =>
    `我们来解方程 ${p}。根号里含有未知数，这是无理方程。思路是：把根式单独放在一边，两边平方去掉根号，解出整式方程后，一定要代回原方程检验，因为平方可能产生增根。`,
  isolate: (line) => ({
    narration: `先把根式单独留在等号一边：${t(line)}。`,
    caption: '根式单独放一边',
  }),
  square: (s, line) => ({
    narration: `两边同时平方，去掉根号：${t(s.squared)}，整理得 ${t(standard(line))}。`,
    caption: '两边平方',
  }),
  candidates: (s) => ({
    narration:
      (s.candidates.length
        ? `解这个方程，得 ${list(s.candidates, ' 或 ')}。`
        : '这个方程没有实数根。') +
      (s.kept.length
        ? `代回原方程检验：${list(s.kept, '、')} 使两边相等，是原方程的根。`
        : '代回原方程检验，都不能使两边相等。') +
      (s.rejected.length
        ? `${list(s.rejected, '、')} 代入后两边不相等，是平方时产生的增根，要舍去。`
        : ''),
    caption: s.rejected.length ? '检验，舍去增根' : '检验',
  }),
  check: (f) =>
    f.kept
      ? `检验一下：把 ${f.kept} 代入原方程，左右两边相等${f.rejected ? `；${f.rejected} 代入后不相等，确实是增根` : ''}。`
      : `检验一下：平方后得到的根代入原方程都不成立，所以原方程无解。`,
};

const en: RadicalNarration = {
  title: (p) => `Solving the radical equation ${p}`,
  intro: (p) =>
    `Let's solve ${p}. The unknown is under a square root. We put the root alone on one side, square both sides, solve the polynomial equation, and then check every answer in the original: squaring can add roots that do not work.`,
  isolate: (line) => ({
    narration: `First we get the square root alone on one side: ${t(line)}.`,
    caption: 'Isolate the root',
  }),
  square: (s, line) => ({
    narration: `Squaring both sides removes the root: ${t(s.squared)}, which gives ${t(standard(line))}.`,
    caption: 'Square both sides',
  }),
  candidates: (s) => ({
    narration:
      (s.candidates.length
        ? `This equation gives ${list(s.candidates, ' or ')}. `
        : 'This equation has no real roots. ') +
      (s.kept.length
        ? `Putting them back into the original: ${list(s.kept, ' and ')} make${s.kept.length === 1 ? 's' : ''} both sides equal.`
        : 'Putting them back into the original, none makes both sides equal.') +
      (s.rejected.length
        ? ` ${list(s.rejected, ' and ')} do${s.rejected.length === 1 ? 'es' : ''} not: an extraneous root from squaring, which we reject.`
        : ''),
    caption: s.rejected.length ? 'Check, reject extraneous roots' : 'Check',
  }),
  check: (f) =>
    f.kept
      ? `Let's check: ${f.kept} makes both sides of the original equal${f.rejected ? `, and ${f.rejected} really does not` : ''}.`
      : `Let's check: no root of the squared equation satisfies the original, so there is no solution.`,
};

export const RADICAL_NARRATION: Record<Language, RadicalNarration> = { 'zh-CN': zh, 'en-US': en };
