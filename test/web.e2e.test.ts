/// <reference lib="dom" />
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './helpers/browser';
import { renderProblemImage } from '../scripts/lib/render-line';
import { freePort } from './helpers/free-port';
import { ServiceProcess, startService } from './helpers/service-processes';
import { createTestDatabase, testRedisUrl } from './helpers/test-database';

/** Screenshots land here (not committed: `out/` is ignored) for people to look at. */
const SHOTS = join(__dirname, '..', 'out', 'screenshots');

describe('the web page in Chromium, against real API and worker processes', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataDir: string;
  const processes: ServiceProcess[] = [];
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'dogmath-web-'));
    await mkdir(SHOTS, { recursive: true });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: await testRedisUrl(),
      JWT_SECRET: 'web-secret-web-secret-web-secret-1234',
      DATA_DIR: dataDir,
      PUBLIC_URL: base,
      BCRYPT_COST: '4',
      // Every test signs a new student up from this one address.
      SIGNUP_RATE_PER_MINUTE: '100',
    };
    processes.push(await startService('main', { ...env, PORT: String(port) }, /listening on/));
    processes.push(await startService('worker', env, /consuming/));
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all(processes.map((p) => p.stop()));
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Opens the page (unless already there) and signs up; the quota appears. */
  async function signUp(page: Page, email: string, open = true) {
    if (open) await page.goto(base);
    await page.getByLabel('邮箱').fill(email);
    await page.getByLabel('密码（至少 8 位）').fill('password123');
    await page.getByRole('button', { name: '注册' }).click();
    await page.getByText('剩余额度：10').waitFor();
  }

  async function journey(page: Page, email: string, shotPrefix: string) {
    await page.goto(base);
    await page.screenshot({ path: join(SHOTS, `${shotPrefix}-1-login.png`) });
    await signUp(page, email, false);

    await page.locator('#photo').setInputFiles(join(__dirname, '..', 'examples', 'arithmetic.png'));
    await page.getByRole('button', { name: '识别题目' }).click();
    await page.locator('#formula .katex').waitFor({ timeout: 30_000 });
    expect(await page.locator('#confirmed').inputValue()).not.toBe('');
    // A clear print: no symbol to point at.
    expect(await page.locator('#unsure').isHidden()).toBe(true);
    await page.screenshot({ path: join(SHOTS, `${shotPrefix}-2-confirm.png`) });

    // Every value the bar takes, recorded in the page as it changes (polling from here
    // could miss the last step: at 100 % the page switches to the player at once).
    await page.evaluate(() => {
      const meter = document.querySelector('.meter')!;
      const seen: number[] = [];
      (window as unknown as { percents: number[] }).percents = seen;
      new MutationObserver(() => seen.push(Number(meter.getAttribute('aria-valuenow')))).observe(
        meter,
        { attributes: true, attributeFilter: ['aria-valuenow'] },
      );
    });
    await page.getByRole('button', { name: /生成讲解视频/ }).click();
    await page.locator('#progress').waitFor();
    await page.locator('#player').waitFor({ state: 'visible', timeout: 90_000 });
    const percents = await page.evaluate(
      () => (window as unknown as { percents: number[] }).percents,
    );
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(Math.max(...percents)).toBe(100);
    expect(await page.getByText('剩余额度：9').count()).toBe(1);

    const played = await page.evaluate(async () => {
      const video = document.querySelector('video')!;
      video.muted = true;
      await video.play();
      const track = video.textTracks[0];
      track.mode = 'showing';
      const deadline = Date.now() + 20_000;
      while ((video.currentTime < 1 || !track.cues?.length) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      return { time: video.currentTime, cues: track.cues?.length ?? 0 };
    });
    expect(played.time).toBeGreaterThan(1);
    expect(played.cues).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, `${shotPrefix}-3-video.png`) });

    // A step's chapter button seeks the video there.
    const chapters = page.locator('#chapters button');
    expect(await chapters.count()).toBeGreaterThan(2);
    await chapters.nth(2).click();
    const at = await page.evaluate(() => document.querySelector('video')!.currentTime);
    expect(at).toBeGreaterThan(2);
    expect(await page.locator('#answer').textContent()).toMatch(/^答案：/);

    // Playback speed, and "replay this step" back to the start of the step playing.
    await page.getByLabel('播放速度').selectOption('1.5');
    expect(await page.evaluate(() => document.querySelector('video')!.playbackRate)).toBe(1.5);
    // Paused 0.8 s into the step the chapter button sought (at): however long the checks
    // above took on a loaded machine, the step is still the one that began at `at`.
    await page.evaluate(() => {
      const video = document.querySelector('video')!;
      video.pause();
      video.currentTime += 0.8;
    });
    await page.getByRole('button', { name: '重放这一步' }).click();
    const replayed = await page.evaluate(() => document.querySelector('video')!.currentTime);
    expect(Math.abs(replayed - at)).toBeLessThan(0.75);

    // The download button redeems a one-time link: the browser saves the MP4 as a file.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载视频' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^dogmath-[0-9a-f]{8}\.mp4$/);
    await page.goto(base); // back from the download navigation, still logged in (same tab)
    await page.locator('#jobs li').first().waitFor();

    expect(await page.locator('#jobs li').count()).toBe(1);
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('button', { name: '登录' }).waitFor();
  }

  it('takes a student from sign-up through a photo to a playing video, chapters, history and logout', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The whole journey logs no console error (a missing favicon used to be one).
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${m.text()} ${m.location().url}`);
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => {
      if (r.status() === 404) errors.push(`404 ${r.url()}`);
    });
    await journey(page, 'web@example.com', 'desktop');
    for (const icon of [
      '/favicon.ico',
      '/icon.svg',
      '/manifest.webmanifest',
      '/apple-touch-icon.png',
    ])
      expect((await page.request.get(`${base}${icon}`)).status()).toBe(200);
    await page.close();
    expect(errors).toEqual([]);
  }, 150_000);

  it('works at a phone viewport too', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await journey(await context.newPage(), 'phone@example.com', 'phone');
    await context.close();
  }, 150_000);

  it('shows a failed job with its human message and a retry', async () => {
    const page = await browser.newPage();
    await signUp(page, 'failed@example.com');
    // A job whose "problem" is not one (as if typed past the confirmation step).
    const id = await page.evaluate(async () => {
      const res = await fetch('/jobs', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${sessionStorage.getItem('token')}`,
        },
        body: JSON.stringify({ text: '今天天气怎么样', lang: 'zh-CN' }),
      });
      return ((await res.json()) as { id: string }).id;
    });
    for (let i = 0; i < 100; i += 1) {
      const status = await page.evaluate(
        async (jobId) =>
          (
            (await (
              await fetch(`/jobs/${jobId}`, {
                headers: { authorization: `Bearer ${sessionStorage.getItem('token')}` },
              })
            ).json()) as { status: string }
          ).status,
        id,
      );
      if (status === 'FAILED') break;
      await page.waitForTimeout(200);
    }
    await page.reload();
    await page.getByRole('button', { name: /^失败 · 今天天气怎么样/ }).click();
    await page
      .locator('#message')
      .getByText(/没有识别到数学题目|暂时还不会讲这种题目/)
      .waitFor();
    await page.locator('#message').getByRole('button', { name: '重试' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'error-failed-job.png') });
    await page.close();
  }, 60_000);

  it('points at the symbols of a photo it was unsure of before quota is spent', async () => {
    const page = await browser.newPage();
    await signUp(page, 'unsure@example.com');
    // A real photo of handwriting (the development set, which CI has) whose 1 of 12x the
    // classifier doubts: 12 + 5x − 8 = 12x − 10. (It was p14's 1 of 1/3, until a straight
    // stroke over a fraction bar was read surely as a 1.)
    await page
      .locator('#photo')
      .setInputFiles(join(__dirname, '..', '..', 'shared', 'data', 'real-photos', 'r06.jpg'));
    const answer = page.waitForResponse((r) => r.url().endsWith('/recognize'));
    await page.getByRole('button', { name: '识别题目' }).click();
    const reading = (await (await answer).json()) as {
      text: string;
      symbols: { text: string; confidence: number }[];
    };
    const weak = reading.symbols.filter((s) => s.confidence < 0.7).map((s) => s.text);
    expect(weak.length).toBeGreaterThan(0);
    await page.locator('#formula .katex').waitFor({ timeout: 30_000 });
    await page.locator('#unsure').getByText('请特别核对').waitFor();
    const shown = (await page.locator('#unsure').textContent())!.split('：')[1].trim().split(/\s+/);
    expect(shown).toEqual([...new Set(weak)]);
    expect(await page.locator('#confirmed').inputValue()).toBe(reading.text);
    expect(reading.text).toContain('12 + 5x - 8 = 12x - 10');
    await page.screenshot({ path: join(SHOTS, 'confirm-unsure-symbols.png') });
    await page.close();
  }, 60_000);

  it('asks what to do with a photo that does not say, and the job carries the choice', async () => {
    const page = await browser.newPage();
    await signUp(page, 'bare@example.com');
    await page.locator('#photo').setInputFiles({
      name: 'bare.png',
      mimeType: 'image/png',
      buffer: await renderProblemImage('x² − 9'),
    });
    await page.getByRole('button', { name: '识别题目' }).click();
    const choice = page.getByLabel('照片上没有写要做什么，请选择：');
    await choice.waitFor({ timeout: 30_000 });
    await choice.selectOption({ label: '因式分解' });
    const created = page.waitForRequest((r) => r.url().endsWith('/jobs') && r.method() === 'POST');
    await page.getByRole('button', { name: /生成讲解视频/ }).click();
    expect(JSON.parse((await created).postData()!)).toMatchObject({ task: 'factor' });
    await page.close();
  }, 60_000);

  it('shows a human message for a file that is not a photo', async () => {
    const page = await browser.newPage();
    await signUp(page, 'bad@example.com');
    await page.locator('#photo').setInputFiles({
      name: 'notes.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<html>not a photo</html>'),
    });
    await page.getByRole('button', { name: '识别题目' }).click();
    await page
      .locator('#message')
      .getByText(/PNG, JPEG or WebP/)
      .waitFor();
    await page.screenshot({ path: join(SHOTS, 'error-invalid-file.png') });
    await page.close();
  }, 60_000);
});
