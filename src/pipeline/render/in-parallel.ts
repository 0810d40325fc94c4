/**
 * Runs `task` over `items` with at most `limit` running at once, starting them in the order
 * `order` sorts their indexes into (default: as given). After a failure no new task starts,
 * and the first error is thrown only once the running ones have settled, so nothing is
 * still writing into the temp folder when the caller removes it.
 */
export async function inParallel<T>(
  items: T[],
  limit: number,
  task: (item: T, index: number) => Promise<void>,
  order?: (a: number, b: number) => number,
): Promise<void> {
  const queue = items.map((_, i) => i).sort(order ?? (() => 0));
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < queue.length && !failure) {
      const i = queue[next++];
      try {
        await task(items[i], i);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
}
