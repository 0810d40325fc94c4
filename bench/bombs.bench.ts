import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runMain } from './run-main';
import { freePort } from '../test/helpers/free-port';
import { ServiceProcess, startService } from '../test/helpers/service-processes';
import { SOLVER_BOMB } from '../test/helpers/solver-bombs';
import { createTestDatabase, testRedisUrl } from '../test/helpers/test-database';
import { RELAXED_RATE_LIMITS } from '../test/helpers/relaxed-limits';

/**
 * npm run bench:bombs — "never a hang" on the running service: a real API process and a real
 * worker process. Four solver bombs go to POST /recognize and four more become jobs, then a
 * normal photo job is queued behind them. Meanwhile /health/live is polled every 20 ms.
 * Prints the probe's p50/p99/max, how each bomb ended and how long the normal job took.
 */
const PHOTO = join(__dirname, '..', 'examples', 'quadratic-zh.png');

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

async function main(): Promise<void> {
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'dogmath-bombs-'));
  const processes: ServiceProcess[] = [];
  try {
    const env = {
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      REDIS_URL: await testRedisUrl(),
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
      ...RELAXED_RATE_LIMITS,
      RECOGNIZE_RATE_PER_MINUTE: '1000',
    };
    const port = await freePort();
    const api = `http://127.0.0.1:${port}`;
    processes.push(await startService('main', { ...env, PORT: String(port) }, /listening on/));
    processes.push(await startService('worker', env, /consuming/));
    const signup = await fetch(`${api}/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'bombs@bench.test', password: 'bench-password' }),
    });
    const { access_token: token } = (await signup.json()) as { access_token: string };
    const auth = { authorization: `Bearer ${token}` };
    // Let the API's warm-up (reader threads, models) finish: it is not what is measured.
    await new Promise((r) => setTimeout(r, 5000));

    const probes: number[] = [];
    let probing = true;
    const prober = (async () => {
      while (probing) {
        const t = performance.now();
        await fetch(`${api}/health/live`);
        probes.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();

    const t0 = performance.now();
    const recognizeBombs = Array.from({ length: 4 }, async () => {
      const res = await fetch(`${api}/recognize`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ text: SOLVER_BOMB, lang: 'en-US' }),
      });
      return { status: res.status, seconds: (performance.now() - t0) / 1000 };
    });
    const createJob = async (form: FormData) => {
      const res = await fetch(`${api}/jobs`, { method: 'POST', headers: auth, body: form });
      return ((await res.json()) as { id: string }).id;
    };
    const bombJobs = await Promise.all(
      Array.from({ length: 4 }, () => {
        const form = new FormData();
        form.append('text', SOLVER_BOMB);
        return createJob(form);
      }),
    );
    const photo = new FormData();
    photo.append('image', new Blob([new Uint8Array(await readFile(PHOTO))]), 'problem.png');
    const normal = await createJob(photo);
    const until = async (id: string) => {
      for (;;) {
        const job = (await (await fetch(`${api}/jobs/${id}`, { headers: auth })).json()) as {
          status: string;
          error: string | null;
        };
        if (job.status === 'FINISHED' || job.status === 'FAILED')
          return { ...job, seconds: (performance.now() - t0) / 1000 };
        await new Promise((r) => setTimeout(r, 200));
      }
    };
    const [recognized, bombEnds, normalEnd] = await Promise.all([
      Promise.all(recognizeBombs),
      Promise.all(bombJobs.map(until)),
      until(normal),
    ]);
    probing = false;
    await prober;

    console.log(`bench:bombs on ${process.version}: API and worker as separate processes`);
    console.log(
      `/recognize bombs: ${recognized.map((r) => `${r.status} after ${r.seconds.toFixed(1)} s`).join(', ')}`,
    );
    console.log(
      `bomb jobs: ${bombEnds.map((j) => `${j.status} after ${j.seconds.toFixed(1)} s`).join(', ')} (${bombEnds[0].error})`,
    );
    console.log(
      `normal photo job queued behind them: ${normalEnd.status} after ${normalEnd.seconds.toFixed(1)} s`,
    );
    console.log(
      `/health/live during the bombs (${probes.length} probes): p50 ${percentile(probes, 50).toFixed(1)} ms, p99 ${percentile(probes, 99).toFixed(1)} ms, max ${Math.max(...probes).toFixed(1)} ms`,
    );
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

runMain(main);
