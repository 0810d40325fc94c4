import { CheckReport, ProblemKind, Solution, StepAction } from '../solver/solution';
import { Language } from './mvs.types';
import { en } from './narration.en';
import { zh } from './narration.zh';

/**
 * What the teacher says. Each step explains why it is taken, in the words used in class,
 * never the solver's internal names.
 */
export interface Narrator {
  title(kind: ProblemKind, problem: string): string;
  intro(kind: ProblemKind, problem: string, variable?: string): string;
  step(action: StepAction, line: string, variable?: string): { narration: string; caption: string };
  answer(solution: Solution, variable?: string): string;
  check(solution: Solution, report: CheckReport, variable?: string): string;
  /** The closing practice problem: posed (the video then pauses), then its answer. */
  practice(problem: string): string;
  practiceAnswer(answer: string): string;
  checkHeading: string;
  answerHeading: string;
  practiceHeading: string;
}

/** The teacher's words in each language (narration.zh.ts, narration.en.ts). */
export const NARRATORS: Record<Language, Narrator> = { 'zh-CN': zh, 'en-US': en };
