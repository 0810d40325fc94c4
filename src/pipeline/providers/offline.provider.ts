import { PipelineError } from '../errors';
import { MathVideoScript } from '../script/mvs.types';
import { ProblemReader } from '../sandbox/problem-reader';
import { ProblemInput, ScriptProvider } from './script-provider';
import { readProblem } from './read-problem';

/** No network, no keys: OCR (or the typed text) → step solver → checked script. */
export class OfflineScriptProvider implements ScriptProvider {
  readonly name = 'offline';

  constructor(private readonly reader: ProblemReader) {}

  async createScript(input: ProblemInput): Promise<MathVideoScript> {
    const { lang, task } = input;
    if (input.text !== undefined)
      return this.reader.solve({
        op: 'solve',
        output: 'script',
        text: input.text,
        lang,
        task,
        source: { provider: this.name },
      });
    if (!input.image) throw new PipelineError('NO_PROBLEM_FOUND', 'neither image nor text given');
    const recognition = await this.reader.recognize(input.image);
    const reading = await readProblem(recognition, (text) =>
      this.reader.solve({
        op: 'solve',
        output: 'script',
        text,
        lang,
        task,
        fromPhoto: true,
        source: {
          provider: this.name,
          recognition: {
            engine: recognition.engine,
            confidence: Number(recognition.confidence.toFixed(3)),
            text: text.slice(0, 2000),
          },
        },
      }),
    );
    return reading.value;
  }

  close(): Promise<void> {
    return this.reader.close();
  }
}
