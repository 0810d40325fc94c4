import { ProblemKind } from '../solver/solution';
import { Task } from '../solver/instructions';
import { Language } from './mvs.types';

/** What the teacher writes above the problem for each task, by class where it matters. */
const WRITTEN: Record<Language, Record<Task, string>> = {
  'zh-CN': {
    solve: '解方程',
    compute: '计算',
    simplify: '化简',
    expand: '展开',
    factor: '因式分解',
    derivative: '求导',
    integral: '求积分',
    limit: '求极限',
  },
  'en-US': {
    solve: 'Solve',
    compute: 'Compute',
    simplify: 'Simplify',
    expand: 'Expand',
    factor: 'Factor',
    derivative: 'Differentiate',
    integral: 'Integrate',
    limit: 'Find the limit',
  },
};

const SOLVE_BY_KIND: Partial<Record<ProblemKind, Record<Language, string>>> = {
  linear_system: { 'zh-CN': '解方程组', 'en-US': 'Solve the system' },
  linear_inequality: { 'zh-CN': '解不等式', 'en-US': 'Solve the inequality' },
  quadratic_inequality: { 'zh-CN': '解不等式', 'en-US': 'Solve the inequality' },
};

const HAS_CJK = /[\u3400-\u9fff]/;
const HAS_LATIN_WORD = /[A-Za-z]{2,}/;

/** Whether the prompt is written in the video's language (Chinese characters for zh-CN). */
function inLanguage(prompt: string, lang: Language): boolean {
  return lang === 'zh-CN'
    ? HAS_CJK.test(prompt)
    : !HAS_CJK.test(prompt) && HAS_LATIN_WORD.test(prompt);
}

/**
 * The prompt line at the top of the board. The student's own words stay when they are in
 * the video's language; otherwise (a Chinese video of an English worksheet, or the other
 * way round) the teacher writes the task in the video's language, so the board never mixes
 * languages. Empty when the problem had no prompt.
 */
export function boardPrompt(prompt: string, task: Task, kind: ProblemKind, lang: Language): string {
  if (!prompt) return '';
  if (inLanguage(prompt, lang)) return prompt;
  return (task === 'solve' && SOLVE_BY_KIND[kind]?.[lang]) || WRITTEN[lang][task];
}
