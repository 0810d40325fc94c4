/// <reference lib="dom" />
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ffprobeInstaller from '@ffprobe-installer/ffprobe';
import jwt from 'jsonwebtoken';
import { Client } from 'pg';
import { launchChromium } from './helpers/browser';
import { io, Socket } from 'socket.io-client';
import { freePort } from './helpers/free-port';
import { startS3Server } from './helpers/s3-server';
import { ServiceProcess, startService } from './helpers/service-processes';
import { createTestDatabase, testRedisUrl } from './helpers/test-database';

const run = promisify(execFile);
const E2E_SECRET = 'e2e-secret-e2e-secret-e2e-secret-42';

interface ProgressEvent {
  jobId: string;
  status: string;
  stage: string;
  percent: number;
}

/** Watches a job's progress namespace; resolves `done` at FINISHED or FAILED. */
function watch(base: string, jobId: string, token: string) {
  const events: ProgressEvent[] = [];
  const socket: Socket = io(`${base}/ws/progress/${jobId}`, {
    auth: { token },
    transports: ['websocket'],
  });
  const done = new Promise<ProgressEvent>((resolve, reject) => {
    socket.on('progress', (e: ProgressEvent) => {
      events.push(e);
      if (e.status === 'FINISHED' || e.status === 'FAILED') resolve(e);
    });
    socket.on('connect_error', (e) => reject(e));
  });
  done.catch(() => undefined);
  return { socket, events, done };
}

describe('the service: API and worker as separate processes, Postgres, Redis and S3', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let s3: Awaited<ReturnType<typeof startS3Server>>;
  const processes: ServiceProcess[] = [];
  let api: string;
  let api2: string;
  let workerMetricsPort: number;
  let apiMetricsPort: number;

  beforeAll(async () => {
    [database, s3] = await Promise.all([createTestDatabase(), startS3Server()]);
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: await testRedisUrl(),
      JWT_SECRET: E2E_SECRET,
      S3_ENDPOINT: s3.endpoint,
      AWS_ACCESS_KEY_ID: s3.accessKey,
      AWS_SECRET_ACCESS_KEY: s3.secretKey,
      S3_BUCKET: 'dogmath-e2e',
      BCRYPT_COST: '4',
      RECOGNIZE_WARMUP: 'false',
    };
    const [port1, port2] = [await freePort(), await freePort()];
    workerMetricsPort = await freePort();
    apiMetricsPort = await freePort();
    api = `http://127.0.0.1:${port1}`;
    api2 = `http://127.0.0.1:${port2}`;
    // The first API migrates; the second starts after it, as a replica would.
    processes.push(
      await startService(
        'main',
        { ...env, PORT: String(port1), METRICS_PORT: String(apiMetricsPort) },
        /listening on/,
      ),
    );
    const rest = await Promise.all([
      startService('main', { ...env, PORT: String(port2) }, /listening on/),
      startService(
        'worker',
        { ...env, WORKER_METRICS_PORT: String(workerMetricsPort) },
        /consuming image2json, json2video/,
      ),
    ]);
    processes.push(...rest);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await s3?.close();
    await database?.drop();
  });

  const post = (base: string, path: string, body: unknown, token?: string) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
  const get = (base: string, path: string, token?: string) =>
    fetch(`${base}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      redirect: 'manual',
    });

  it('takes a photo to a finished, playable video with live progress on both API replicas', async () => {
    const signup = async (email: string) => {
      const res = await post(api, '/auth/signup', { email, password: 'correct horse' });
      expect(res.status).toBe(201);
      return ((await res.json()) as { access_token: string }).access_token;
    };
    const [alice, bob] = await Promise.all([
      signup('alice@example.com'),
      signup('bob@example.com'),
    ]);
    expect(((await (await get(api, '/auth/me', alice)).json()) as { quota: number }).quota).toBe(
      10,
    );

    const form = new FormData();
    form.append(
      'image',
      new Blob([await readFile(join(__dirname, '..', 'examples', 'arithmetic.png'))]),
      'photo.png',
    );
    form.append('lang', 'en-US');
    const created = await fetch(`${api}/jobs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${alice}` },
      body: form,
    });
    expect(created.status).toBe(201);
    const job = (await created.json()) as { id: string; status: string };
    expect(job.status).toBe('WAIT_IMAGE2JSON');

    // Alice watches through both API processes; Bob may neither watch nor read her job.
    const first = watch(api, job.id, alice);
    const second = watch(api2, job.id, alice);
    const stranger = watch(api2, job.id, bob);
    await expect(stranger.done).rejects.toThrow('No such job.');
    expect((await get(api, `/jobs/${job.id}`, bob)).status).toBe(404);
    expect((await get(api2, `/results/${job.id}/preview`, bob)).status).toBe(404);

    const [end1, end2] = await Promise.all([first.done, second.done]);
    first.socket.close();
    second.socket.close();
    stranger.socket.close();
    expect(end1.status).toBe('FINISHED');
    expect(end2.status).toBe('FINISHED');
    for (const { events } of [first, second]) {
      const percents = events.map((e) => e.percent);
      expect(percents).toEqual([...percents].sort((a, b) => a - b));
      expect(percents.at(-1)).toBe(100);
      // Each event once: never the same event twice in a row (the first live event may
      // repeat the snapshot sent on connect, read from the row it had just been written to).
      for (let i = 2; i < events.length; i += 1)
        expect(JSON.stringify(events[i])).not.toBe(JSON.stringify(events[i - 1]));
    }
    // Both replicas relayed the same live events: nothing lost or doubled on either.
    const key = (e: ProgressEvent) => `${e.status}/${e.stage}/${e.percent}`;
    const live1 = first.events.slice(1).map(key);
    const live2 = second.events.slice(1).map(key);
    const common = live1.filter((k) => live2.includes(k));
    expect(common.length).toBeGreaterThan(3);
    expect(live1.slice(live1.indexOf(common[0]))).toEqual(live2.slice(live2.indexOf(common[0])));

    const finished = (await (await get(api2, `/jobs/${job.id}`, alice)).json()) as {
      status: string;
      answer: string;
      result: Record<string, string>;
    };
    expect(finished.status).toBe('FINISHED');
    expect(Object.keys(finished.result).sort()).toEqual(['poster', 'script', 'subtitles', 'video']);

    const preview = await get(api, `/results/${job.id}/preview`, alice);
    expect(preview.status).toBe(302);
    expect(preview.headers.get('location')).toMatch(/X-Amz-Signature=/);
    const video = await fetch(preview.headers.get('location')!);
    expect(video.status).toBe(200);
    const path = join(tmpdir(), `e2e-${job.id}.mp4`);
    await writeFile(path, Buffer.from(await video.arrayBuffer()));
    const { stdout } = await run(ffprobeInstaller.path, [
      '-v',
      'error',
      '-show_streams',
      '-of',
      'json',
      path,
    ]);
    const codecs = (JSON.parse(stdout) as { streams: { codec_name: string }[] }).streams.map(
      (s) => s.codec_name,
    );
    expect(codecs).toEqual(expect.arrayContaining(['h264', 'aac', 'mov_text']));
    await rm(path, { force: true });

    expect(((await (await get(api, '/auth/me', alice)).json()) as { quota: number }).quota).toBe(9);
    const list = (await (await get(api, '/jobs', alice)).json()) as { items: { id: string }[] };
    expect(list.items.map((j) => j.id)).toEqual([job.id]);
    expect(((await (await get(api, '/jobs', bob)).json()) as { total: number }).total).toBe(0);

    // A socket is dropped when its token expires.
    const claims = jwt.decode(alice) as Record<string, unknown>;
    const shortLived = jwt.sign(
      { ...claims, iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 2 },
      E2E_SECRET,
    );
    const expiring = io(`${api}/ws/progress/${job.id}`, {
      auth: { token: shortLived },
      transports: ['websocket'],
      reconnection: false,
    });
    const t0 = Date.now();
    const reason = await new Promise<string>((resolve) => expiring.on('disconnect', resolve));
    expect(reason).toBe('io server disconnect');
    expect(Date.now() - t0).toBeGreaterThan(500);
    expect(Date.now() - t0).toBeLessThan(5000);

    // The worker's own metrics: one delivery done per stage, with its duration.
    const workerMetrics = await (
      await fetch(`http://127.0.0.1:${workerMetricsPort}/metrics`)
    ).text();
    expect(workerMetrics).toMatch(/dogmath_stage_duration_seconds_count\{stage="json2video"\} 1/);
    expect(workerMetrics).toMatch(
      /dogmath_worker_deliveries_total\{queue="image2json",outcome="done"\} 1/,
    );

    // Every metric the provisioned Grafana dashboard plots is one the processes export.
    // The API's metrics are on its internal port only; the public port answers 404.
    expect((await fetch(`${api}/metrics`)).status).toBe(404);
    const apiMetrics = await (await fetch(`http://127.0.0.1:${apiMetricsPort}/metrics`)).text();
    const dashboard = await readFile(
      join(__dirname, '..', 'monitoring', 'grafana', 'dashboards', 'dogmath.json'),
      'utf8',
    );
    const plotted = new Set(dashboard.match(/dogmath_[a-z_]+/g));
    expect(plotted.size).toBeGreaterThan(4);
    for (const name of plotted)
      expect(`${apiMetrics}\n${workerMetrics}`).toMatch(new RegExp(`^${name}[{ ]`, 'm'));

    // With a worker consuming both queues, every dependency is up (details: admins only).
    const health = await get(api2, '/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({
      status: 'ok',
      dependencies: { database: 'up', redis: 'up', storage: 'up', workers: 'up' },
    });

    // Structured logs: JSON lines, requests with ids, worker lines naming queue and job,
    // never a token.
    const [apiLog, , workerLog] = processes.map((p) => p.output());
    const requests = apiLog
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { req?: { id: string; url: string } });
    expect(requests.some((l) => l.req?.url === `/jobs/${job.id}` && l.req.id.length >= 8)).toBe(
      true,
    );
    expect(workerLog).toMatch(
      new RegExp(`"queue":"json2video".*"jobId":"${job.id}".*"msg":"claimed"`),
    );
    for (const log of [apiLog, workerLog]) {
      expect(log).not.toContain(alice);
      expect(log).not.toMatch(/authorization/i);
      // The preview's 302 carried a presigned link: no signature reaches the logs.
      expect(log).not.toMatch(/X-Amz-Signature=|X-Amz-Credential=|[?&]sig=/);
    }
    expect(apiLog).toMatch(new RegExp(`"url":"/results/${job.id}/preview"`));

    // Bull Board: admins only, including its API routes.
    expect((await get(api, '/admin/queues')).status).toBe(401);
    expect((await get(api, '/admin/queues/api/queues')).status).toBe(401);
    expect((await get(api, '/admin/queues', alice)).status).toBe(403);
    expect((await get(api, '/admin/queues/api/queues', alice)).status).toBe(403);

    // An admin opens the board in a real browser with HTTP Basic and sees both queues.
    const admin = new Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(`UPDATE "user" SET role = 'admin' WHERE email = 'bob@example.com'`);
    await admin.end();
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({
        httpCredentials: { username: 'bob@example.com', password: 'correct horse' },
      });
      const page = await context.newPage();
      await page.goto(`${api}/admin/queues`);
      await page.getByText('image2json').first().waitFor({ timeout: 15_000 });
      await page.getByText('json2video').first().waitFor({ timeout: 15_000 });
    } finally {
      await browser.close();
    }
    const bobLogin = await post(api, '/auth/login', {
      email: 'bob@example.com',
      password: 'correct horse',
    });
    const bobToken = ((await bobLogin.json()) as { access_token: string }).access_token;
    expect((await get(api, '/admin/queues/api/queues', bobToken)).status).toBe(200);
    const adminHealth = (await (await get(api2, '/health', bobToken)).json()) as {
      details: Record<string, unknown>;
    };
    expect(adminHealth.details).toMatchObject({
      workers: { status: 'up', image2json: 1, json2video: 1 },
      storage: { status: 'up', driver: 's3' },
    });
    // Demoted: the same token is refused by the board at once, on every replica.
    const demote = new Client({ connectionString: database.url });
    await demote.connect();
    await demote.query(`UPDATE "user" SET role = 'user' WHERE email = 'bob@example.com'`);
    await demote.end();
    expect((await get(api, '/admin/queues/api/queues', bobToken)).status).toBe(403);
    expect((await get(api2, '/admin/queues/api/queues', bobToken)).status).toBe(403);
  }, 180_000);
});
