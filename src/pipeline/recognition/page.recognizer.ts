import { PipelineError } from '../errors';
import { solveText } from '../providers/solve-text';
import { MathRecognizer } from './math/math.recognizer';
import { ProblemRecognizer, Recognition } from './recognizer';
import { TesseractRecognizer } from './tesseract.recognizer';

/**
 * The offline recogniser: the math recogniser reads the 2-D structure of typeset and
 * photographed problems; when none of its readings is a problem the solver can take (a
 * plain one-line print in a font it reads poorly, say), the tesseract line reader is asked
 * too, and its readings replace the math recogniser's.
 */
export class PageRecognizer implements ProblemRecognizer {
  constructor(
    private readonly math: ProblemRecognizer = new MathRecognizer(),
    private readonly text: ProblemRecognizer = new TesseractRecognizer(),
  ) {}

  async recognize(image: Buffer): Promise<Recognition> {
    let first: Recognition | null = null;
    try {
      first = await this.math.recognize(image);
      if (first.candidates.some(solves)) return first;
    } catch (e) {
      if (!(e instanceof PipelineError) || e.code === 'INVALID_IMAGE') throw e;
    }
    // None of the math readings solves, so they are dropped: the line reader's text,
    // confidence and readings describe what will be solved.
    const second = await this.text.recognize(image);
    return first ? { ...second, engine: `${second.engine} (after ${first.engine})` } : second;
  }

  async close(): Promise<void> {
    await Promise.all([this.math.close(), this.text.close()]);
  }
}

function solves(candidate: string): boolean {
  try {
    solveText(candidate);
    return true;
  } catch {
    return false;
  }
}
