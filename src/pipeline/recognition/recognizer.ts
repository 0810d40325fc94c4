/** What any recognition engine returns: candidate readings, best first. */
export interface Recognition {
  engine: string;
  /** Candidate problem texts (prompt + math), most likely first; the solver picks. */
  candidates: string[];
  /**
   * Candidates from this index on may only cast doubt on the winner, never win: readings by a
   * second opinion (the other classifier), which are right on some pages a first reading fails
   * and wrong on others, so on their own they are not trusted with an answer.
   */
  doubtOnlyFrom?: number;
  /** Which of the engine's classifiers read the winning candidates, when it has several. */
  script?: 'print' | 'handwriting';
  /**
   * Prose split off above or before a handwritten formula that asks for nothing the solver
   * knows, or a number left out of the formula: ink the reading does not explain (a
   * fraction's numerator line taken for a prompt leaves its denominator to be answered alone),
   * so an unconfirmed job is not solved.
   */
  unreadPrompt?: string;
  /** 0..1, the engine's own confidence in its reading. */
  confidence: number;
  /** The raw text, for diagnostics and for the student to confirm. */
  rawText: string;
  /** Per candidate (same order), when the engine reads 2-D structure: its formula in LaTeX and
   * each symbol with the engine's confidence, so a page can ask about the weak ones. */
  details?: CandidateDetail[];
}

export interface CandidateDetail {
  latex: string;
  symbols: RecognizedSymbol[];
  /**
   * The reading needs more letters that school problems rarely use (l, o, i …) than the
   * engine's first reading: it may still win, but it is too unlikely to cast doubt on
   * another reading (x + l against x + 1).
   */
  weak?: boolean;
  /** How the page sets this reading out, when not on one line: 竖式, or a long-division bracket. */
  layout?: 'column' | 'long-division';
}

export interface RecognizedSymbol {
  text: string;
  /** 0..1: the classifier's probability of this label (what a student is asked to check). */
  confidence: number;
  /**
   * 0..1: its belief in the symbol's shape, look-alikes counted (a stroke read as 1 where it
   * said l 0.6, 1 0.3 is 0.9): under SYMBOL_FLOOR the symbol is a guess (read-problem.ts).
   */
  shape?: number;
}

/** Image → candidate problem texts (offline: the math recogniser in ./math). */
export interface ProblemRecognizer {
  recognize(image: Buffer): Promise<Recognition>;
  close(): Promise<void>;
}

/** A number and nothing else: what no line of a problem asks on its own. */
export function numberAlone(text: string): boolean {
  return /^\s*[-−+]?[\d.,\s]+$/.test(text);
}
