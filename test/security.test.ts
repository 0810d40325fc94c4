import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { io } from 'socket.io-client';
import Redis from 'ioredis';
import { TokenService } from '../src/auth/token.service';
import { UsersRepository } from '../src/auth/users.repository';
import { JobSnapshotsRepository } from '../src/progress/job-snapshots.repository';
import { PROGRESS_CHANNEL } from '../src/progress/progress.contract';
import { startRedisServer } from './helpers/redis-server';
import { ProgressGateway } from '../src/progress/progress.gateway';
import { startApiApp } from './helpers/api-app';
import { pngBomb } from './helpers/png-bomb';

type App = Awaited<ReturnType<typeof startApiApp>>;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const basic = (email: string, password: string) => ({
  Authorization: `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`,
});

/** Accounts made through the API, and promoted or demoted in the database. */
function accounts(ctx: () => App) {
  let n = 0;
  return {
    async signup(password = 'password1') {
      const email = `sec${(n += 1)}-${randomUUID().slice(0, 8)}@example.com`;
      const res = await request(ctx().app.getHttpServer())
        .post('/auth/signup')
        .send({ email, password });
      expect(res.status).toBe(201);
      return { email, password, token: res.body.access_token as string };
    },
    setRole: (email: string, role: 'user' | 'admin') =>
      ctx()
        .app.get(DataSource)
        .query(`UPDATE "user" SET role = $2 WHERE email = $1`, [email, role]),
    setQuota: (email: string, quota: number) =>
      ctx()
        .app.get(DataSource)
        .query(`UPDATE "user" SET quota = $2 WHERE email = $1`, [email, quota]),
  };
}

describe('security: roles, revocation, the board, quotas before work', () => {
  let ctx: App;
  let http: ReturnType<App['app']['getHttpServer']>;
  const users = accounts(() => ctx);
  beforeAll(async () => {
    ctx = await startApiApp({ JOBS_RATE_PER_MINUTE: '3', LOGIN_RATE_PER_MINUTE: '30' });
    http = ctx.app.getHttpServer();
  });
  afterAll(() => ctx.close());

  it('reads the role from the database: a demoted admin is refused at once, a promoted user let in', async () => {
    const admin = await users.signup();
    await users.setRole(admin.email, 'admin');
    await request(http).get('/admin/queues/api/queues').set(auth(admin.token)).expect(200);
    await request(http)
      .get('/admin/users')
      .query({ email: admin.email })
      .set(auth(admin.token))
      .expect(200);
    await users.setRole(admin.email, 'user');
    await request(http).get('/admin/queues/api/queues').set(auth(admin.token)).expect(403);
    await request(http)
      .get('/admin/users')
      .query({ email: admin.email })
      .set(auth(admin.token))
      .expect(403);
    // The Basic login cache does not outlive the demotion either.
    await users.setRole(admin.email, 'admin');
    await request(http)
      .get('/admin/queues/api/queues')
      .set(basic(admin.email, admin.password))
      .expect(200);
    await users.setRole(admin.email, 'user');
    await request(http)
      .get('/admin/queues/api/queues')
      .set(basic(admin.email, admin.password))
      .expect(401);
  });

  it('lets an admin demote, promote and grant videos through /admin/users', async () => {
    const admin = await users.signup();
    await users.setRole(admin.email, 'admin');
    const student = await users.signup();
    const found = await request(http)
      .get('/admin/users')
      .query({ email: student.email })
      .set(auth(admin.token))
      .expect(200);
    expect(found.body).toEqual({
      id: expect.any(String),
      email: student.email,
      role: 'user',
      quota: 10,
    });
    await request(http)
      .patch(`/admin/users/${found.body.id}`)
      .set(auth(student.token))
      .send({ quota: 99 })
      .expect(403);
    const changed = await request(http)
      .patch(`/admin/users/${found.body.id}`)
      .set(auth(admin.token))
      .send({ role: 'admin', quota: 25 })
      .expect(200);
    expect(changed.body).toMatchObject({ role: 'admin', quota: 25 });
    // The student's existing token is an admin's from the next request on.
    await request(http).get('/admin/queues/api/queues').set(auth(student.token)).expect(200);
    await request(http)
      .patch(`/admin/users/${found.body.id}`)
      .set(auth(admin.token))
      .send({ role: 'root' })
      .expect(400);
  });

  it('revokes every older token on a password change, and all tokens on log out everywhere', async () => {
    const user = await users.signup('first password');
    const other = await request(http)
      .post('/auth/login')
      .send({ email: user.email, password: 'first password' })
      .expect(200);
    await request(http)
      .post('/auth/password')
      .set(auth(user.token))
      .send({ current_password: 'wrong', new_password: 'second password' })
      .expect(401);
    const changed = await request(http)
      .post('/auth/password')
      .set(auth(user.token))
      .send({ current_password: 'first password', new_password: 'second password' })
      .expect(200);
    await request(http).get('/auth/me').set(auth(user.token)).expect(401);
    await request(http).get('/auth/me').set(auth(other.body.access_token)).expect(401);
    await request(http).get('/auth/me').set(auth(changed.body.access_token)).expect(200);
    await request(http)
      .post('/auth/login')
      .send({ email: user.email, password: 'first password' })
      .expect(401);
    const fresh = await request(http)
      .post('/auth/login')
      .send({ email: user.email, password: 'second password' })
      .expect(200);
    await request(http).post('/auth/logout-all').set(auth(fresh.body.access_token)).expect(204);
    await request(http).get('/auth/me').set(auth(fresh.body.access_token)).expect(401);
    await request(http).get('/auth/me').set(auth(changed.body.access_token)).expect(401);
  });

  it('answers a wrong password, an unknown email and a non-admin’s right password alike on the board', async () => {
    const student = await users.signup();
    const answers = await Promise.all(
      [
        basic(student.email, student.password), // right password, not an admin
        basic(student.email, 'wrong password'),
        basic('nobody@example.com', 'whatever1'),
      ].map((h) => request(http).get('/admin/queues').set(h)),
    );
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401]);
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    expect(new Set(answers.map((a) => a.headers['www-authenticate'])).size).toBe(1);
  });

  it('refuses a job with 402 before reading the photo when no video is left', async () => {
    const user = await users.signup();
    await users.setQuota(user.email, 0);
    // A pixel flood would be refused with 415 after decoding its header: 402 comes first.
    const res = await request(http)
      .post('/jobs')
      .set(auth(user.token))
      .attach('image', await pngBomb(14000, 14000), 'bomb.png');
    expect(res.status).toBe(402);
    expect(res.body.message).toMatch(/used all your videos/);
  });

  it('limits jobs per user per minute (429), counted before the photo is read', async () => {
    const user = await users.signup();
    const codes: number[] = [];
    for (let i = 0; i < 4; i += 1)
      codes.push(
        (await request(http).post('/jobs').set(auth(user.token)).field('text', `${i}+2`)).status,
      );
    expect(codes).toEqual([201, 201, 201, 429]);
    // Another user is not affected.
    const other = await users.signup();
    await request(http).post('/jobs').set(auth(other.token)).field('text', '1+2').expect(201);
  });
});

describe('security: uploads in flight, client addresses behind a proxy', () => {
  let ctx: App;
  let port: number;
  const users = accounts(() => ctx);
  beforeAll(async () => {
    ctx = await startApiApp({
      MAX_CONCURRENT_UPLOADS: '1',
      TRUST_PROXY: 'loopback',
      LOGIN_RATE_PER_MINUTE: '2',
      LOGIN_ACCOUNT_RATE_PER_HOUR: '1000',
    });
    await ctx.app.listen(0, '127.0.0.1');
    port = (ctx.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => ctx.close());

  it('decodes at most MAX_CONCURRENT_UPLOADS photos at once (503 with Retry-After)', async () => {
    const user = await users.signup();
    // A photo upload that has sent its headers and is still sending its body.
    const slow = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/jobs',
      headers: {
        ...auth(user.token),
        'content-type': 'multipart/form-data; boundary=xyz',
        'content-length': String(200 * 1024),
      },
    });
    slow.on('error', () => undefined);
    const slowDone = new Promise<number>((resolve) =>
      slow.on('response', (r) => {
        r.resume();
        resolve(r.statusCode ?? 0);
      }),
    );
    slow.write('--xyz\r\nContent-Disposition: form-data; name="image"; filename="a.png"\r\n\r\n');
    // Wait until the first upload holds the slot (its guard ran).
    const other = await users.signup();
    const big = Buffer.alloc(100 * 1024, 1);
    let second: request.Response | undefined;
    for (let i = 0; i < 50; i += 1) {
      second = await request(ctx.app.getHttpServer())
        .post('/jobs')
        .set(auth(other.token))
        .attach('image', big, 'b.png');
      if (second.status === 503) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(second!.status).toBe(503);
    expect(second!.headers['retry-after']).toBe('5');
    slow.destroy();
    await Promise.race([slowDone, new Promise((r) => setTimeout(r, 200))]);
    // The slot is free again once the first upload is gone.
    let third: request.Response | undefined;
    for (let i = 0; i < 50; i += 1) {
      third = await request(ctx.app.getHttpServer())
        .post('/jobs')
        .set(auth(other.token))
        .attach('image', big, 'b.png');
      if (third.status !== 503) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(third!.status).toBe(415); // read and refused as not a photo: it got its turn
  });

  it('counts logins per client network: a trusted proxy’s X-Forwarded-For, IPv6 per /64', async () => {
    const login = (forwardedFor: string) =>
      request(ctx.app.getHttpServer())
        .post('/auth/login')
        .set('X-Forwarded-For', forwardedFor)
        .send({ email: 'nobody@example.com', password: 'password1' });
    // Two clients behind the proxy have buckets of their own (limit 2 per minute).
    expect((await login('198.51.100.1')).status).toBe(401);
    expect((await login('198.51.100.1')).status).toBe(401);
    expect((await login('198.51.100.1')).status).toBe(429);
    expect((await login('198.51.100.2')).status).toBe(401);
    // Rotating addresses inside one IPv6 /64 does not escape the limit.
    expect((await login('2001:db8:1:2::a')).status).toBe(401);
    expect((await login('2001:db8:1:2:ffff::b')).status).toBe(401);
    expect((await login('2001:db8:1:2:1234:5678:9abc:def0')).status).toBe(429);
    expect((await login('2001:db8:1:3::a')).status).toBe(401);
  });
});

describe('security: per-account login limit, and a proxy header nobody trusts', () => {
  let ctx: App;
  beforeAll(async () => {
    ctx = await startApiApp({ LOGIN_RATE_PER_MINUTE: '1000', LOGIN_ACCOUNT_RATE_PER_HOUR: '3' });
  });
  afterAll(() => ctx.close());

  it('limits guesses at one account from many addresses; X-Forwarded-For is ignored without TRUST_PROXY', async () => {
    const http = ctx.app.getHttpServer();
    const codes: number[] = [];
    for (let i = 0; i < 5; i += 1)
      codes.push(
        (
          await request(http)
            .post('/auth/login')
            .set('X-Forwarded-For', `203.0.113.${i}`)
            .send({ email: 'target@example.com', password: `guess-${i}-guess` })
        ).status,
      );
    expect(codes).toEqual([401, 401, 401, 429, 429]);
  });

  it('rate-limits Bull Board Basic guesses (429 within 40)', async () => {
    const limited = await startApiApp({ LOGIN_RATE_PER_MINUTE: '10' });
    try {
      const http = limited.app.getHttpServer();
      const codes: number[] = [];
      for (let i = 0; i < 40 && !codes.includes(429); i += 1)
        codes.push(
          (
            await request(http)
              .get('/admin/queues')
              .set(basic(`guess${i}@example.com`, 'nope-nope'))
          ).status,
        );
      expect(codes).toContain(429);
      expect(codes.indexOf(429)).toBeLessThanOrEqual(10);
    } finally {
      await limited.close();
    }
  });
});

describe('security: progress sockets', () => {
  let ctx: App;
  let base: string;
  const users = accounts(() => ctx);
  beforeAll(async () => {
    ctx = await startApiApp();
    await ctx.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(ctx.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => ctx.close());

  /** Connects and resolves with the connect error's message, or 'connected' then closes. */
  const attempt = (jobId: string, token?: string) =>
    new Promise<string>((resolve) => {
      const socket = io(`${base}/ws/progress/${jobId}`, {
        auth: token ? { token } : {},
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      socket.on('connect_error', (e) => {
        socket.close();
        resolve(e.message);
      });
      socket.on('progress', () => {
        socket.close();
        resolve('connected');
      });
    });

  it('leaves no namespace behind for refused or finished connections', async () => {
    const gateway = ctx.app.get(ProgressGateway);
    const before = gateway.namespaceCount();
    const refused = await Promise.all(Array.from({ length: 200 }, () => attempt(randomUUID())));
    expect(new Set(refused)).toEqual(
      new Set(['Log in first: pass your access token as auth.token.']),
    );
    const user = await users.signup();
    const job = await request(ctx.app.getHttpServer())
      .post('/jobs')
      .set(auth(user.token))
      .field('text', '2+2')
      .expect(201);
    expect(await attempt(job.body.id, user.token)).toBe('connected');
    expect(await attempt(randomUUID(), user.token)).toBe('No such job.');
    for (let i = 0; i < 50 && gateway.namespaceCount() > before; i += 1)
      await new Promise((r) => setTimeout(r, 20));
    expect(gateway.namespaceCount()).toBe(before);
  });

  it('survives a failed database read while a socket connects (no unhandled rejection)', async () => {
    const user = await users.signup();
    const job = await request(ctx.app.getHttpServer())
      .post('/jobs')
      .set(auth(user.token))
      .field('text', '3+3')
      .expect(201);
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    const spy = jest
      .spyOn(ctx.app.get(JobSnapshotsRepository), 'current')
      .mockRejectedValueOnce(new Error('connection terminated'));
    try {
      const socket = io(`${base}/ws/progress/${job.body.id}`, {
        auth: { token: user.token },
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      const reason = await new Promise<string>((resolve) => socket.on('disconnect', resolve));
      expect(reason).toBe('io server disconnect');
      await new Promise((r) => setImmediate(r));
      expect(unhandled).toEqual([]);
      // The next connection works again.
      expect(await attempt(job.body.id, user.token)).toBe('connected');
    } finally {
      spy.mockRestore();
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('security: progress relay when Redis is down at API start', () => {
  it('subscribes once Redis comes up, so live events still reach the sockets', async () => {
    const redis = await startRedisServer();
    await redis.stop();
    const ctx = await startApiApp({ REDIS_URL: redis.url });
    const publisher = new Redis(redis.url, { lazyConnect: true });
    try {
      await ctx.app.listen(0, '127.0.0.1');
      const base = `http://127.0.0.1:${(ctx.app.getHttpServer().address() as AddressInfo).port}`;
      const user = await ctx.app
        .get(UsersRepository)
        .create('late@example.com', 'x'.repeat(60), 10);
      const token = await ctx.app.get(TokenService).issue(user);
      const jobId = randomUUID();
      await ctx.app
        .get(DataSource)
        .query(
          `INSERT INTO job (id, user_id, status, lang, input_text) VALUES ($1, $2, 'WAIT_IMAGE2JSON', 'en-US', '1+1')`,
          [jobId, user.id],
        );
      // Down long enough for ioredis to give up on a command issued at start (20 retries,
      // about 10.5 s): a one-off subscribe would be lost for good by now.
      await new Promise((r) => setTimeout(r, 12_000));
      await redis.start();
      await publisher.connect();
      const socket = io(`${base}/ws/progress/${jobId}`, {
        auth: { token },
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      const events: { percent: number }[] = [];
      socket.on('progress', (e: { percent: number }) => events.push(e));
      try {
        // Publish until the API's subscriber (reconnecting with backoff) relays one.
        for (let i = 0; i < 100 && !events.some((e) => e.percent === 42); i += 1) {
          await publisher.publish(
            PROGRESS_CHANNEL,
            JSON.stringify({
              job_id: jobId,
              status: 'WAIT_IMAGE2JSON',
              stage: 'solve',
              percent: 42,
            }),
          );
          await new Promise((r) => setTimeout(r, 100));
        }
        expect(events.some((e) => e.percent === 42)).toBe(true);
      } finally {
        socket.close();
      }
    } finally {
      publisher.disconnect();
      await ctx.close();
      await redis.close();
    }
  }, 60_000);
});

describe('security: sign-up by invite code (SIGNUP_INVITE_CODE)', () => {
  it('needs the school’s code to sign up, and nothing extra to log in', async () => {
    const ctx = await startApiApp({ SIGNUP_INVITE_CODE: 'class-7b-2026' });
    try {
      const http = ctx.app.getHttpServer();
      const credentials = { email: 'invited@example.com', password: 'password1' };
      const none = await request(http).post('/auth/signup').send(credentials);
      expect(none.status).toBe(403);
      expect(none.body.message).toMatch(/invite code/);
      await request(http)
        .post('/auth/signup')
        .send({ ...credentials, invite_code: 'class-7a-2026' })
        .expect(403);
      await request(http)
        .post('/auth/signup')
        .send({ ...credentials, invite_code: 'class-7b-2026' })
        .expect(201);
      await request(http).post('/auth/login').send(credentials).expect(200);
    } finally {
      await ctx.close();
    }
  });
});
