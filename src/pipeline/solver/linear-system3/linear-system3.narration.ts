import { Language } from '../../script/mvs.types';
import { latexToText as t } from '../../script/math-text';
import { StepAction } from '../solution';

type Eliminate = Extract<StepAction, { type: 'eliminate_pair' }>;
type Back = Extract<StepAction, { type: 'substitute_values' }>;
type Line = { narration: string; caption: string };

/** What the teacher says for three equations in three unknowns: eliminate twice, go back twice. */
export interface System3Narration {
  title(problem: string): string;
  intro(problem: string): string;
  eliminate(step: Eliminate, line: string): Line;
  back(step: Back, line: string): Line;
  check(facts: Record<string, string>): string;
}

/** The equation a step writes, without the "① × 2 + ②:" in front and the label after. */
const equationOf = (line: string) =>
  t(line.replace(/^.*?:\s*\\;\s*/, '').replace(/\\quad\s*\S+$/, ''));

const zh: System3Narration = {
  title: () => '解三元一次方程组',
  intro: (p) =>
    `我们来解这个方程组：${p}。有三个未知数，思路还是消元：先消去一个未知数，变成两个未知数的方程组，再消去一个，变成一个未知数。`,
  eliminate: (s, line) => ({
    narration: `用 ${t(s.from).replace(/×/g, '乘')}，${s.eliminated} 的系数${s.how === 'add' ? '互为相反数，相加' : '相同，相减'}就消去了 ${s.eliminated}，得到 ${equationOf(line)}${s.label ? `，记作方程${s.label}` : ''}。`,
    caption: `消去 ${s.eliminated}`,
  }),
  back: (s, line) => ({
    narration: `把 ${s.known.map(t).join('、')} 代入方程${s.label}，求出 ${t(line)}。`,
    caption: `求出 ${s.variable}`,
  }),
  check: (f) =>
    `检验一下：把 ${Object.entries(f)
      .map(([v, x]) => `${v} = ${x}`)
      .join('、')} 代入三个原方程，每个等式都成立，答案正确。`,
};

const en: System3Narration = {
  title: () => 'Solving a system of three equations',
  intro: (p) =>
    `Let's solve the system ${p}. There are three unknowns, and the idea is still elimination: remove one unknown to get two equations in two unknowns, then remove another to get one.`,
  eliminate: (s, line) => ({
    narration: `Take ${t(s.from).replace(/×/g, 'times')}: the coefficients of ${s.eliminated} are ${s.how === 'add' ? 'opposite, so adding' : 'equal, so subtracting'} removes ${s.eliminated}, leaving ${equationOf(line)}${s.label ? `, which we call equation ${s.label}` : ''}.`,
    caption: `Eliminate ${s.eliminated}`,
  }),
  back: (s, line) => ({
    narration: `Put ${s.known.map(t).join(' and ')} into equation ${s.label} to find ${t(line)}.`,
    caption: `Find ${s.variable}`,
  }),
  check: (f) =>
    `Let's check: with ${Object.entries(f)
      .map(([v, x]) => `${v} = ${x}`)
      .join(', ')}, all three original equations hold.`,
};

export const SYSTEM3_NARRATION: Record<Language, System3Narration> = { 'zh-CN': zh, 'en-US': en };
