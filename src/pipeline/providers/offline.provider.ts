import { PipelineError } from '../errors';
import { MathVideoScript } from '../script/mvs.types';
import { ProblemReader } from '../sandbox/problem-reader';
import { ProblemInput, ScriptProvider } from './script-provider';
import { readProblem, rivalReading, swappedSymbols } from './read-problem';

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
    // Doubt that matters: another reading of the unsure symbols is also a problem we can
    // solve, with a different answer. Solving the first one unconfirmed could explain the
    // right answer to the wrong problem; the student is asked to type or confirm it instead.
    const rival = await rivalReading(
      recognition,
      reading.index,
      reading.value.answer.values,
      (text) =>
        this.reader
          .solve({ op: 'solve', output: 'answer', text, lang, task, fromPhoto: true })
          .then((answer) => answer.values),
    );
    if (rival) {
      const doubtful = swappedSymbols(
        recognition,
        reading.index,
        recognition.candidates.indexOf(rival),
      );
      throw new PipelineError('UNCLEAR_READING', `also reads as ${rival}`, true, {
        'zh-CN': `这张照片没能看清楚（看不清：${doubtful.join('、')}）——请直接输入题目，或在网页上确认识别结果后再生成。`,
        'en-US': `Could not read this clearly (unsure of: ${doubtful.join(', ')}) — type the problem, or confirm the reading first.`,
      });
    }
    return reading.value;
  }

  close(): Promise<void> {
    return this.reader.close();
  }
}
