/**
 * `work`, or a rejection naming `what` once `ms` pass first. For calls that can wait for
 * ever (BullMQ waits for a Redis connection that may never come). A late rejection of
 * `work` is swallowed; the timer is cleared either way and never keeps the process alive.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from ${what} within ${ms} ms`)), ms);
    timer.unref();
  });
  work.catch(() => undefined);
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
