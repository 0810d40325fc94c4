import { SOLVER_BOMB } from './helpers/solver-bombs';
import { INestApplication } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import jwt from 'jsonwebtoken';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import request from 'supertest';
import { DataSource } from 'typeorm';
import bcrypt from 'bcryptjs';
import { TokenService } from '../src/auth/token.service';
import { UsersRepository } from '../src/auth/users.repository';
import { startApiApp, TEST_JWT_SECRET } from './helpers/api-app';
import { pngBomb } from './helpers/png-bomb';
import { renderProblemImage } from '../scripts/lib/render-line';

const METRICS_TOKEN = 'scraper-token-0123456789';
const photo = () => readFile(join(__dirname, '..', 'examples', 'arithmetic.png'));

describe('API (in process, Postgres + Redis + local storage)', () => {
  let ctx: Awaited<ReturnType<typeof startApiApp>>;
  let app: INestApplication;
  let http: ReturnType<INestApplication['getHttpServer']>;

  beforeAll(async () => {
    ctx = await startApiApp({ MAX_UPLOAD_BYTES: String(300 * 1024), METRICS_TOKEN });
    app = ctx.app;
    http = app.getHttpServer();
  });
  afterAll(() => ctx.close());

  let n = 0;
  async function newUser(): Promise<{ token: string; email: string }> {
    const email = `user${(n += 1)}@example.com`;
    const res = await request(http).post('/auth/signup').send({ email, password: 'password1' });
    expect(res.status).toBe(201);
    return { token: res.body.access_token, email };
  }
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  /** A user made admin in the database (as `npm run admin:create` does); returns a token. */
  async function newAdmin(): Promise<string> {
    const { token, email } = await newUser();
    await ctx.app
      .get(DataSource)
      .query(`UPDATE "user" SET role = 'admin' WHERE email = $1`, [email]);
    return token;
  }

  describe('basics', () => {
    it('answers /health/live, and /health with each dependency (503: no worker is running)', async () => {
      const live = await request(http).get('/health/live').expect(200);
      expect(live.body).toMatchObject({ status: 'ok' });
      // The public answer says up or down per dependency, never an error text.
      const health = await request(http).get('/health').expect(503);
      expect(health.body).toEqual({
        status: 'error',
        dependencies: { database: 'up', redis: 'up', storage: 'up', workers: 'down' },
      });
      const { token: userToken } = await newUser();
      const asUser = await request(http).get('/health').set(auth(userToken)).expect(503);
      expect(asUser.body.details).toBeUndefined();
      const admin = await request(http)
        .get('/health')
        .set(auth(await newAdmin()))
        .expect(503);
      expect(admin.body.details).toMatchObject({
        database: { status: 'up' },
        redis: { status: 'up' },
        storage: { status: 'up', driver: 'local' },
        workers: { status: 'down', image2json: 0, json2video: 0 },
      });
    });

    it('sends security headers and no CORS grant to an unknown origin', async () => {
      const res = await request(http)
        .get('/health/live')
        .set('Origin', 'https://evil.example')
        .expect(200);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('documents itself: OpenAPI JSON and Swagger UI at /docs, assets served locally', async () => {
      const doc = await request(http).get('/docs-json').expect(200);
      expect(Object.keys(doc.body.paths)).toEqual(
        expect.arrayContaining([
          '/auth/signup',
          '/jobs',
          '/jobs/{id}',
          '/recognize',
          '/results/{id}/preview',
        ]),
      );
      expect(doc.body.components.securitySchemes.bearer).toMatchObject({ scheme: 'bearer' });
      expect(doc.body.components.schemas.CredentialsDto.properties.email.example).toBe(
        'student@example.com',
      );
      expect(doc.body.paths['/jobs'].post.responses['402'].description).toMatch(/quota/);
      const ui = await request(http).get('/docs').expect(200);
      expect(ui.text).toContain('swagger-ui');
      expect(ui.text).not.toMatch(/https?:\/\/(cdn|unpkg|cdnjs)/);
    });

    it('serves Prometheus metrics only to the scraper (METRICS_TOKEN): jobs, queues, latency', async () => {
      await request(http).get('/metrics').expect(404);
      await request(http).get('/metrics').set(auth('not-the-metrics-token')).expect(404);
      const res = await request(http).get('/metrics').set(auth(METRICS_TOKEN)).expect(200);
      expect(res.text).toMatch(/dogmath_jobs\{status="FINISHED"\} \d+/);
      expect(res.text).toMatch(/dogmath_queue_jobs\{queue="image2json",state="waiting"\} \d+/);
      expect(res.text).toMatch(
        /dogmath_http_request_duration_seconds_bucket\{.*route="\/health\/live"/,
      );
    });
    it('answers unknown routes with a JSON 404', async () => {
      const res = await request(http).get('/no-such-route').expect(404);
      expect(res.body).toMatchObject({ statusCode: 404 });
    });
    it('never leaks internals in a 500', async () => {
      const res = await request(http).get('/boom').expect(500);
      expect(res.body).toEqual({ statusCode: 500, message: 'Internal server error' });
      expect(JSON.stringify(res.body)).not.toContain('hunter2');
    });
  });

  describe('accounts', () => {
    it('signs up with a normalised email, refuses a duplicate with 409, logs in', async () => {
      const signup = await request(http)
        .post('/auth/signup')
        .send({ email: '  Mixed.Case@Example.COM ', password: 'password1' })
        .expect(201);
      expect(typeof signup.body.access_token).toBe('string');
      const dup = await request(http)
        .post('/auth/signup')
        .send({ email: 'mixed.case@example.com', password: 'another-password' })
        .expect(409);
      expect(dup.body.message).toMatch(/already exists/);
      const login = await request(http)
        .post('/auth/login')
        .send({ email: 'MIXED.case@example.com', password: 'password1' })
        .expect(200);
      const me = await request(http).get('/auth/me').set(auth(login.body.access_token)).expect(200);
      expect(me.body).toEqual({ email: 'mixed.case@example.com', role: 'user', quota: 10 });
    });

    it.each([
      [{ email: 'not-an-email', password: 'password1' }, /email must be a valid email/],
      [{ email: 'a@example.com', password: 'short' }, /8 to 72 bytes/],
      // 25 Chinese characters are 75 bytes: bcrypt would silently ignore the tail.
      [{ email: 'b@example.com', password: '密'.repeat(25) }, /8 to 72 bytes/],
      [{ email: 'c@example.com', password: 'password1', role: 'admin' }, /role should not exist/],
    ])('refuses %j with 400', async (body, message) => {
      const res = await request(http).post('/auth/signup').send(body).expect(400);
      expect(JSON.stringify(res.body.message)).toMatch(message);
    });

    it('hashes with bcrypt (cost 10) in slices, letting the event loop run between them', async () => {
      const bcrypt = (await import('bcryptjs')).default;
      // Counts the loop's turns while hashing, not milliseconds (a timed bound failed on a
      // busy 2-core CI): bcryptjs yields with setImmediate after each 100 ms slice, so the
      // loop turns between slices; a hash that blocked would not let it turn at all.
      let turns = 0;
      let hashing = true;
      const turn = () => {
        if (!hashing) return;
        turns += 1;
        setImmediate(turn);
      };
      setImmediate(turn);
      await Promise.all(Array.from({ length: 4 }, () => bcrypt.hash('password1', 10)));
      hashing = false;
      expect(turns).toBeGreaterThanOrEqual(2);
    });

    it('answers a wrong password and an unknown email alike (401)', async () => {
      const { email } = await newUser();
      const wrong = await request(http).post('/auth/login').send({ email, password: 'password2' });
      const unknown = await request(http)
        .post('/auth/login')
        .send({ email: 'nobody@example.com', password: 'password1' });
      expect([wrong.status, unknown.status]).toEqual([401, 401]);
      expect(wrong.body.message).toBe(unknown.body.message);
    });

    it('refuses tokens that are unsigned, forged, expired or for another audience', async () => {
      const { token } = await newUser();
      const claims = jwt.decode(token) as Record<string, unknown>;
      const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${token.split('.')[1]}.`;
      const bad = [
        none,
        jwt.sign({ ...claims }, 'some-other-secret-some-other-secret', { algorithm: 'HS256' }),
        jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 10 }, TEST_JWT_SECRET),
        jwt.sign({ ...claims, aud: 'someone-else' }, TEST_JWT_SECRET),
        jwt.sign({ ...claims }, TEST_JWT_SECRET, { algorithm: 'HS512' }),
      ];
      for (const t of bad) await request(http).get('/jobs').set(auth(t)).expect(401);
      await request(http).get('/jobs').expect(401);
      await request(http).get('/jobs').set(auth(token)).expect(200);
    });
  });

  describe('recognize (before spending quota)', () => {
    it('reads a photo to text and LaTeX for the student to confirm, without charging', async () => {
      const { token } = await newUser();
      const t0 = Date.now();
      const res = await request(http)
        .post('/recognize')
        .set(auth(token))
        .attach(
          'image',
          await readFile(join(__dirname, '..', 'examples', 'quadratic-zh.png')),
          'p.png',
        )
        .expect(200);
      console.log(`recognize: photo read in ${Date.now() - t0} ms (first call starts the OCR)`);
      expect(res.body).toMatchObject({ kind: 'quadratic_equation' });
      expect(res.body.latex).toContain('x^{2}');
      expect(res.body.confidence).toBeGreaterThan(0);
      // Every symbol of the formula, with the recogniser's confidence in it.
      const symbols = res.body.symbols as { text: string; confidence: number }[];
      expect(symbols.map((s) => s.text).join('')).toBe('x2−5x+6=0');
      for (const s of symbols) expect(s.confidence).toBeGreaterThan(0);
      const typed = await request(http)
        .post('/recognize')
        .set(auth(token))
        .send({ text: '3(x-2)=2x+5', lang: 'en-US' })
        .expect(200);
      expect(typed.body).toMatchObject({ kind: 'linear_equation', confidence: 1 });
      expect((await request(http).get('/auth/me').set(auth(token))).body.quota).toBe(10);
    });

    it('offers the tasks that make sense for a photo with no instruction, and the job takes one', async () => {
      const { token } = await newUser();
      const res = await request(http)
        .post('/recognize')
        .set(auth(token))
        .field('lang', 'en-US')
        .attach('image', await renderProblemImage('x² − 9'), 'bare.png')
        .expect(200);
      expect(res.body.needsTask).toBe(true);
      expect(res.body.tasks).toEqual(expect.arrayContaining(['factor', 'derivative']));
      expect(res.body.tasks).not.toContain('solve'); // an expression is not an equation
      expect(res.body.task).toBe(res.body.tasks[0]);
      // A photo that says what to do needs no choice.
      const said = await request(http)
        .post('/recognize')
        .set(auth(token))
        .field('lang', 'en-US')
        .attach('image', await renderProblemImage('Factor: x² − 9'), 'said.png')
        .expect(200);
      expect(said.body).toMatchObject({ needsTask: false, tasks: ['factor'], task: 'factor' });
      const job = await request(http)
        .post('/jobs')
        .set(auth(token))
        .send({ text: res.body.text, task: 'factor', lang: 'en-US' })
        .expect(201);
      expect(job.body.task).toBe('factor');
    });

    it('refuses a solver bomb with 422 in its thread, while the API keeps answering', async () => {
      const { token } = await newUser();
      let settled = false;
      const bomb = request(http)
        .post('/recognize')
        .set(auth(token))
        .send({ text: SOLVER_BOMB, lang: 'en-US' })
        .then((res) => {
          settled = true;
          return res;
        });
      // The solver runs in a worker thread: other routes answer while it works.
      await new Promise((r) => setTimeout(r, 300));
      for (let i = 0; i < 5; i += 1) await request(http).get('/health/live').expect(200);
      expect(settled).toBe(false);
      const res = await bomb;
      expect(res.status).toBe(422);
      expect(res.body.message).toMatch(/too large to explain/);
      // The replaced thread serves the next student.
      const next = await request(http)
        .post('/recognize')
        .set(auth(token))
        .send({ text: 'x^2 - 9', task: 'expand', lang: 'en-US' })
        .expect(200);
      expect(next.body).toMatchObject({ kind: 'expand', task: 'expand' });
      const wrongTask = await request(http)
        .post('/recognize')
        .set(auth(token))
        .send({ text: 'x^2 - 9', task: 'guess' })
        .expect(400);
      expect(JSON.stringify(wrongTask.body.message)).toMatch(/task must be one of/);
    });

    it("says in the student's language when there is no problem to read, and needs a login", async () => {
      const { token } = await newUser();
      const res = await request(http)
        .post('/recognize')
        .set(auth(token))
        .send({ text: '今天天气怎么样', lang: 'zh-CN' })
        .expect(422);
      expect(res.body.message).toMatch(/没有识别到数学题目|暂时还不会讲这种题目/);
      await request(http).post('/recognize').send({ text: '1+1' }).expect(401);
    });
  });

  describe('jobs', () => {
    it('records a text job, spends one video and queues image2json with a deterministic id', async () => {
      const { token } = await newUser();
      const res = await request(http)
        .post('/jobs')
        .set(auth(token))
        .field('text', '3(x-2)=2x+5')
        .field('lang', 'en-US')
        .expect(201);
      expect(res.body).toMatchObject({
        status: 'WAIT_IMAGE2JSON',
        stage: 'queued',
        percent: 0,
        error: null,
        lang: 'en-US',
        text: '3(x-2)=2x+5',
        result: null,
      });
      const queued = await app
        .get<Queue>(getQueueToken('image2json'))
        .getJob(`image2json-${res.body.id}`);
      expect(queued?.data).toEqual({ job_id: res.body.id, image_key: null });
      expect(queued?.opts.attempts).toBe(3);
      const me = await request(http).get('/auth/me').set(auth(token)).expect(200);
      expect(me.body.quota).toBe(9);
      const got = await request(http).get(`/jobs/${res.body.id}`).set(auth(token)).expect(200);
      expect(got.body.id).toBe(res.body.id);
      await request(http).get(`/results/${res.body.id}/preview`).set(auth(token)).expect(409);
    });

    it('stores only a re-encoded PNG under a server-made key', async () => {
      const { token } = await newUser();
      const jpeg = await sharp(await photo())
        .jpeg()
        .toBuffer();
      const res = await request(http)
        .post('/jobs')
        .set(auth(token))
        .attach('image', jpeg, { filename: '../../etc/passwd.php', contentType: 'text/html' })
        .expect(201);
      const stored = await readFile(join(ctx.dataDir, 'uploads', `${res.body.id}.png`));
      expect((await sharp(stored).metadata()).format).toBe('png');
    });

    it.each([
      [
        'a polyglot (PNG signature, HTML body)',
        Buffer.concat([
          Buffer.from('89504e470d0a1a0a', 'hex'),
          Buffer.from('<html><script>x</script></html>'),
        ]),
        415,
        /damaged or incomplete/,
      ],
      [
        'an HTML page',
        Buffer.from('<html><script>alert(1)</script></html>'),
        415,
        /PNG, JPEG or WebP/,
      ],
      [
        'an SVG',
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
        415,
        /PNG, JPEG or WebP/,
      ],
      ['an executable', Buffer.from('7f454c46020101000000', 'hex'), 415, /PNG, JPEG or WebP/],
      ['an empty file', Buffer.alloc(0), 415, /empty/],
    ])('refuses %s', async (_, body, status, message) => {
      const { token } = await newUser();
      const res = await request(http)
        .post('/jobs')
        .set(auth(token))
        .attach('image', body, 'photo.png')
        .expect(status);
      expect(res.body.message).toMatch(message);
    });

    it('refuses a truncated photo and a pixel flood, and charges nothing', async () => {
      const { token } = await newUser();
      const png = await photo();
      const truncated = await request(http)
        .post('/jobs')
        .set(auth(token))
        .attach('image', png.subarray(0, Math.floor(png.length / 2)), 'photo.png')
        .expect(415);
      expect(truncated.body.message).toMatch(/damaged or incomplete/);
      const bomb = await pngBomb(14000, 14000);
      expect(bomb.length).toBeLessThan(300 * 1024);
      const rssBefore = process.memoryUsage().rss;
      const flood = await request(http)
        .post('/jobs')
        .set(auth(token))
        .attach('image', bomb, 'photo.png')
        .expect(415);
      expect(flood.body.message).toMatch(/too large/);
      // Refused from the header: decoding would need ~196 MB.
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * 1024 * 1024);
      expect((await request(http).get('/auth/me').set(auth(token))).body.quota).toBe(10);
    });

    it('stops an upload over the size limit with 413 and a message', async () => {
      const { token } = await newUser();
      const res = await request(http)
        .post('/jobs')
        .set(auth(token))
        .attach('image', Buffer.alloc(400 * 1024, 1), 'photo.png')
        .expect(413);
      expect(res.body.message).toMatch(/larger than/);
    });

    it.each([
      [{}, /photo .* or as text/],
      [{ text: '1+1', colour: 'red' }, /colour should not exist/],
      [{ text: '1+1', lang: 'fr-FR' }, /lang must be zh-CN or en-US/],
    ])('refuses the form %j with 400', async (fields, message) => {
      const { token } = await newUser();
      let req = request(http).post('/jobs').set(auth(token));
      for (const [k, v] of Object.entries(fields)) req = req.field(k, v as string);
      const res = await req.expect(400);
      expect(JSON.stringify(res.body.message)).toMatch(message);
    });

    it("hides a stranger's job behind 404, like a missing or malformed id", async () => {
      const owner = await newUser();
      const stranger = await newUser();
      const job = await request(http).post('/jobs').set(auth(owner.token)).field('text', '1+1');
      for (const path of [
        `/jobs/${job.body.id}`,
        `/results/${job.body.id}/preview`,
        '/jobs/00000000-0000-4000-8000-000000000000',
        '/jobs/not-a-uuid',
      ])
        await request(http).get(path).set(auth(stranger.token)).expect(404);
      const list = await request(http).get('/jobs').set(auth(stranger.token)).expect(200);
      expect(list.body.total).toBe(0);
    });

    it("lists the caller's jobs newest first, paginated", async () => {
      const { token } = await newUser();
      const ids: string[] = [];
      for (const text of ['1+1', '2+2', '3+3'])
        ids.push((await request(http).post('/jobs').set(auth(token)).field('text', text)).body.id);
      const page1 = await request(http).get('/jobs?pageSize=2').set(auth(token)).expect(200);
      expect(page1.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
      expect(page1.body.items.map((j: { id: string }) => j.id)).toEqual([ids[2], ids[1]]);
      const page2 = await request(http).get('/jobs?pageSize=2&page=2').set(auth(token)).expect(200);
      expect(page2.body.items.map((j: { id: string }) => j.id)).toEqual([ids[0]]);
      await request(http).get('/jobs?pageSize=1000').set(auth(token)).expect(400);
    });

    it('gives one-time download links: of two concurrent redemptions one redirects, one is gone', async () => {
      const { token } = await newUser();
      const job = await request(http).post('/jobs').set(auth(token)).field('text', '9+9');
      await request(http).post(`/jobs/${job.body.id}/download-token`).set(auth(token)).expect(409);
      // Finish the job by hand (no worker here): a video object and the row's final state.
      const { writeFile, mkdir } = await import('node:fs/promises');
      await mkdir(join(ctx.dataDir, 'videos'), { recursive: true });
      await writeFile(join(ctx.dataDir, 'videos', `final_${job.body.id}.mp4`), 'video bytes');
      await ctx.app
        .get(DataSource)
        .query(`UPDATE job SET status = 'FINISHED', video_key = $2 WHERE id = $1`, [
          job.body.id,
          `videos/final_${job.body.id}.mp4`,
        ]);
      const stranger = await newUser();
      await request(http)
        .post(`/jobs/${job.body.id}/download-token`)
        .set(auth(stranger.token))
        .expect(404);
      const link = await request(http)
        .post(`/jobs/${job.body.id}/download-token`)
        .set(auth(token))
        .expect(201);
      const path = new URL(link.body.url).pathname;
      const [a, b] = await Promise.all([request(http).get(path), request(http).get(path)]);
      expect([a.status, b.status].sort()).toEqual([302, 410]);
      const redirect = a.status === 302 ? a : b;
      const gone = a.status === 302 ? b : a;
      expect(gone.body.message).toMatch(/already been used or has expired/);
      const file = await request(http)
        .get(
          new URL(redirect.headers.location).pathname + new URL(redirect.headers.location).search,
        )
        .expect(200);
      expect(file.headers['content-disposition']).toMatch(/^attachment; filename="dogmath-/);
      expect(file.body.toString()).toBe('video bytes');
      await request(http).get(path).expect(410);
      await request(http).get('/downloads/not-a-real-token').expect(410);
    });

    it('answers 402 when the quota is spent, and 20 concurrent requests with 10 left get exactly 10', async () => {
      const { token } = await newUser();
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          request(http).post('/jobs').set(auth(token)).field('text', `${i}+1`),
        ),
      );
      const codes = results.map((r) => r.status).sort();
      expect(codes.filter((c) => c === 201)).toHaveLength(10);
      expect(codes.filter((c) => c === 402)).toHaveLength(10);
      expect(results.find((r) => r.status === 402)!.body.message).toMatch(/used all your videos/);
      expect((await request(http).get('/auth/me').set(auth(token))).body.quota).toBe(0);
    });
  });
});

describe('API with Redis down', () => {
  let ctx: Awaited<ReturnType<typeof startApiApp>>;
  beforeAll(async () => {
    // Nothing listens on this port: enqueueing must fail fast, not hang the request.
    ctx = await startApiApp({ REDIS_URL: 'redis://127.0.0.1:6399/0' });
  });
  afterAll(() => ctx.close());

  it('refuses logins and signups with 503 while it cannot count guesses (fails closed)', async () => {
    const http = ctx.app.getHttpServer();
    const credentials = { email: 'closed@example.com', password: 'password1' };
    const signup = await request(http).post('/auth/signup').send(credentials);
    expect(signup.status).toBe(503);
    expect(signup.body.message).toMatch(/Try again in a minute/);
    await ctx.app
      .get(UsersRepository)
      .create(credentials.email, await bcrypt.hash('password1', 4), 10);
    expect((await request(http).post('/auth/login').send(credentials)).status).toBe(503);
  });

  it('answers 503 at once, fails the job and gives the video back', async () => {
    const http = ctx.app.getHttpServer();
    // Signing up needs Redis (rate limits fail closed): the account is made directly.
    const user = await ctx.app.get(UsersRepository).create('down@example.com', 'x'.repeat(60), 10);
    const token = await ctx.app.get(TokenService).issue(user);
    const started = Date.now();
    const res = await request(http)
      .post('/jobs')
      .set({ Authorization: `Bearer ${token}` })
      .field('text', '1+1');
    expect(res.status).toBe(503);
    expect(res.body.message).toMatch(/not charged/);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(
      (
        await request(http)
          .get('/auth/me')
          .set({ Authorization: `Bearer ${token}` })
      ).body.quota,
    ).toBe(10);
    const jobs = await request(http)
      .get('/jobs')
      .set({ Authorization: `Bearer ${token}` });
    expect(jobs.body.items[0]).toMatchObject({ status: 'FAILED' });
  });
});

describe('API rate limits (Redis-backed, per client address)', () => {
  let ctx: Awaited<ReturnType<typeof startApiApp>>;
  beforeAll(async () => {
    ctx = await startApiApp({ LOGIN_RATE_PER_MINUTE: '3', SIGNUP_RATE_PER_MINUTE: '2' });
  });
  afterAll(() => ctx.close());

  it('answers 429 with Retry-After past the limit, for login and signup separately', async () => {
    const http = ctx.app.getHttpServer();
    const signups = [];
    for (let i = 0; i < 3; i += 1)
      signups.push(
        await request(http)
          .post('/auth/signup')
          .send({ email: `rl${i}@example.com`, password: 'password1' }),
      );
    expect(signups.map((r) => r.status)).toEqual([201, 201, 429]);
    const logins = [];
    for (let i = 0; i < 4; i += 1)
      logins.push(
        await request(http)
          .post('/auth/login')
          .send({ email: 'rl0@example.com', password: i === 1 ? 'password1' : 'wrong-one' }),
      );
    expect(logins.map((r) => r.status)).toEqual([401, 200, 401, 429]);
    const limited = logins[3];
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(limited.body.message).toMatch(/Too many attempts/);
  });
});
