import { PipelineError } from '../errors';
import { ProblemRecognizer } from '../recognition/recognizer';
import { UNREADABLE } from '../recognition/line-reader';
import { buildScript } from '../script/script-builder';
import { MathVideoScript } from '../script/mvs.types';
import { ProblemInput, ScriptProvider } from './script-provider';
import { solveText } from './solve-text';

/** How strongly each failure speaks against the image: the most specific one is reported. */
const SEVERITY: Record<string, number> = {
  NO_PROBLEM_FOUND: 0,
  UNSUPPORTED_PROBLEM: 1,
  ANSWER_CHECK_FAILED: 2,
};

/** No network, no keys: OCR (or the typed text) → step solver → checked script. */
export class OfflineScriptProvider implements ScriptProvider {
  readonly name = 'offline';

  constructor(private readonly recognizer: ProblemRecognizer) {}

  async createScript(input: ProblemInput): Promise<MathVideoScript> {
    if (input.text !== undefined) {
      const { parsed, solution } = solveText(input.text);
      return buildScript(parsed, solution, input.lang, { provider: this.name });
    }
    if (!input.image) throw new PipelineError('NO_PROBLEM_FOUND', 'neither image nor text given');
    const recognition = await this.recognizer.recognize(input.image);
    const detail = recognition.rawText.includes(UNREADABLE)
      ? 'a symbol could not be read'
      : 'nothing readable';
    let best: PipelineError = new PipelineError(
      'NO_PROBLEM_FOUND',
      `${detail} in "${recognition.rawText.slice(0, 80)}"`,
    );
    // The solver is the judge: the first reading that is a well-posed, checkable problem wins.
    for (const candidate of recognition.candidates) {
      if (candidate.includes(UNREADABLE)) continue;
      try {
        const { parsed, solution } = solveText(candidate);
        return buildScript(parsed, solution, input.lang, {
          provider: this.name,
          recognition: {
            engine: recognition.engine,
            confidence: Number(recognition.confidence.toFixed(3)),
            text: candidate.slice(0, 2000),
          },
        });
      } catch (e) {
        if (!(e instanceof PipelineError)) throw e;
        if ((SEVERITY[e.code] ?? 0) > (SEVERITY[best.code] ?? 0)) best = e;
      }
    }
    throw best;
  }

  close(): Promise<void> {
    return this.recognizer.close();
  }
}
