import { PipelineError } from '../errors';
import { Recognition } from '../recognition/recognizer';
import { ParsedProblem } from '../solver/problem-parser';
import { Solution } from '../solver/solution';
import { solveText } from './solve-text';

/** How strongly each failure speaks against the image: the most specific one is reported. */
const SEVERITY: Record<string, number> = {
  NO_PROBLEM_FOUND: 0,
  UNSUPPORTED_PROBLEM: 1,
  PROBLEM_TOO_LARGE: 1,
  ANSWER_CHECK_FAILED: 2,
};

export interface ProblemReading {
  /** The reading that won: the first candidate that is a well-posed, checkable problem. */
  text: string;
  parsed: ParsedProblem;
  solution: Solution;
}

/**
 * The solver as judge over an OCR's candidate readings: the first that parses, solves and
 * checks wins.
 * Throws the most specific failure when none does.
 */
export function readProblem(recognition: Recognition): ProblemReading {
  let best = new PipelineError(
    'NO_PROBLEM_FOUND',
    `nothing readable in "${recognition.rawText.slice(0, 80)}"`,
  );
  for (const candidate of recognition.candidates) {
    try {
      return { text: candidate, ...solveText(candidate) };
    } catch (e) {
      if (!(e instanceof PipelineError)) throw e;
      if ((SEVERITY[e.code] ?? 0) > (SEVERITY[best.code] ?? 0)) best = e;
    }
  }
  throw best;
}
