import { Pool } from 'pg';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { freePort } from './free-port';
import { startRedisServer } from './redis-server';
import { startS3Server } from './s3-server';
import { ServiceProcess, startService } from './service-processes';
import { createTestDatabase } from './test-database';
import { RELAXED_RATE_LIMITS } from './relaxed-limits';

export interface JobRow {
  id: string;
  status: string;
  stage: string;
  percent: number;
  attempts: number;
  error_msg: string | null;
  video_key: string | null;
}

/**
 * One API process on a database, Redis server and data folder of the fault test's own,
 * and workers it starts and kills at will. Short locks and stall checks, so a killed
 * worker's job is taken over within seconds.
 */
export async function startFaultStack(extraEnv: Record<string, string> = {}, withS3 = false) {
  const [database, redis] = await Promise.all([createTestDatabase(), startRedisServer()]);
  const s3 = withS3 ? await startS3Server() : undefined;
  const dataDir = await mkdtemp(join(tmpdir(), 'dogmath-faults-'));
  const port = await freePort();
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    JWT_SECRET: 'fault-secret-fault-secret-fault-secret',
    DATA_DIR: dataDir,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    BCRYPT_COST: '4',
    RECOGNIZE_WARMUP: 'false',
    ...RELAXED_RATE_LIMITS,
    JOB_LOCK_SECONDS: '3',
    ...(s3
      ? {
          S3_ENDPOINT: s3.endpoint,
          AWS_ACCESS_KEY_ID: s3.accessKey,
          AWS_SECRET_ACCESS_KEY: s3.secretKey,
          S3_BUCKET: 'dogmath-faults',
        }
      : {}),
    STALLED_CHECK_SECONDS: '1',
    ...extraEnv,
  };
  const api = await startService('main', { ...env, PORT: String(port) }, /listening on/);
  const workers: ServiceProcess[] = [];
  // A pool, not one client: several jobs are polled at once (Promise.all), and one pg
  // client must never be given a second query while the first runs.
  const db = new Pool({ connectionString: database.url, max: 4 });
  // Fault 10 terminates every backend, the pool's idle ones too: they are replaced on use.
  db.on('error', () => undefined);
  const base = `http://127.0.0.1:${port}`;

  const stack = {
    base,
    env,
    db,
    redis,
    s3,
    dataDir,
    async startWorker(more: Record<string, string> = {}): Promise<ServiceProcess> {
      const w = await startService('worker', { ...env, ...more }, /consuming/);
      workers.push(w);
      return w;
    },
    /** Stops (SIGKILL) every worker started so far: each fault case starts its own. */
    async killWorkers(): Promise<void> {
      await Promise.all(workers.splice(0).map((w) => w.stop(0)));
    },
    async signup(email: string): Promise<string> {
      const res = await fetch(`${base}/auth/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'fault-password' }),
      });
      return ((await res.json()) as { access_token: string }).access_token;
    },
    async textJob(token: string, text: string, lang = 'en-US'): Promise<string> {
      const res = await fetch(`${base}/jobs`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text, lang }),
      });
      if (res.status !== 201) throw new Error(`POST /jobs: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { id: string }).id;
    },
    async row(id: string): Promise<JobRow> {
      return (await db.query(`SELECT * FROM job WHERE id = $1`, [id])).rows[0];
    },
    async quota(email: string): Promise<number> {
      return (await db.query(`SELECT quota FROM "user" WHERE email = $1`, [email])).rows[0].quota;
    },
    /** Polls the row until `done` holds (or the timeout passes) and returns it. */
    async waitFor(id: string, done: (row: JobRow) => boolean, timeoutMs = 90_000): Promise<JobRow> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const row = await stack.row(id);
        if (done(row)) return row;
        if (Date.now() > deadline)
          throw new Error(`job ${id} still ${JSON.stringify(row)} after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    /** Everything in the data folder under `prefix` (local storage). */
    async objects(prefix: string): Promise<string[]> {
      return readdir(join(dataDir, prefix)).catch(() => []);
    },
    /** Progress events of a job as a client sees them. */
    watch(id: string, token: string) {
      const events: { status: string; stage: string; percent: number }[] = [];
      const socket = io(`${base}/ws/progress/${id}`, {
        auth: { token },
        transports: ['websocket'],
      });
      socket.on('progress', (e) => events.push(e));
      return { events, close: () => socket.close() };
    },
    async close() {
      await Promise.all([api, ...workers].map((p) => p.stop(3000)));
      await db.end();
      await redis.close();
      await s3?.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return stack;
}
