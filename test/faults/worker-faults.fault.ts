import sharp from 'sharp';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { redisOptions } from '../../src/redis/redis-options';
import { startFaultStack } from '../helpers/fault-stack';

type Stack = Awaited<ReturnType<typeof startFaultStack>>;

/** A render long enough (~40 s of video, a few seconds of work) to be killed in the middle. */
const LONG = 'x^2-5x+6=0';
const rendering = (r: { status: string; percent: number }) =>
  r.status === 'WAIT_JSON2VIDEO' && r.percent > 30;

describe('fault suite: workers dying, duplicate and lost queue entries', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startFaultStack({ RECONCILE_EVERY_SECONDS: '1', STALE_AFTER_SECONDS: '2' });
  }, 120_000);
  afterAll(() => stack?.close());
  afterEach(() => stack.killWorkers());

  it('1. kill -9 of a worker mid-render: another worker finishes it, with exactly one video', async () => {
    const token = await stack.signup('kill@faults.test');
    const first = await stack.startWorker();
    const id = await stack.textJob(token, LONG);
    await stack.waitFor(id, rendering);
    const killedAt = Date.now();
    first.child.kill('SIGKILL');
    await stack.startWorker();
    const row = await stack.waitFor(id, (r) => r.status !== 'WAIT_JSON2VIDEO');
    const recoverySeconds = (Date.now() - killedAt) / 1000;
    expect(row.status).toBe('FINISHED');
    expect((await stack.objects('videos')).filter((f) => f.includes(id)).sort()).toEqual(
      [`${id}.jpg`, `${id}.vtt`, `final_${id}.mp4`].sort(),
    );
    console.log(`fault 1: finished ${recoverySeconds.toFixed(1)} s after the kill`);
  }, 120_000);

  it('2. a worker killed on every try: FAILED after 3 tries, quota back, last event FAILED', async () => {
    const email = 'always@faults.test';
    const token = await stack.signup(email);
    await stack.startWorker({ WORKER_QUEUES: 'image2json' });
    const id = await stack.textJob(token, LONG);
    const watcher = stack.watch(id, token);
    let renderStarts = 0;
    let attempts = 1; // image2json's claim
    for (;;) {
      const render = await stack.startWorker({ WORKER_QUEUES: 'json2video' });
      // Each render claim counts an attempt on the row: kill a second into it.
      const row = await stack.waitFor(id, (r) => r.attempts > attempts || r.status === 'FAILED');
      if (row.status === 'FAILED') {
        await render.stop();
        break;
      }
      attempts = row.attempts;
      renderStarts += 1;
      await new Promise((r) => setTimeout(r, 1000));
      render.child.kill('SIGKILL');
      expect(renderStarts).toBeLessThanOrEqual(3);
    }
    const row = await stack.row(id);
    expect(renderStarts).toBe(3);
    expect(row.status).toBe('FAILED');
    expect(row.error_msg).toMatch(/Processing failed after 3 attempts.*not charged/);
    expect(await stack.quota(email)).toBe(10);
    // The FAILED event follows the row: wait for it rather than for a fixed time.
    for (let i = 0; i < 100 && watcher.events.at(-1)?.status !== 'FAILED'; i += 1)
      await new Promise((r) => setTimeout(r, 50));
    watcher.close();
    expect(watcher.events.at(-1)?.status).toBe('FAILED');
  }, 180_000);

  it('4. an unreadable image fails at once with a human message', async () => {
    const token = await stack.signup('blank@faults.test');
    await stack.startWorker();
    // A photo of a blank page: nothing to read.
    const white = await sharp({
      create: { width: 900, height: 400, channels: 3, background: 'white' },
    })
      .png()
      .toBuffer();
    const form = new FormData();
    form.append('image', new Blob([new Uint8Array(white)]), 'blank.png');
    form.append('lang', 'zh-CN');
    const res = await fetch(`${stack.base}/jobs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    const { id } = (await res.json()) as { id: string };
    const row = await stack.waitFor(id, (r) => r.status === 'FAILED' || r.status === 'FINISHED');
    expect(row.status).toBe('FAILED');
    expect(row.attempts).toBe(1);
    expect(row.error_msg).toBe('没有识别到数学题目，请拍得更清楚一些，或者直接输入题目。');
  }, 60_000);

  it('8. a crash between commit and enqueue: the reconciler queues the job and it finishes once', async () => {
    const email = 'lost@faults.test';
    await stack.signup(email);
    await stack.startWorker();
    // Exactly what POST /jobs commits, without the enqueue that a crash would have lost.
    const id = randomUUID();
    await stack.db.query(`UPDATE "user" SET quota = quota - 1 WHERE email = $1`, [email]);
    await stack.db.query(
      `INSERT INTO job (id, user_id, status, lang, input_text)
       SELECT $1, id, 'WAIT_IMAGE2JSON', 'en-US', '7 - 2' FROM "user" WHERE email = $2`,
      [id, email],
    );
    const row = await stack.waitFor(id, (r) => r.status === 'FINISHED' || r.status === 'FAILED');
    expect(row.status).toBe('FINISHED');
    expect(row.attempts).toBe(2);
    expect((await stack.objects('videos')).filter((f) => f.startsWith(`final_${id}`))).toHaveLength(
      1,
    );
    expect(await stack.quota(email)).toBe(9);
  }, 60_000);

  it('9. the same job enqueued 10 times (same id and new ids): one job, one output', async () => {
    const email = 'dup@faults.test';
    const token = await stack.signup(email);
    await stack.startWorker();
    const id = await stack.textJob(token, '6 × 7');
    const queue = new Queue('image2json', { connection: redisOptions(stack.env.REDIS_URL) });
    const deliveries = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        queue.add(
          'image2json',
          { job_id: id, image_key: null },
          { jobId: i % 2 ? `image2json-${id}` : `dup-${i}-${id}` },
        ),
      ),
    );
    const row = await stack.waitFor(id, (r) => r.status === 'FINISHED' || r.status === 'FAILED');
    expect(row.status).toBe('FINISHED');
    // Every stray delivery has run to its end (not a fixed wait): none may have redone work.
    for (const delivery of deliveries)
      for (let state = await delivery.getState(); !['completed', 'failed'].includes(state);) {
        await new Promise((r) => setTimeout(r, 100));
        state = await delivery.getState();
      }
    await queue.close();
    expect((await stack.row(id)).attempts).toBe(2);
    expect((await stack.objects('videos')).filter((f) => f.includes(id))).toHaveLength(3);
    expect(await stack.quota(email)).toBe(9);
  }, 60_000);
});
