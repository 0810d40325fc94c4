import { parentPort, workerData } from 'node:worker_threads';
import { PipelineError } from '../errors';

/** One operation a thread offers: a plain message in, a plain (cloneable) value out. */
export type Handlers = Record<string, (message: never) => unknown>;

/** What crosses back for a failure: a PipelineError whole, anything else as name and message. */
function serializeError(e: unknown): unknown {
  if (e instanceof PipelineError) return e.toJSON();
  const error = e instanceof Error ? e : new Error(String(e));
  return { name: error.name, message: error.message };
}

/**
 * The thread side of ThreadPool: answers each `{op, ...}` message with its handler's result,
 * one at a time, and says when it is ready.
 */
export function serveThread(create: (init: unknown) => Handlers): void {
  const port = parentPort;
  if (!port) throw new Error('serveThread runs inside a worker thread');
  const handlers = create((workerData as { init?: unknown }).init);
  port.on('message', (message: { op: string }) => {
    void (async () => {
      try {
        const handler = handlers[message.op];
        if (!handler) throw new Error(`unknown operation ${message.op}`);
        port.postMessage({ ok: true, value: await handler(message as never) });
      } catch (e) {
        port.postMessage({ ok: false, error: serializeError(e) });
      }
    })();
  });
  port.postMessage({ ready: true });
}
