import {
  BadRequestException,
  Injectable,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  UnprocessableEntityException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { Environment, readerOptions } from '../config/environment';
import { RejectedImageError, reencodeUpload } from '../uploads/image-intake';
import { PipelineError } from '../pipeline/errors';
import { ProblemReading, readProblem } from '../pipeline/providers/read-problem';
import { Recognition, RecognizedSymbol } from '../pipeline/recognition/recognizer';
import { ProblemReader } from '../pipeline/sandbox/problem-reader';
import { Reading } from '../pipeline/sandbox/reader.messages';
import { Language } from '../pipeline/script/mvs.types';
import { Task } from '../pipeline/solver/instructions';

/** What a bare expression or equation on a photo may be asked for, in the page's order. */
const TASK_CHOICES: Task[] = ['solve', 'compute', 'simplify', 'expand', 'factor', 'derivative'];

/** What the page shows the student to confirm before a job spends quota. */
export interface RecognizedProblem {
  /** The problem as text: what the job will be created with, editable by the student. */
  text: string;
  latex: string;
  kind: string;
  /** What was asked: solve, compute, simplify … (problem.task in the MVS). */
  task: Task;
  /**
   * The tasks that make sense for what was read. One when the problem says what to do; when
   * a photo shows only an expression or equation (no instruction), every task our solvers
   * can do with it, `task` being the first, and `needsTask` says the student must pick.
   */
  tasks: Task[];
  needsTask: boolean;
  /** The OCR's confidence (1 for typed text). */
  confidence: number;
  /** What the OCR saw before the solver chose a reading ("" for typed text). */
  rawText: string;
  /**
   * The formula's symbols with the recogniser's confidence (empty for typed text), so the
   * page can point at the ones to check before the student confirms.
   */
  symbols: RecognizedSymbol[];
}

/**
 * OCR + reading only (no script, no video, no quota): the same reader the image2json
 * worker uses, so what the student confirms is what will be solved. Recognition and solving
 * run in the reader's worker threads with a time budget: a hostile photo or text never
 * blocks this process's event loop (its health checks, its other requests).
 */
@Injectable()
export class RecognizeService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly reader: ProblemReader;

  constructor(private readonly env: Environment) {
    this.reader = new ProblemReader(readerOptions(env));
  }

  /** Starts the threads and loads the models in the background (RECOGNIZE_WARMUP). */
  onApplicationBootstrap(): void {
    if (!this.env.RECOGNIZE_WARMUP) return;
    void this.reader.warmUp().catch(() => undefined);
  }

  async recognize(
    upload: Buffer | undefined,
    text: string | undefined,
    lang: Language,
    task?: Task,
  ): Promise<RecognizedProblem> {
    if (!upload && !text)
      throw new BadRequestException('Send a photo (form field "image") or text (field "text").');
    const read = (candidate: string, fromPhoto = false, asked: Task | undefined = task) =>
      this.reader.solve({
        op: 'solve',
        output: 'reading',
        text: candidate,
        lang,
        task: asked,
        fromPhoto,
      });
    try {
      if (text) {
        const reading: Reading = await read(text);
        return {
          ...reading,
          tasks: [reading.task],
          needsTask: false,
          confidence: 1,
          rawText: '',
          symbols: [],
        };
      }
      let png: Buffer;
      try {
        png = await reencodeUpload(upload!);
      } catch (e) {
        if (e instanceof RejectedImageError) throw new UnsupportedMediaTypeException(e.message);
        throw e;
      }
      const recognition = await this.reader.recognize(png);
      let choice: { reading: ProblemReading<Reading>; tasks: Task[]; needsTask: boolean };
      try {
        const reading = await readProblem(recognition, (c) => read(c, true));
        choice = { reading, tasks: [reading.value.task], needsTask: false };
      } catch (e) {
        // No instruction on the page (or none we could read): offer what can be done with it.
        if (task || !(e instanceof PipelineError) || e.code !== 'UNSUPPORTED_PROBLEM') throw e;
        const options = await possibleTasks(recognition, (c, asked) => read(c, true, asked));
        if (!options.length) throw e;
        choice = {
          reading: options[0].reading,
          tasks: options.map((o) => o.task),
          needsTask: true,
        };
      }
      const { text: candidate, index, value } = choice.reading;
      return {
        ...value,
        tasks: choice.tasks,
        needsTask: choice.needsTask,
        text: candidate,
        confidence: Number(recognition.confidence.toFixed(3)),
        rawText: recognition.rawText,
        symbols: (recognition.details?.[index]?.symbols ?? []).map(({ text, confidence }) => ({
          text,
          confidence,
        })),
      };
    } catch (e) {
      if (e instanceof PipelineError) throw new UnprocessableEntityException(e.messageIn(lang));
      throw e;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.reader.close();
  }
}

/**
 * Each task a solver can do with the photo's first readings (few, so a photo costs at
 * most a dozen solves, each within the reader's budget), in the order a page offers them.
 */
async function possibleTasks(
  recognition: Recognition,
  read: (candidate: string, task: Task) => Promise<Reading>,
): Promise<{ task: Task; reading: ProblemReading<Reading> }[]> {
  const firstReadings = { ...recognition, candidates: recognition.candidates.slice(0, 2) };
  const options: { task: Task; reading: ProblemReading<Reading> }[] = [];
  for (const task of TASK_CHOICES) {
    const reading = await readProblem(firstReadings, (text) => read(text, task)).catch(
      (e: unknown) => {
        if (e instanceof PipelineError) return null;
        throw e;
      },
    );
    if (reading) options.push({ task, reading });
  }
  return options;
}
