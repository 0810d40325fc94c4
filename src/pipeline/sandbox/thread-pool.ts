import { Worker } from 'node:worker_threads';
import { extname, isAbsolute, join } from 'node:path';

/**
 * A fixed number of worker threads that run one kind of work off the event loop, each call
 * with a time budget. A call past its budget, or a thread that dies (out of memory, a crash),
 * costs that call only: the thread is terminated and replaced, queued calls go on.
 */
export interface ThreadPoolOptions {
  /** The thread's module without extension: next to this file ("reader.thread"), or absolute. */
  module: string;
  size: number;
  /** Heap cap per thread: a memory bomb kills its thread, never the process. */
  maxHeapMb: number;
  /** Sent once to every new thread, e.g. what it should load at start. */
  init?: unknown;
}

/** How a call ended when the thread did not answer. */
export class ThreadCallTimeout extends Error {
  constructor(readonly budgetMs: number) {
    super(`no answer within ${budgetMs} ms`);
  }
}
export class ThreadDied extends Error {
  constructor(
    readonly reason: 'memory' | 'crash',
    detail: string,
  ) {
    super(detail);
  }
}

interface Call {
  message: unknown;
  budgetMs: number;
  transfer: ArrayBuffer[];
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  /** The thread has loaded its module: budgets start only then, not during start-up. */
  ready: boolean;
  call?: Call;
  timer?: NodeJS.Timeout;
}

/** Message shapes between the pool and a thread (see thread-host.ts). */
export type ThreadReply =
  { ready: true } | { ok: true; value: unknown } | { ok: false; error: unknown };

export class ThreadPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Call[] = [];
  private closed = false;

  constructor(private readonly options: ThreadPoolOptions) {
    for (let i = 0; i < options.size; i += 1) this.slots.push(this.spawn());
  }

  /** Runs one call on the next free thread; rejects with ThreadCallTimeout past the budget. */
  run<T>(message: unknown, budgetMs: number, transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the thread pool is closed'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({
        message,
        budgetMs,
        transfer,
        resolve: resolve as (v: unknown) => void,
        reject,
      });
      this.dispatch();
    });
  }

  /** Calls waiting for a thread plus calls running. */
  get load(): number {
    return this.queue.length + this.slots.filter((s) => s.call).length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const call of this.queue.splice(0)) call.reject(new Error('the thread pool is closed'));
    await Promise.all(
      this.slots.map(async (slot) => {
        clearTimeout(slot.timer);
        slot.call?.reject(new Error('the thread pool is closed'));
        slot.call = undefined;
        await slot.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const entry = `${isAbsolute(this.options.module) ? this.options.module : join(__dirname, this.options.module)}${extname(__filename)}`;
    const worker = new Worker(join(__dirname, 'thread-bootstrap.js'), {
      workerData: { entry, init: this.options.init },
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb },
      stdout: false,
      stderr: false,
    });
    // A thread's start-up must not keep a finished process alive; a call in flight does.
    worker.unref();
    const slot: Slot = { worker, ready: false };
    worker.on('message', (reply: ThreadReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.dispatch();
      } else {
        this.settle(slot, reply);
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const reason = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash';
      this.replace(slot, new ThreadDied(reason, error.message));
    });
    worker.on('exit', (code) => {
      if (!this.closed) this.replace(slot, new ThreadDied('crash', `thread exited with ${code}`));
    });
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.call || this.queue.length === 0) continue;
      const call = this.queue.shift()!;
      slot.call = call;
      slot.worker.ref();
      slot.timer = setTimeout(
        () => this.replace(slot, new ThreadCallTimeout(call.budgetMs)),
        call.budgetMs,
      );
      slot.worker.postMessage(call.message, call.transfer);
    }
  }

  private settle(slot: Slot, reply: Exclude<ThreadReply, { ready: true }>): void {
    const call = slot.call;
    if (!call) return;
    clearTimeout(slot.timer);
    slot.call = undefined;
    slot.worker.unref();
    if (reply.ok) call.resolve(reply.value);
    else call.reject(reply.error);
    this.dispatch();
  }

  /** Ends the slot's call with `error`, terminates its thread and starts a fresh one. */
  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || this.closed) return;
    clearTimeout(slot.timer);
    slot.call?.reject(error);
    slot.call = undefined;
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => undefined);
    void slot.worker.terminate();
    this.slots[index] = this.spawn();
    this.dispatch();
  }
}
