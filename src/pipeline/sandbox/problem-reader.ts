import { PipelineError, SerializedPipelineError } from '../errors';
import { tooLarge } from '../refusals';
import { Recognition } from '../recognition/recognizer';
import { SolveOutput, SolveRequest } from './reader.messages';
import { ThreadCallTimeout, ThreadDied, ThreadPool } from './thread-pool';

export interface ProblemReaderOptions {
  /** Budget for parsing, solving and checking one reading (the "about 2 s"). */
  solveTimeoutMs: number;
  /** Budget for recognising one photo (models load on a thread's first photo). */
  recognizeTimeoutMs: number;
  solverThreads: number;
  recognizerThreads: number;
}

export const DEFAULT_READER_OPTIONS: ProblemReaderOptions = {
  solveTimeoutMs: 2000,
  recognizeTimeoutMs: 30000,
  solverThreads: 1,
  recognizerThreads: 1,
};

const SLOW_PHOTO = {
  'zh-CN': '读取这张照片用时太长。请把照片裁剪到题目本身后再试，或者直接输入题目。',
  'en-US':
    'Reading this photo took too long. Please crop it to the problem and try again, or type the problem.',
};

/**
 * The hard wall around recognition and solving: both run in worker-thread pools with a
 * time budget, so no input, however hostile, blocks the process's event loop (its health
 * checks, its other requests, its queue-lock renewals). A call past its budget is refused
 * with a clear message and its thread is replaced.
 */
export class ProblemReader {
  private solvers?: ThreadPool;
  private recognizers?: ThreadPool;

  constructor(private readonly options: ProblemReaderOptions = DEFAULT_READER_OPTIONS) {}

  /** Photo → candidate readings (the recogniser's work, off the event loop). */
  async recognize(image: Buffer): Promise<Recognition> {
    const copy = new Uint8Array(image);
    try {
      return await this.recognizerPool().run<Recognition>(
        { op: 'recognize', image: copy },
        this.options.recognizeTimeoutMs,
        [copy.buffer as ArrayBuffer],
      );
    } catch (e) {
      if (e instanceof ThreadCallTimeout || (e instanceof ThreadDied && e.reason === 'memory'))
        throw new PipelineError('NO_PROBLEM_FOUND', `recognition: ${e.message}`, true, SLOW_PHOTO);
      throw revive(e);
    }
  }

  /** Parses, solves and checks one text within the solving budget. */
  async solve<R extends SolveRequest>(request: R): Promise<SolveOutput<R['output']>> {
    try {
      return await this.solverPool().run(request, this.options.solveTimeoutMs);
    } catch (e) {
      if (e instanceof ThreadCallTimeout)
        throw new PipelineError(
          'PROBLEM_TOO_LARGE',
          `solving: ${e.message}`,
          true,
          tooLarge('time'),
        );
      if (e instanceof ThreadDied && e.reason === 'memory')
        throw new PipelineError(
          'PROBLEM_TOO_LARGE',
          `solving: ${e.message}`,
          true,
          tooLarge('memory'),
        );
      throw revive(e);
    }
  }

  /** Starts the threads and loads the recogniser's models now rather than on first use. */
  async warmUp(): Promise<void> {
    this.solverPool();
    await this.recognizerPool().run({ op: 'warmUp' }, this.options.recognizeTimeoutMs);
  }

  async close(): Promise<void> {
    await Promise.all([this.solvers?.close(), this.recognizers?.close()]);
  }

  private solverPool(): ThreadPool {
    this.solvers ??= readerPool(this.options.solverThreads, 512);
    return this.solvers;
  }

  /** Recognising threads hold the models (≈350 MB): a larger heap cap. */
  private recognizerPool(): ThreadPool {
    this.recognizers ??= readerPool(this.options.recognizerThreads, 1536);
    return this.recognizers;
  }
}

function readerPool(size: number, maxHeapMb: number): ThreadPool {
  return new ThreadPool({ module: 'reader.thread', size, maxHeapMb });
}

/** A thread's error, brought back to what it was: a PipelineError stays one. */
function revive(e: unknown): unknown {
  if (e instanceof Error) return e;
  const plain = e as Partial<SerializedPipelineError> & { message?: string };
  if (plain?.name === 'PipelineError')
    return PipelineError.fromJSON(plain as SerializedPipelineError);
  const error = new Error(plain?.message ?? String(e));
  if (plain?.name) error.name = plain.name;
  return error;
}
