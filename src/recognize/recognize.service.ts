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
import { readProblem } from '../pipeline/providers/read-problem';
import { RecognizedSymbol } from '../pipeline/recognition/recognizer';
import { ProblemReader } from '../pipeline/sandbox/problem-reader';
import { Reading } from '../pipeline/sandbox/reader.messages';
import { Language } from '../pipeline/script/mvs.types';
import { Task } from '../pipeline/solver/instructions';

/** What the page shows the student to confirm before a job spends quota. */
export interface RecognizedProblem {
  /** The problem as text: what the job will be created with, editable by the student. */
  text: string;
  latex: string;
  kind: string;
  /** What was asked: solve, compute, simplify … (problem.task in the MVS). */
  task: Task;
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
    const read = (candidate: string, fromPhoto = false) =>
      this.reader.solve({
        op: 'solve',
        output: 'reading',
        text: candidate,
        lang,
        task,
        fromPhoto,
      });
    try {
      if (text) {
        const reading: Reading = await read(text);
        return { ...reading, confidence: 1, rawText: '', symbols: [] };
      }
      let png: Buffer;
      try {
        png = await reencodeUpload(upload!);
      } catch (e) {
        if (e instanceof RejectedImageError) throw new UnsupportedMediaTypeException(e.message);
        throw e;
      }
      const recognition = await this.reader.recognize(png);
      const {
        text: candidate,
        index,
        value,
      } = await readProblem(recognition, (c) => read(c, true));
      return {
        ...value,
        text: candidate,
        confidence: Number(recognition.confidence.toFixed(3)),
        rawText: recognition.rawText,
        symbols: recognition.details?.[index]?.symbols ?? [],
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
