import { Language, MathVideoScript } from '../script/mvs.types';
import { Task } from '../solver/instructions';

export interface ProblemInput {
  /** A photo or scan; ignored when text is given. */
  image?: Buffer;
  /** The problem typed by the student (text or LaTeX-ish); skips recognition. */
  text?: string;
  lang: Language;
  /** What to do with an expression when the problem itself does not say (product.md). */
  task?: Task;
}

/** image2json: a problem in, a checked and schema-valid MathVideoScript out. */
export interface ScriptProvider {
  readonly name: string;
  createScript(input: ProblemInput): Promise<MathVideoScript>;
  close(): Promise<void>;
}
