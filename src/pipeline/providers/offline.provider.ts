import { PipelineError } from '../errors';
import { MathVideoScript } from '../script/mvs.types';
import { ProblemReader } from '../sandbox/problem-reader';
import { ProblemInput, ScriptProvider } from './script-provider';
import {
  implausibleAnswer,
  implausibleNumbers,
  lettersOnlyItNeeds,
  neverHolds,
  readProblem,
  rivalReading,
  swappedSymbols,
  weakSymbols,
} from './read-problem';
import { Recognition, numberAlone } from '../recognition/recognizer';
import { VisionTranscriber } from './vision-transcriber';
import { settledByItsResult } from './worked-result';
import { Language } from '../script/mvs.types';
import { Task } from '../solver/instructions';
import { WrittenLayout } from '../script/column-form';

/** Refusals of a photo that a better reader might overturn (not a bad file, not a bomb). */
const READING_REFUSALS = new Set(['NO_PROBLEM_FOUND', 'UNCLEAR_READING', 'UNSUPPORTED_PROBLEM']);

/**
 * No network, no keys: OCR (or the typed text) → step solver → checked script. With a
 * vision model configured, a photo the offline reader refuses or doubts is transcribed by
 * the model and then solved and checked like typed text.
 */
export class OfflineScriptProvider implements ScriptProvider {
  readonly name = 'offline';

  constructor(
    private readonly reader: ProblemReader,
    private readonly transcriber?: VisionTranscriber,
  ) {}

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
    try {
      return await this.readPhoto(input.image, lang, task);
    } catch (e) {
      if (!this.transcriber || !(e instanceof PipelineError) || !READING_REFUSALS.has(e.code))
        throw e;
      return this.readWithVisionModel(this.transcriber, input.image, lang, task, e);
    }
  }

  /**
   * The fallback: the model's transcription is solved and checked as if typed. The endpoint's
   * own failures are the operator's (retried, refunded); a transcription that is no problem
   * leaves the offline refusal standing, and one we cannot solve says why.
   */
  private async readWithVisionModel(
    transcriber: VisionTranscriber,
    image: Buffer,
    lang: Language,
    task: Task | undefined,
    offlineRefusal: PipelineError,
  ): Promise<MathVideoScript> {
    try {
      const transcription = await transcriber.transcribe(image, lang);
      // A transcription is taken as typed text: the model gives no confidence of its own.
      return await this.solvePhotoText(
        transcription.text,
        lang,
        task,
        `vision:${transcription.model}`,
        1,
      );
    } catch (e) {
      if (e instanceof PipelineError && e.code === 'NO_PROBLEM_FOUND') throw offlineRefusal;
      throw e;
    }
  }

  /** Solves what was read in a photo, recording who read it and how surely. */
  private solvePhotoText(
    text: string,
    lang: Language,
    task: Task | undefined,
    engine: string,
    confidence: number,
    layout?: WrittenLayout,
  ): Promise<MathVideoScript> {
    return this.reader.solve({
      op: 'solve',
      output: 'script',
      text,
      lang,
      task,
      fromPhoto: true,
      source: {
        provider: this.name,
        recognition: {
          engine,
          confidence: Number(confidence.toFixed(3)),
          text: text.slice(0, 2000),
          ...(layout ? { layout } : {}),
        },
      },
    });
  }

  private async readPhoto(
    image: Buffer,
    lang: Language,
    task: Task | undefined,
  ): Promise<MathVideoScript> {
    const recognition = await this.reader.recognize(image);
    const reading = await readProblem(recognition, (text, index) =>
      this.solvePhotoText(
        text,
        lang,
        task,
        recognition.engine,
        recognition.confidence,
        recognition.details?.[index]?.layout,
      ),
    ).catch((e: unknown) => {
      throw asReadingFailure(e, recognition);
    });
    const prompt = recognition.unreadPrompt;
    if (prompt)
      throw unclearReading(
        [prompt],
        `"${prompt}" beside the formula asks for nothing known: part of the problem may be unread`,
      );
    // A number read alone asks nothing: its "answer" is itself, so answering can only repeat
    // it or, misread, give a wrong one (a hand's 19 with a long flag answered 79, 3.8 with its
    // point lost 38). It is the rest of a problem that was lost (a column's lower row dropped
    // as dust left 821 over "× 69" answered as 821) or no problem at all.
    if (numberAlone(reading.text))
      throw new PipelineError(
        'NO_PROBLEM_FOUND',
        `only the number ${reading.text.trim()} was read, with nothing to work out: type the problem, or retake the photo with all of it in view`,
      );
    // An unlikely letter only the winning reading needs is a guess (lettersOnlyItNeeds).
    const guessed = lettersOnlyItNeeds(recognition, reading.index);
    if (guessed.length)
      throw unclearReading(guessed, `unsure of ${guessed.join(' ')} in ${reading.text}`);
    // A symbol the recogniser hardly believed (the reading may have needed its runner-up) is
    // no ground for an unconfirmed answer: "8" at 5 % for an x² whose 2 ran into it.
    const weak = weakSymbols(recognition, reading.index);
    const holds = (text: string) =>
      this.reader.solve({ op: 'solve', output: 'answer', text, lang, task, fromPhoto: true }).then(
        () => true,
        (e: unknown) => {
          if (e instanceof PipelineError) return false;
          throw e;
        },
      );
    // A line of working written with its result settles its own unsure digits (see there).
    if (weak.length && !(await settledByItsResult(reading.text, weak, holds)))
      throw unclearReading(weak, `unsure of ${weak.join(' ')} in ${reading.text}`);
    const odd = implausibleNumbers(reading.text, recognition.script);
    if (odd.length)
      throw unclearReading(
        odd,
        `${odd.join(' ')} in ${reading.text}: written so by nobody (a point lost, a fleck, a misread digit?)`,
      );
    if (
      implausibleAnswer(reading.value.answer.values, recognition.details?.[reading.index]?.layout)
    )
      throw unclearReading([reading.text], 'an answer with a number no worksheet has');
    if (recognition.script === 'handwriting' && neverHolds(reading.value))
      throw unclearReading(
        [reading.text],
        'the unknown cancels out and nothing solves the handwritten reading: a misread number may have done that',
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
      throw unclearReading(doubtful, `also reads as ${rival}`);
    }
    return reading.value;
  }

  close(): Promise<void> {
    return this.reader.close();
  }
}

/** The photo job's refusal when the reading is in doubt, naming the doubtful symbols. */
function unclearReading(doubtful: string[], detail: string): PipelineError {
  return new PipelineError('UNCLEAR_READING', detail, true, {
    'zh-CN': `这张照片没能看清楚（看不清：${doubtful.join('、')}）——请直接输入题目，或在网页上确认识别结果后再生成。`,
    'en-US': `Could not read this clearly (unsure of: ${doubtful.join(', ')}) — type the problem, or confirm the reading first.`,
  });
}

/**
 * Handwriting that solves to nothing was misread far more often than it was a class we do
 * not explain: "we cannot explain this kind of problem" would blame the problem for our
 * reading, so it is reported as not read (take a clearer photo, or type it).
 */
function asReadingFailure(e: unknown, recognition: Recognition): unknown {
  if (
    recognition.script !== 'handwriting' ||
    !(e instanceof PipelineError) ||
    e.code !== 'UNSUPPORTED_PROBLEM'
  )
    return e;
  return new PipelineError(
    'NO_PROBLEM_FOUND',
    `nothing readable in "${recognition.rawText.slice(0, 80)}" (as handwriting: ${e.detail ?? ''})`,
  );
}
