import { SOLVER_BOMB } from './helpers/solver-bombs';
import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { access, mkdir, mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerModule } from '../src/app/worker.module';
import { CleanupService } from '../src/jobs/cleanup.service';
import { startApiApp } from './helpers/api-app';

/**
 * The queue processors in this process against real Postgres, Redis and local storage,
 * with the API (in process too) creating the jobs: failure handling and duplicate delivery.
 */
describe('workers', () => {
  let ctx: Awaited<ReturnType<typeof startApiApp>>;
  let worker: INestApplicationContext;
  let db: DataSource;
  let token: string;
  let http: ReturnType<typeof ctx.app.getHttpServer>;

  beforeAll(async () => {
    ctx = await startApiApp();
    worker = await NestFactory.createApplicationContext(
      WorkerModule.forQueues(['image2json', 'json2video']),
      { logger: false },
    );
    db = ctx.app.get(DataSource);
    http = ctx.app.getHttpServer();
    token = (
      await request(http)
        .post('/auth/signup')
        .send({ email: 'w@example.com', password: 'password1' })
    ).body.access_token;
  }, 60_000);
  afterAll(async () => {
    await worker.close();
    await ctx.close();
  });

  const auth = () => ({ Authorization: `Bearer ${token}` });
  const quota = async () => (await request(http).get('/auth/me').set(auth())).body.quota;
  async function until(id: string, statuses: string[], timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [row] = await db.query(`SELECT * FROM job WHERE id = $1`, [id]);
      if (statuses.includes(row.status) || Date.now() > deadline) return row;
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('turns a typed problem into a finished video', async () => {
    const job = await request(http).post('/jobs').set(auth()).field('text', '2+3').expect(201);
    const row = await until(job.body.id, ['FINISHED', 'FAILED']);
    expect(row).toMatchObject({ status: 'FINISHED', percent: 100, answer_text: '5', attempts: 2 });
    expect(row.video_key).toBe(`videos/final_${job.body.id}.mp4`);
  });

  it('fails a problem that can never succeed at once, in its language, without retries', async () => {
    const before = await quota();
    const job = await request(http)
      .post('/jobs')
      .set(auth())
      .field('text', '今天天气怎么样')
      .field('lang', 'zh-CN')
      .expect(201);
    const row = await until(job.body.id, ['FAILED', 'FINISHED']);
    expect(row.status).toBe('FAILED');
    expect(row.attempts).toBe(1);
    expect(row.error_msg).toMatch(/没有识别到数学题目|暂时还不会讲这种题目/);
    // The student's input was the problem: the video stays spent.
    expect(await quota()).toBe(before - 1);
  });

  it('refuses a solver bomb at once, and a job queued behind it still finishes', async () => {
    const bomb = await request(http)
      .post('/jobs')
      .set(auth())
      .field('text', SOLVER_BOMB)
      .field('lang', 'en-US')
      .expect(201);
    const normal = await request(http)
      .post('/jobs')
      .set(auth())
      .field('text', '(x+1)^2')
      .field('task', 'simplify')
      .expect(201);
    const bombRow = await until(bomb.body.id, ['FAILED', 'FINISHED']);
    expect(bombRow).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(bombRow.error_msg).toMatch(/too large to explain/);
    const normalRow = await until(normal.body.id, ['FAILED', 'FINISHED']);
    expect(normalRow).toMatchObject({
      status: 'FINISHED',
      task: 'simplify',
      answer_text: 'x^2 + 2*x + 1',
    });
  });

  it('after three failed attempts the row is FAILED with a readable message and the quota comes back', async () => {
    const before = await quota();
    // A render whose script is missing from storage fails every time (a system fault).
    const id = randomUUID();
    await db.query(`UPDATE "user" SET quota = quota - 1 WHERE email = 'w@example.com'`);
    await db.query(
      `INSERT INTO job (id, user_id, status, lang, input_text, json_key)
       SELECT $1, id, 'WAIT_JSON2VIDEO', 'en-US', '1+1', $2 FROM "user" WHERE email = 'w@example.com'`,
      [id, `scripts/${id}.json`],
    );
    await worker
      .get<Queue>(getQueueToken('json2video'))
      .add(
        'json2video',
        { job_id: id, json_key: `scripts/${id}.json` },
        { attempts: 3, backoff: { type: 'fixed', delay: 200 }, jobId: `json2video-${id}` },
      );
    const row = await until(id, ['FAILED']);
    expect(row.status).toBe('FAILED');
    expect(row.attempts).toBe(3);
    expect(row.error_msg).toBe(
      'Processing failed after 3 attempts. Your video was not charged; please try again later.',
    );
    expect(row.quota_refunded).toBe(true);
    expect(await quota()).toBe(before);
  });

  it('ignores a second delivery of work that is already done', async () => {
    const job = await request(http).post('/jobs').set(auth()).field('text', '4+4').expect(201);
    const done = await until(job.body.id, ['FINISHED', 'FAILED']);
    expect(done.status).toBe('FINISHED');
    const before = await quota();
    // BullMQ may deliver twice (a stalled lock, a re-enqueue): same payloads, new deliveries.
    const image2json = worker.get<Queue>(getQueueToken('image2json'));
    const json2video = worker.get<Queue>(getQueueToken('json2video'));
    const again = await Promise.all([
      image2json.add(
        'image2json',
        { job_id: done.id, image_key: null },
        { jobId: `again-i-${done.id}` },
      ),
      json2video.add(
        'json2video',
        { job_id: done.id, json_key: done.json_key },
        { jobId: `again-v-${done.id}` },
      ),
    ]);
    for (const delivery of again)
      for (let state = ''; !['completed', 'failed'].includes(state);) {
        await new Promise((r) => setTimeout(r, 100));
        state = await delivery.getState();
        if (state === 'failed')
          throw new Error(`duplicate delivery failed: ${delivery.failedReason}`);
      }
    const after = await until(done.id, ['FINISHED']);
    expect(after).toMatchObject({
      status: 'FINISHED',
      attempts: done.attempts,
      video_key: done.video_key,
    });
    expect(new Date(after.updated_at).getTime()).toBe(new Date(done.updated_at).getTime());
    expect(await quota()).toBe(before);
  });

  it('deletes every object of jobs past the retention period, marks their rows, and sweeps stale work folders', async () => {
    const photo = await readFile(join(__dirname, '..', 'examples', 'arithmetic.png'));
    const job = await request(http)
      .post('/jobs')
      .set(auth())
      .attach('image', photo, 'photo.png')
      .expect(201);
    const done = await until(job.body.id, ['FINISHED', 'FAILED']);
    expect(done.status).toBe('FINISHED');
    const failed = await request(http)
      .post('/jobs')
      .set(auth())
      .field('text', '今天天气怎么样')
      .expect(201);
    // A failed job keeps its photo or text until retention too; give it a photo to delete.
    const failedRow = await until(failed.body.id, ['FAILED']);
    await writeFile(join(ctx.dataDir, 'uploads', `${failedRow.id}.png`), photo);
    await db.query(`UPDATE job SET image_key = $2 WHERE id = $1`, [
      failedRow.id,
      `uploads/${failedRow.id}.png`,
    ]);
    await db.query(
      `UPDATE job SET finished_at = now() - interval '31 days' WHERE id = ANY($1::uuid[])`,
      [[done.id, failedRow.id]],
    );
    const temp = await mkdtemp(join(tmpdir(), 'dogmath-sweep-'));
    const stale = join(temp, 'dogmath-render-old');
    const fresh = join(temp, 'dogmath-job-new');
    await mkdir(stale);
    await mkdir(fresh);
    await utimes(stale, new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000));
    const cleanup = worker.get(CleanupService);
    expect(await cleanup.sweepTemp(temp)).toBe(1);
    expect(await readdir(temp)).toEqual(['dogmath-job-new']);
    await rm(temp, { recursive: true, force: true });

    const keys = [
      done.image_key,
      done.json_key,
      done.video_key,
      done.subtitles_key,
      done.poster_key,
    ];
    expect(keys.every(Boolean)).toBe(true);
    for (const key of keys) await access(join(ctx.dataDir, key));
    expect((await cleanup.run()).expired).toBe(2);
    for (const key of [...keys, `uploads/${failedRow.id}.png`])
      await expect(access(join(ctx.dataDir, key))).rejects.toThrow();
    const view = await request(http).get(`/jobs/${done.id}`).set(auth()).expect(200);
    expect(view.body).toMatchObject({ status: 'FINISHED', expired: true, result: null });
    await request(http).get(`/results/${done.id}/preview`).set(auth()).expect(410);
    await request(http).post(`/jobs/${done.id}/download-token`).set(auth()).expect(410);
    expect((await cleanup.run()).expired).toBe(0);
  });
});
