import { join } from 'node:path';
import { ThreadCallTimeout, ThreadDied, ThreadPool } from '../src/pipeline/sandbox/thread-pool';

/** The hard wall's mechanics, on a thread that can be told to misbehave. */
describe('thread pool with a time budget', () => {
  let pool: ThreadPool;
  beforeEach(() => {
    pool = new ThreadPool({
      module: join(__dirname, 'helpers/busy.thread'),
      size: 1,
      maxHeapMb: 64,
    });
  });
  afterEach(() => pool.close());

  it('answers calls, one after another on one thread', async () => {
    const answers = await Promise.all(
      [1, 2, 3].map((value) => pool.run({ op: 'echo', value }, 5000)),
    );
    expect(answers).toEqual([1, 2, 3]);
  });

  it('keeps the event loop free while a thread spins', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 50);
    await pool.run({ op: 'spin', ms: 1500 }, 10000);
    clearInterval(timer);
    // A blocked loop would tick once at the end; a free one about 30 times.
    expect(ticks).toBeGreaterThan(10);
  });

  it('ends a call past its budget, replaces the thread and serves the queue', async () => {
    const slow = pool.run({ op: 'spin', ms: 60000 }, 500);
    const queued = pool.run({ op: 'echo', value: 'after' }, 10000);
    await expect(slow).rejects.toBeInstanceOf(ThreadCallTimeout);
    await expect(queued).resolves.toBe('after');
  });

  it('survives a thread that runs out of memory', async () => {
    await expect(pool.run({ op: 'alloc' }, 30000)).rejects.toMatchObject({
      constructor: ThreadDied,
      reason: 'memory',
    });
    await expect(pool.run({ op: 'echo', value: 1 }, 10000)).resolves.toBe(1);
  });

  it('survives a thread that exits, and passes an error back by name', async () => {
    await expect(pool.run({ op: 'exit' }, 10000)).rejects.toBeInstanceOf(ThreadDied);
    await expect(pool.run({ op: 'fail' }, 10000)).rejects.toEqual({
      name: 'TypeError',
      message: 'broken on purpose',
    });
  });

  it('refuses calls once closed', async () => {
    await pool.close();
    await expect(pool.run({ op: 'echo', value: 1 }, 1000)).rejects.toThrow(/closed/);
  });
});
