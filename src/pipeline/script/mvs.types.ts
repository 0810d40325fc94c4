import { ProblemKind } from '../solver/solution';
import { Task } from '../solver/instructions';

/** TypeScript view of mvs.schema.json (MathVideoScript v1); a test keeps the two in step. */
export type Language = 'zh-CN' | 'en-US';
export const LANGUAGES: readonly Language[] = ['zh-CN', 'en-US'];

export type BoardItem =
  | { type: 'text'; text: string; emphasis?: BoardEmphasis }
  | { type: 'math'; latex: string; emphasis?: BoardEmphasis };

/** note: side working in small type; answer: boxed final result; check: verification line. */
export type BoardEmphasis = 'note' | 'answer' | 'check' | 'title';

/** practice: the closing similar problem and its answer (the video pauses between them). */
export type SceneRole = 'intro' | 'step' | 'answer' | 'check' | 'practice';

export interface Scene {
  id: string;
  role: SceneRole;
  narration: string;
  /** What this scene writes on the board, appended below what earlier scenes wrote. */
  board: BoardItem[];
  /** The step's reason in a few words, for chapters and the board's margin. */
  caption?: string;
}

export interface MathVideoScript {
  version: 1;
  language: Language;
  title: string;
  /** task: what was asked (solve, factor …); kind: the class that solved it. */
  /** equation: for a word problem, the equation(s) set up from the words (the CAS checks them). */
  problem: {
    text: string;
    latex: string;
    kind: ProblemKind | string;
    task?: Task;
    equation?: string;
  };
  answer: { latex: string; values: { variable: string; value: string }[] };
  scenes: Scene[];
  source: {
    provider: string;
    model?: string;
    /** How the answer was checked, e.g. "substitution"; absent when the CAS could not check it. */
    checkedBy?: string;
    recognition?: {
      engine: string;
      confidence: number;
      text: string;
      /** How the photo set the problem out, when not on one line (the board shows it so). */
      layout?: 'column' | 'long-division';
    };
  };
}
