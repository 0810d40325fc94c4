import { serveThread } from '../../src/pipeline/sandbox/thread-host';

/** A thread for the pool's own tests: answers, spins, eats memory or dies on request. */
serveThread(() => ({
  echo: ({ value }: { value: unknown }) => value,
  spin: ({ ms }: { ms: number }) => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      // busy: the event loop of this thread is blocked, as a solver bomb would block it
    }
    return 'done';
  },
  alloc: () => {
    const hoard: number[][] = [];
    for (;;) hoard.push(new Array(1e6).fill(Math.random()));
  },
  exit: () => process.exit(3),
  fail: () => {
    throw new TypeError('broken on purpose');
  },
}));
