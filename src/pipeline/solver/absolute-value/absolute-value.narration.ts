import { Language } from '../../script/mvs.types';
import { latexToText as t } from '../../script/math-text';
import { StepAction } from '../solution';

type Cases = Extract<StepAction, { type: 'abs_cases' }>;
type Negative = Extract<StepAction, { type: 'abs_negative' }>;
type Check = Extract<StepAction, { type: 'abs_check' }>;
type Line = { narration: string; caption: string };

/**
 * What the teacher says for absolute values: |A| is A's distance from 0 on the number line,
 * so |A| = 3 means A is 3 or −3, |A| < 3 means A lies between −3 and 3, and |A| > 3 that it
 * lies beyond them.
 */
export interface AbsoluteValueNarration {
  title(problem: string): string;
  intro(problem: string): string;
  isolate(line: string): Line;
  cases(step: Cases, line: string): Line;
  negative(step: Negative): Line;
  solve(line: string): Line;
  checkRoots(step: Check): Line;
  check(facts: Record<string, string>): string;
}

const list = (xs: string[], sep: string) => xs.map(t).join(sep);
/** A board line read in Chinese: the solver writes "or" between cases. */
const or = (line: string) => t(line).replace(/\bor\b/g, '或');

const zh: AbsoluteValueNarration = {
  title: (p) => `解含绝对值的${/[<>≤≥]/.test(p) ? '不等式' : '方程'} ${p}`,
  intro: (p) =>
    `我们来解 ${p}。一个数的绝对值，就是数轴上这个数到原点的距离，它永远不会是负数。我们先把绝对值单独放在一边，再按距离的意思去掉绝对值符号。`,
  isolate: (line) => ({
    narration: `先把绝对值单独留在一边：${t(line)}。`,
    caption: '绝对值单独放一边',
  }),
  cases: (s, line) => {
    const v = t(s.value);
    const text = {
      equal: `到原点距离等于 ${v} 的数有两个：${v} 和它的相反数。所以绝对值里面的式子等于 ${v}，或者等于负的 ${v}：${or(line)}。`,
      inside: `绝对值小于 ${v}，就是到原点的距离比 ${v} 小，在负 ${v} 和 ${v} 之间：${t(line)}。`,
      outside: `绝对值大于 ${v}，就是到原点的距离比 ${v} 大，在负 ${v} 的左边或者 ${v} 的右边：${or(line)}。`,
      both: `两个绝对值相等，说明两个式子相等，或者互为相反数：${or(line)}。`,
    }[s.how];
    return { narration: text, caption: s.how === 'both' ? '相等或互为相反数' : '去绝对值' };
  },
  negative: (s) => ({
    narration: `绝对值表示距离，永远大于或等于 0，不可能${s.value.startsWith('-') ? `等于或小于负数 ${t(s.value)}` : '小于 0'}。`,
    caption: '绝对值不小于 0',
  }),
  solve: (line) => ({ narration: `分别解出来：${or(line)}。`, caption: '求解' }),
  checkRoots: (s) => ({
    narration:
      `右边含有未知数，绝对值不能是负数，所以必须满足 ${t(s.condition)}。` +
      (s.kept.length ? `${list(s.kept, '、')} 满足这个条件，保留。` : '') +
      (s.rejected.length ? `${list(s.rejected, '、')} 使右边小于 0，要舍去。` : ''),
    caption: '检验',
  }),
  check: (f) =>
    f.roots === undefined
      ? `检验一下：在分界点、答案的端点和它们之间一共取了 ${f.points} 个检验点，每个点满不满足原不等式，都和答案一致。`
      : f.count === '0'
        ? '检验一下：在绝对值里面的式子变号的地方把数轴分段，每一段上分别检查，原方程确实没有解。'
        : `检验一下：把数轴按绝对值里面的式子变号的地方分段，每一段上分别求解，得到的正是 ${f.roots}，代入原方程两边都相等。`,
};

const en: AbsoluteValueNarration = {
  title: (p) => `Solving ${p}`,
  intro: (p) =>
    `Let's solve ${p}. The absolute value of a number is its distance from 0 on the number line, so it is never negative. We get the absolute value alone on one side, then use what distance means to remove the bars.`,
  isolate: (line) => ({
    narration: `First we get the absolute value alone on one side: ${t(line)}.`,
    caption: 'Isolate the absolute value',
  }),
  cases: (s, line) => {
    const v = t(s.value);
    const text = {
      equal: `Two numbers are at distance ${v} from 0: ${v} and its opposite. So what is inside equals ${v} or negative ${v}: ${t(line)}.`,
      inside: `An absolute value less than ${v} means a distance from 0 less than ${v}: between negative ${v} and ${v}. ${t(line)}.`,
      outside: `An absolute value greater than ${v} means a distance from 0 greater than ${v}: left of negative ${v} or right of ${v}. ${t(line)}.`,
      both: `Two absolute values are equal when the two expressions are equal or opposite: ${t(line)}.`,
    }[s.how];
    return { narration: text, caption: s.how === 'both' ? 'Equal or opposite' : 'Remove the bars' };
  },
  negative: (s) => ({
    narration: `An absolute value is a distance: it is never negative, so it cannot be ${s.value.startsWith('-') ? `compared that way with the negative number ${t(s.value)}` : 'below 0'}.`,
    caption: 'Never negative',
  }),
  solve: (line) => ({ narration: `Solving each part: ${t(line)}.`, caption: 'Solve' }),
  checkRoots: (s) => ({
    narration:
      `The right side has the unknown in it, and an absolute value cannot be negative, so we need ${t(s.condition)}. ` +
      (s.kept.length ? `${list(s.kept, ' and ')} satisfy it: we keep them. ` : '') +
      (s.rejected.length
        ? `${list(s.rejected, ' and ')} make the right side negative: rejected.`
        : ''),
    caption: 'Check',
  }),
  check: (f) =>
    f.roots === undefined
      ? `Let's check: at ${f.points} test points, the boundaries, the answer's ends and between them, the inequality holds exactly where the answer says.`
      : f.count === '0'
        ? "Let's check: cutting the number line where each inside changes sign and solving on every piece confirms there is no solution."
        : `Let's check: cutting the number line where each inside changes sign and solving on every piece gives exactly ${f.roots}, and they make both sides equal.`,
};

export const ABSOLUTE_VALUE_NARRATION: Record<Language, AbsoluteValueNarration> = {
  'zh-CN': zh,
  'en-US': en,
};
