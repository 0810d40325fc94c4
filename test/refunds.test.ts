import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../src/app/worker.module';
import { ChatCompletionsServer } from './chat-completions.server';
import { startApiApp } from './helpers/api-app';

/** A model reply whose answer to 3(x − 2) = 2x + 5 the CAS disproves (it is 11). */
const WRONG_SCRIPT = JSON.stringify({
  version: 1,
  language: 'en-US',
  title: 'Solving a linear equation',
  problem: { text: 'Solve 3(x-2)=2x+5', latex: '3(x-2)=2x+5', kind: 'linear_equation' },
  answer: { latex: 'x = 12', values: [{ variable: 'x', value: '12' }] },
  scenes: [
    {
      id: 'intro',
      role: 'intro',
      narration: 'We solve it.',
      board: [{ type: 'math', latex: '3(x-2)=2x+5' }],
    },
    {
      id: 'answer',
      role: 'answer',
      narration: 'So x is 12.',
      board: [{ type: 'math', latex: 'x=12' }],
    },
  ],
  source: { provider: 'llm' },
});

/**
 * Who pays when a job fails in LLM mode (image2json worker in process, a local server
 * speaking the chat-completions protocol): operator faults are refunded, bad model replies
 * are retried only within a per-user daily budget, and past it are charged.
 */
describe('refunds that cannot be farmed (LLM mode)', () => {
  const model = new ChatCompletionsServer();
  let ctx: Awaited<ReturnType<typeof startApiApp>>;
  let worker: INestApplicationContext;
  let db: DataSource;

  async function run(apiKey: string, budget: string) {
    const baseUrl = await model.start();
    ctx = await startApiApp({
      SCRIPT_PROVIDER: 'llm',
      LLM_BASE_URL: baseUrl,
      LLM_API_KEY: apiKey,
      LLM_MODEL: 'vision-model-1',
      LLM_RETRIES_PER_USER_PER_DAY: budget,
    });
    worker = await NestFactory.createApplicationContext(WorkerModule.forQueues(['image2json']), {
      logger: false,
    });
    db = ctx.app.get(DataSource);
  }
  afterEach(async () => {
    await worker?.close();
    await ctx?.close();
    await model.stop();
    model.requests.length = 0;
  });

  /** Signs up, or logs in again with `again`, and creates the job the model will get wrong. */
  async function newJob(email: string, again = false) {
    const http = ctx.app.getHttpServer();
    const { access_token: token } = (
      await request(http)
        .post(again ? '/auth/login' : '/auth/signup')
        .send({ email, password: 'password1' })
    ).body;
    const job = await request(http)
      .post('/jobs')
      .set({ Authorization: `Bearer ${token}` })
      .field('text', '3(x-2)=2x+5')
      .field('lang', 'en-US')
      .expect(201);
    return {
      id: job.body.id as string,
      quota: async () =>
        (
          await request(http)
            .get('/auth/me')
            .set({ Authorization: `Bearer ${token}` })
        ).body.quota,
    };
  }

  async function settled(id: string) {
    for (let i = 0; i < 300; i += 1) {
      const [row] = await db.query(`SELECT * FROM job WHERE id = $1`, [id]);
      if (row.status === 'FAILED' || row.status === 'FINISHED') return row;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('job did not settle');
  }

  it('refunds a misconfigured model key after one call, without retrying', async () => {
    await run('a-wrong-key', '10');
    const job = await newJob('key@example.com');
    const row = await settled(job.id);
    expect(row).toMatchObject({ status: 'FAILED', attempts: 1, quota_refunded: true });
    expect(row.error_msg).toMatch(/configuration error/);
    expect(model.requests).toHaveLength(1);
    expect(await job.quota()).toBe(10);
  });

  it('retries a disproved answer within the budget (refunded), then charges without retrying', async () => {
    await run('test-key', '2');
    model.reply = () => ({ status: 200, content: WRONG_SCRIPT });
    const first = await newJob('farmer@example.com');
    const row1 = await settled(first.id);
    expect(row1).toMatchObject({ status: 'FAILED', attempts: 3, quota_refunded: true });
    expect(model.requests).toHaveLength(3);
    expect(await first.quota()).toBe(10);
    // Same user again: the day's two retries are spent, so one call and the video is spent.
    const again = await newJob('farmer@example.com', true);
    const row2 = await settled(again.id);
    expect(row2).toMatchObject({ status: 'FAILED', attempts: 1, quota_refunded: false });
    expect(row2.error_msg).toMatch(/did not pass the check/);
    expect(model.requests).toHaveLength(4);
    expect(await first.quota()).toBe(9);
  }, 60_000);
});
