/** What any recognition engine returns: candidate readings, best first. */
export interface Recognition {
  engine: string;
  /** Candidate problem texts (prompt + math), most likely first; the solver picks. */
  candidates: string[];
  /** 0..1, the engine's own confidence in its reading. */
  confidence: number;
  /** The raw text, for diagnostics and for the student to confirm. */
  rawText: string;
}

/** Image → candidate problem texts. Tesseract today; a math-structure recogniser can replace it. */
export interface ProblemRecognizer {
  recognize(image: Buffer): Promise<Recognition>;
  close(): Promise<void>;
}
