import { Language } from '../../script/mvs.types';
import { latexToText as t } from '../../script/math-text';
import { StepAction } from '../solution';

type RootsStep = Extract<StepAction, { type: 'inequality_roots' }>;
type SignStep = Extract<StepAction, { type: 'parabola_sign' }>;

/** What the teacher says for a quadratic inequality: the roots, then the parabola's sign. */
export interface InequalityNarration {
  title(problem: string): string;
  intro(problem: string): string;
  roots(step: RootsStep, line: string): { narration: string; caption: string };
  sign(step: SignStep, line: string): { narration: string; caption: string };
}

const above = (r: string) => r === '>' || r === '>=';

const zh: InequalityNarration = {
  title: (p) => `解一元二次不等式 ${p}`,
  intro: (p) =>
    `我们来解不等式 ${p}。这是一个一元二次不等式：先求出对应方程的根，再看抛物线在哪里位于 x 轴上方、哪里位于下方。`,
  roots: (s) => ({
    narration: s.roots.length
      ? `先解对应的方程 ${t(s.equation)}，得到${s.roots.length === 2 ? `两个根 ${t(s.roots[0])} 和 ${t(s.roots[1])}` : `一个重根 ${t(s.roots[0])}`}，它们把数轴分成几段。`
      : `先看对应的方程 ${t(s.equation)}：判别式等于 ${t(s.discriminant)}，小于零，方程没有实数根，抛物线和 x 轴没有交点。`,
    caption: '求对应方程的根',
  }),
  sign: (s, line) => {
    const where =
      s.roots === 2
        ? above(s.relation)
          ? '两根之外的部分在 x 轴上方'
          : '两根之间的部分在 x 轴下方'
        : s.roots === 1
          ? '除了顶点以外都在 x 轴上方'
          : '整条抛物线都在 x 轴上方';
    return {
      narration: `二次项系数是正数，抛物线开口向上，${where}。${s.relation.includes('=') ? '不等号带等号，根本身也要算进去。' : ''}所以解集是 ${t(line)}。`,
      caption: '看抛物线定解集',
    };
  },
};

const en: InequalityNarration = {
  title: (p) => `Solving the quadratic inequality ${p}`,
  intro: (p) =>
    `Let's solve ${p}. It is a quadratic inequality: we find the roots of the matching equation, then see where the parabola is above or below the x-axis.`,
  roots: (s) => ({
    narration: s.roots.length
      ? `First we solve the matching equation ${t(s.equation)}: ${s.roots.length === 2 ? `the roots are ${t(s.roots[0])} and ${t(s.roots[1])}` : `it has a double root ${t(s.roots[0])}`}. They cut the number line into pieces.`
      : `First the matching equation ${t(s.equation)}: its discriminant is ${t(s.discriminant)}, below zero, so it has no real roots and the parabola never meets the x-axis.`,
    caption: 'Roots of the equation',
  }),
  sign: (s, line) => {
    const where =
      s.roots === 2
        ? above(s.relation)
          ? 'it is above the x-axis outside the two roots'
          : 'it is below the x-axis between the two roots'
        : s.roots === 1
          ? 'it is above the x-axis everywhere except at its vertex'
          : 'it is above the x-axis everywhere';
    return {
      narration: `The x squared coefficient is positive, so the parabola opens upwards: ${where}. ${s.relation.includes('=') ? 'The sign includes equality, so the roots themselves count. ' : ''}The solution is ${t(line)}.`,
      caption: 'Read the parabola',
    };
  },
};

export const QUADRATIC_INEQUALITY_NARRATION: Record<Language, InequalityNarration> = {
  'zh-CN': zh,
  'en-US': en,
};
