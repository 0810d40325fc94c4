import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import { runMain } from './run-main';
import { freePort } from '../test/helpers/free-port';
import { startService } from '../test/helpers/service-processes';
import { createTestDatabase, testRedisUrl } from '../test/helpers/test-database';

/**
 * npm run bench:sockets [N] — what unauthenticated Socket.IO connects cost a real API
 * process: N (default 30,000) connects to random /ws/progress/{id} namespaces, 200 at a
 * time, each refused by the handshake check. Prints the API's resident memory before,
 * right after and once settled (target: growth < 20 MB), and the connect rate.
 */
const rssMb = async (pid: number) => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
};

/** One connect to a random job's namespace; resolves with how it was refused. */
function refusedConnect(base: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = io(`${base}/ws/progress/${randomUUID()}`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      auth: {},
    });
    const done = (outcome: string) => {
      socket.close();
      resolve(outcome);
    };
    socket.on('connect_error', (e) => done(e.message));
    socket.on('connect', () => done('connected'));
  });
}

async function main(): Promise<void> {
  const total = Number(process.argv[2] ?? 30_000);
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'dogmath-sockets-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const api = await startService(
    'main',
    {
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      REDIS_URL: await testRedisUrl(),
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
      RECOGNIZE_WARMUP: 'false',
      PORT: String(port),
    },
    /listening on/,
  );
  try {
    const pid = api.child.pid!;
    // Warm up (the first thousands of connections grow the heap to its working size and allocate socket.io's and the JIT's structures), then measure.
    for (let i = 0; i < 5000; i += 200)
      await Promise.all(Array.from({ length: 200 }, () => refusedConnect(base)));
    await new Promise((r) => setTimeout(r, 2000));
    const before = await rssMb(pid);
    const t0 = performance.now();
    const outcomes = new Map<string, number>();
    const samples: number[] = [];
    // In tenths, sampling the RSS after each: a leak climbs steadily, heap growth levels off.
    for (let done = 0; done < total;) {
      const tenth = Math.min(Math.ceil(total / 10), total - done);
      for (let i = 0; i < tenth; i += 200)
        for (const outcome of await Promise.all(
          Array.from({ length: Math.min(200, tenth - i) }, () => refusedConnect(base)),
        ))
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      done += tenth;
      samples.push(await rssMb(pid));
    }
    const seconds = (performance.now() - t0) / 1000;
    await new Promise((r) => setTimeout(r, 5000));
    const settled = await rssMb(pid);
    // Every connect must have reached the namespace's check, or nothing was measured.
    console.log('outcomes:', Object.fromEntries(outcomes));
    if (outcomes.size !== 1 || !outcomes.has('Log in first: pass your access token as auth.token.'))
      throw new Error('connects were not refused by the handshake check');
    console.log(
      `unauthenticated namespace connects: ${total} in ${seconds.toFixed(1)} s (${Math.round(total / seconds)}/s)`,
    );
    console.log(
      `API RSS after each tenth (MB, from ${before.toFixed(1)}): ${samples.map((m) => `${m - before >= 0 ? '+' : ''}${(m - before).toFixed(1)}`).join(' ')}`,
    );
    // Garbage makes a sawtooth; what a collection leaves is the low point of the second half.
    const retained = Math.min(...samples.slice(samples.length / 2), settled) - before;
    console.log(
      `API RSS growth: ${retained.toFixed(1)} MB retained (lowest after collections, target < 20 MB);` +
        ` ${(settled - before).toFixed(1)} MB 5 s after, ${(Math.max(...samples) - before).toFixed(1)} MB at the peak`,
    );
  } finally {
    await api.stop();
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

runMain(main);
