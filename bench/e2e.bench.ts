import { cpus } from 'node:os';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import { runMain } from './run-main';
import { freePort } from '../test/helpers/free-port';
import { startS3Server } from '../test/helpers/s3-server';
import { ServiceProcess, startService } from '../test/helpers/service-processes';
import { createTestDatabase, testRedisUrl } from '../test/helpers/test-database';
import { treeCpuSeconds, treeRssBytes } from './process-tree';
import { RELAXED_RATE_LIMITS } from '../test/helpers/relaxed-limits';

/**
 * npm run bench:e2e — the running service end to end: a real API process and a real worker
 * process (both queues) on Postgres, Redis and an S3-compatible server. First one job alone,
 * then the design's baseline: 5 users each upload one problem at the same moment. Prints
 * e2e p50/p95 (upload → FINISHED event), queue waits, video length, and peak CPU (share of
 * the whole machine) and RSS of the API and of the worker (with its FFmpeg/speech children).
 */
const PHOTO = join(__dirname, '..', 'examples', 'quadratic-zh.png');

interface Timing {
  e2e: number;
  /** Upload → the image2json worker starts, plus script written → the render starts. */
  queueWait: number;
  videoSeconds: number;
}

async function signup(api: string, email: string): Promise<string> {
  const res = await fetch(`${api}/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'bench-password' }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

async function oneJob(api: string, token: string, photo: Buffer): Promise<Timing> {
  const form = new FormData();
  form.append('image', new Blob([new Uint8Array(photo)]), 'problem.png');
  const t0 = performance.now();
  const created = await fetch(`${api}/jobs`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const { id } = (await created.json()) as { id: string };
  const marks: Record<string, number> = {};
  await new Promise<void>((resolve, reject) => {
    const socket = io(`${api}/ws/progress/${id}`, { auth: { token }, transports: ['websocket'] });
    socket.on('progress', (e: { status: string; stage: string; percent: number }) => {
      const now = performance.now();
      if (e.stage === 'recognize') marks.claimed ??= now;
      if (e.status === 'WAIT_JSON2VIDEO' && e.percent === 20) marks.scripted ??= now;
      if (e.status === 'WAIT_JSON2VIDEO' && e.percent > 20) marks.rendering ??= now;
      if (e.status === 'FINISHED' || e.status === 'FAILED') {
        marks.end = now;
        socket.close();
        if (e.status === 'FAILED') reject(new Error(`job ${id} failed`));
        else resolve();
      }
    });
    socket.on('connect_error', reject);
  });
  const job = (await (
    await fetch(`${api}/jobs/${id}`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as { videoSeconds: number };
  return {
    e2e: (marks.end - t0) / 1000,
    queueWait:
      ((marks.claimed ?? marks.end) -
        t0 +
        ((marks.rendering ?? marks.end) - (marks.scripted ?? marks.end))) /
      1000,
    videoSeconds: job.videoSeconds,
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Samples CPU share (over 1 s windows) and RSS of a process tree until stopped. */
function monitor(pid: number) {
  let peakCpu = 0;
  let peakRss = 0;
  let last: { t: number; cpu: number } | undefined;
  const sample = async () => {
    const t = performance.now();
    const [cpu, rss] = await Promise.all([treeCpuSeconds(pid), treeRssBytes(pid)]);
    if (last) peakCpu = Math.max(peakCpu, (cpu - last.cpu) / ((t - last.t) / 1000) / cpus().length);
    peakRss = Math.max(peakRss, rss);
    last = { t, cpu };
  };
  void sample();
  const timer = setInterval(() => void sample(), 1000);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakCpu, peakRss };
    },
  };
}

async function main(): Promise<void> {
  const [database, s3] = await Promise.all([createTestDatabase(), startS3Server()]);
  const processes: ServiceProcess[] = [];
  try {
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: await testRedisUrl(),
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
      S3_ENDPOINT: s3.endpoint,
      AWS_ACCESS_KEY_ID: s3.accessKey,
      AWS_SECRET_ACCESS_KEY: s3.secretKey,
      S3_BUCKET: 'dogmath-bench',
      ...RELAXED_RATE_LIMITS,
    };
    const port = await freePort();
    const api = `http://127.0.0.1:${port}`;
    processes.push(await startService('main', { ...env, PORT: String(port) }, /listening on/));
    processes.push(await startService('worker', env, /consuming/));
    const [apiProcess, workerProcess] = processes;
    const photo = await readFile(PHOTO);
    console.log(
      `bench:e2e on ${process.version}, ${cpus().length} cores; API and worker as separate processes (worker: both queues, default concurrency)`,
    );

    // Warm-up is not done on purpose: the single job is the first the worker ever runs.
    const single = await oneJob(api, await signup(api, 'single@bench.test'), photo);
    console.log(
      `single job (first after start): ${single.videoSeconds.toFixed(1)} s video, e2e ${single.e2e.toFixed(1)} s, queue wait ${single.queueWait.toFixed(1)} s`,
    );

    const tokens = await Promise.all(
      Array.from({ length: 5 }, (_, i) => signup(api, `user${i}@bench.test`)),
    );
    const apiMonitor = monitor(apiProcess.child.pid!);
    const workerMonitor = monitor(workerProcess.child.pid!);
    const t0 = performance.now();
    const results = await Promise.all(tokens.map((t) => oneJob(api, t, photo)));
    const allDone = (performance.now() - t0) / 1000;
    const apiPeak = apiMonitor.stop();
    const workerPeak = workerMonitor.stop();
    const e2e = results.map((r) => r.e2e);
    const waits = results.map((r) => r.queueWait);
    console.log(
      `5 concurrent users: all finished ${allDone.toFixed(1)} s after upload | e2e p50 ${percentile(e2e, 50).toFixed(1)} s, p95 ${percentile(e2e, 95).toFixed(1)} s | queue wait p50 ${percentile(waits, 50).toFixed(1)} s, max ${Math.max(...waits).toFixed(1)} s`,
    );
    console.log(
      `peak CPU (share of the machine): API ${(apiPeak.peakCpu * 100).toFixed(0)} %, worker ${(workerPeak.peakCpu * 100).toFixed(0)} % | peak RSS: API ${(apiPeak.peakRss / 1048576).toFixed(0)} MB, worker ${(workerPeak.peakRss / 1048576).toFixed(0)} MB (with children)`,
    );
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await s3.close();
    await database.drop();
  }
}

runMain(main);
