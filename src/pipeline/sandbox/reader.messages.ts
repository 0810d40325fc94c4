import { Language, MathVideoScript } from '../script/mvs.types';
import { Task } from '../solver/instructions';
import { AnswerValue } from '../solver/solution';

/** Messages to the reader threads: plain data only, so they clone across the boundary. */
export interface RecognizeRequest {
  op: 'recognize';
  image: Uint8Array;
}

/** Parse, solve and check one text; `output` says what comes back. */
export type SolveRequest = {
  op: 'solve';
  text: string;
  lang: Language;
  task?: Task;
  /** Read from a photo: a bare expression takes its task from the page or the task field. */
  fromPhoto?: boolean;
} & (
  | { output: 'script'; source: MathVideoScript['source'] }
  | { output: 'reading' }
  | { output: 'answer' }
);

/** The reading as the student confirms it (POST /recognize). */
export interface Reading {
  text: string;
  latex: string;
  kind: string;
  task: Task;
}

/** The CAS's own checked answer (for the LLM provider's check). */
export interface CasAnswer {
  values: AnswerValue[];
  method?: string;
}

export type SolveOutput<R extends SolveRequest['output']> = R extends 'script'
  ? MathVideoScript
  : R extends 'reading'
    ? Reading
    : CasAnswer;
