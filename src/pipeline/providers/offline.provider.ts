import { PipelineError } from '../errors';
import { ProblemRecognizer } from '../recognition/recognizer';
import { buildScript } from '../script/script-builder';
import { MathVideoScript } from '../script/mvs.types';
import { ProblemInput, ScriptProvider } from './script-provider';
import { readProblem } from './read-problem';
import { solveText } from './solve-text';

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
    const reading = readProblem(recognition);
    return buildScript(reading.parsed, reading.solution, input.lang, {
      provider: this.name,
      recognition: {
        engine: recognition.engine,
        confidence: Number(recognition.confidence.toFixed(3)),
        text: reading.text.slice(0, 2000),
      },
    });
  }

  close(): Promise<void> {
    return this.recognizer.close();
  }
}
