import { request as httpsRequest } from 'node:https';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { CaddyEdge, startCaddyEdge } from './helpers/caddy-edge';
import { freePort } from './helpers/free-port';
import { ServiceProcess, startService } from './helpers/service-processes';
import { createTestDatabase, testRedisUrl } from './helpers/test-database';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One HTTPS request that trusts only the edge's test CA (no insecure shortcuts). */
function call(
  url: string,
  ca: Buffer,
  options: { method?: string; token?: string; json?: unknown } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const body = options.json === undefined ? undefined : JSON.stringify(options.json);
    const req = httpsRequest(
      url,
      {
        method: options.method ?? 'GET',
        ca,
        headers: {
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * "HTTPS everywhere", as compose deploys it: Debian's Caddy in front of the service (API and
 * worker in one process), with a certificate from a locally trusted test CA. One student
 * journey runs through the edge only: sign up, create a job, watch it over a secure
 * WebSocket, and fetch the video by its signed link.
 */
describe('through the TLS edge (Caddy, HTTPS and WSS)', () => {
  let edge: CaddyEdge;
  let service: ServiceProcess;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataDir: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'dogmath-tls-data-'));
    const apiPort = await freePort();
    edge = await startCaddyEdge(`127.0.0.1:${apiPort}`);
    service = await startService(
      'standalone',
      {
        DATABASE_URL: database.url,
        REDIS_URL: await testRedisUrl(),
        JWT_SECRET: 'tls-edge-secret-tls-edge-secret-0042',
        DATA_DIR: dataDir,
        PORT: String(apiPort),
        PUBLIC_URL: edge.httpsUrl,
        TRUST_PROXY: 'loopback',
        BCRYPT_COST: '4',
        RECOGNIZE_WARMUP: 'false',
      },
      /listening on/,
    );
  }, 120_000);

  afterAll(async () => {
    await service?.stop();
    await edge?.stop();
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('signs up, makes a video, watches it live and plays it, all over HTTPS with HSTS', async () => {
    const ca = edge.rootCa;
    // Without the test CA the edge is not trusted: certificates are really checked.
    await expect(
      new Promise((resolve, reject) =>
        httpsRequest(`${edge.httpsUrl}/health/live`, (r) => resolve(r.statusCode))
          .on('error', reject)
          .end(),
      ),
    ).rejects.toThrow(/certificate/);

    const signup = await call(`${edge.httpsUrl}/auth/signup`, ca, {
      method: 'POST',
      json: { email: 'tls@example.com', password: 'correct horse' },
    });
    expect(signup.status).toBe(201);
    expect(signup.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    const token = (JSON.parse(signup.body.toString()) as { access_token: string }).access_token;

    const created = await call(`${edge.httpsUrl}/jobs`, ca, {
      method: 'POST',
      token,
      json: { text: '2x + 3 = 11', lang: 'en-US' },
    });
    expect(created.status).toBe(201);
    const job = JSON.parse(created.body.toString()) as { id: string };

    const socket = io(`${edge.httpsUrl}/ws/progress/${job.id}`, {
      auth: { token },
      transports: ['websocket'],
      ca: ca.toString(),
      reconnection: false,
    });
    const last = await new Promise<{ status: string; percent: number }>((resolve, reject) => {
      socket.on('progress', (e: { status: string; percent: number }) => {
        if (e.status === 'FINISHED' || e.status === 'FAILED') resolve(e);
      });
      socket.on('connect_error', reject);
    }).finally(() => socket.close());
    expect(last).toMatchObject({ status: 'FINISHED', percent: 100 });

    // The signed link is built on the public HTTPS address and works through the edge.
    const preview = await call(`${edge.httpsUrl}/results/${job.id}/preview`, ca, { token });
    expect(preview.status).toBe(302);
    const link = String(preview.headers.location);
    expect(link.startsWith(`${edge.httpsUrl}/files/`)).toBe(true);
    const video = await call(link, ca);
    expect(video.status).toBe(200);
    expect(video.headers['content-type']).toBe('video/mp4');
    expect(video.body.subarray(4, 8).toString('latin1')).toBe('ftyp');
    // No signed link reached the service's log.
    expect(service.output()).not.toMatch(/[?&]sig=/);
  }, 120_000);

  it('redirects plain HTTP to HTTPS', async () => {
    const res = await fetch(`${edge.httpUrl}/auth/login`, { redirect: 'manual' });
    expect([301, 302, 307, 308]).toContain(res.status);
    // (In production both are the standard ports; here the redirect names HTTPS's default.)
    expect(res.headers.get('location')).toMatch(/^https:\/\/localhost(:\d+)?\/auth\/login$/);
  });
});
