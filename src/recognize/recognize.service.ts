import {
  BadRequestException,
  Injectable,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  UnprocessableEntityException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { Environment } from '../config/environment';
import { RejectedImageError, reencodeUpload } from '../jobs/image-intake';
import { PipelineError } from '../pipeline/errors';
import { readProblem } from '../pipeline/providers/read-problem';
import { solveText } from '../pipeline/providers/solve-text';
import { MathRecognizer } from '../pipeline/recognition/math/math.recognizer';
import { RecognizedSymbol } from '../pipeline/recognition/recognizer';
import { Language } from '../pipeline/script/mvs.types';

/** What the page shows the student to confirm before a job spends quota. */
export interface RecognizedProblem {
  /** The problem as text: what the job will be created with, editable by the student. */
  text: string;
  latex: string;
  kind: string;
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
 * worker uses, so what the student confirms is what will be solved. The OCR engine starts
 * on first use and is shared by all requests of this process.
 */
@Injectable()
export class RecognizeService implements OnApplicationBootstrap, OnApplicationShutdown {
  private recognizer?: MathRecognizer;

  constructor(private readonly env: Environment) {}

  /** Starts the OCR engine in the background (RECOGNIZE_WARMUP): its start-up takes seconds. */
  onApplicationBootstrap(): void {
    if (!this.env.RECOGNIZE_WARMUP) return;
    void this.engine()
      .warmUp()
      .catch(() => undefined);
  }

  private engine(): MathRecognizer {
    this.recognizer ??= new MathRecognizer();
    return this.recognizer;
  }

  async recognize(
    upload: Buffer | undefined,
    text: string | undefined,
    lang: Language,
  ): Promise<RecognizedProblem> {
    if (!upload && !text)
      throw new BadRequestException('Send a photo (form field "image") or text (field "text").');
    try {
      if (text) {
        const { parsed } = solveText(text);
        return {
          text: parsed.text,
          latex: parsed.latex,
          kind: parsed.kind,
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
      const recognition = await this.engine().recognize(png);
      const reading = readProblem(recognition);
      return {
        text: reading.text,
        latex: reading.parsed.latex,
        kind: reading.parsed.kind,
        confidence: Number(recognition.confidence.toFixed(3)),
        rawText: recognition.rawText,
        symbols: recognition.details?.[recognition.candidates.indexOf(reading.text)]?.symbols ?? [],
      };
    } catch (e) {
      if (e instanceof PipelineError) throw new UnprocessableEntityException(e.messageIn(lang));
      throw e;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.recognizer?.close();
  }
}
