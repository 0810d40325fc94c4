/// <reference lib="dom" />
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import ffprobeInstaller from '@ffprobe-installer/ffprobe';
import { renderVideo, RenderStage } from '../src/pipeline/render/render-video';
import { parseVideoSize } from '../src/pipeline/render/video-size';
import { configureRenderTools, renderTools } from '../src/pipeline/render/render-tools';
import { EspeakTtsProvider } from '../src/pipeline/render/speech/espeak.tts';
import { buildScript } from '../src/pipeline/script/script-builder';
import { parseProblemText } from '../src/pipeline/solver/problem-parser';
import { solveAndCheck } from '../src/pipeline/solver/solve';
import { ffmpegBinary } from '../src/pipeline/render/ffmpeg';
import { launchChromium } from './helpers/browser';
import { boardGeometry } from '../src/pipeline/render/board/layout';
import { measureBoardInk, videoFrameAt } from '../bench/board-ink';
import { serveFolder } from './helpers/static-server';

const run = promisify(execFile);

async function probe(file: string) {
  const { stdout } = await run(ffprobeInstaller.path, [
    '-v',
    'error',
    '-show_streams',
    '-show_format',
    '-show_chapters',
    '-of',
    'json',
    file,
  ]);
  return JSON.parse(stdout) as {
    streams: {
      codec_type: string;
      codec_name: string;
      width?: number;
      height?: number;
      pix_fmt?: string;
      r_frame_rate?: string;
    }[];
    format: { duration: string };
    chapters: { tags: { title: string } }[];
  };
}

/** volumedetect's mean and max volume of the audio track, in dB of full scale. */
async function volume(file: string): Promise<{ mean: number; max: number }> {
  const { stderr } = await run(ffmpegBinary(), [
    '-hide_banner',
    '-i',
    file,
    '-vn',
    '-af',
    'volumedetect',
    '-f',
    'null',
    '-',
  ]);
  return {
    mean: Number(/mean_volume: (-?[\d.]+) dB/.exec(stderr)![1]),
    max: Number(/max_volume: (-?[\d.]+) dB/.exec(stderr)![1]),
  };
}

/** How different two frames are: mean absolute difference of their grey pixels (0..255). */
async function difference(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([a, b].map((f) => sharp(f).grayscale().raw().toBuffer()));
  let sum = 0;
  for (let i = 0; i < x.length; i += 1) sum += Math.abs(x[i] - y[i]);
  return sum / x.length;
}

describe('json2video render', () => {
  const tts = new EspeakTtsProvider();
  let root: string;
  const script = (() => {
    const p = parseProblemText('3(x-2)=2x+5');
    return buildScript(p, solveAndCheck(p.problem), 'zh-CN', { provider: 'offline' });
  })();
  const stages: [RenderStage, number][] = [];
  let out: string;
  let result: Awaited<ReturnType<typeof renderVideo>>;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'dogmath-render-test-'));
    out = join(root, 'out');
    result = await renderVideo(script, out, {
      tts,
      tempRoot: root,
      onProgress: (s, p) => stages.push([s, p]),
    });
  }, 180_000);
  afterAll(async () => {
    await tts.close();
    await rm(root, { recursive: true, force: true });
  });

  it('writes a playable H.264/AAC MP4 with a soft subtitle track and one chapter per scene', async () => {
    const info = await probe(result.videoPath);
    const video = info.streams.find((s) => s.codec_type === 'video')!;
    expect(video).toMatchObject({
      codec_name: 'h264',
      width: 1280,
      height: 720,
      pix_fmt: 'yuv420p',
      r_frame_rate: '30/1',
    });
    expect(info.streams.find((s) => s.codec_type === 'audio')!.codec_name).toBe('aac');
    expect(info.streams.find((s) => s.codec_type === 'subtitle')!.codec_name).toBe('mov_text');
    expect(info.chapters.map((c) => c.tags.title)).toEqual(script.scenes.map((s) => s.caption));
    expect(Math.abs(Number(info.format.duration) - result.durationSeconds)).toBeLessThan(0.3);
  });

  it('has audible, levelled narration that never clips', async () => {
    const { mean, max } = await volume(result.videoPath);
    expect(mean).toBeGreaterThan(-35);
    expect(max).toBeGreaterThan(-6);
    expect(max).toBeLessThan(-0.5);
  });

  it('writes the steps on as the narration goes: frames at different times differ', async () => {
    const early = await videoFrameAt(result.videoPath, 1);
    const late = await videoFrameAt(result.videoPath, result.durationSeconds - 1);
    expect(await difference(early, late)).toBeGreaterThan(1);
  });

  /** The teacher's mouth, cut from a frame (200×240 design units, scaled to 30 % of 720 px). */
  async function mouthAt(seconds: number): Promise<Buffer> {
    const h = Math.round(720 * 0.3);
    const w = Math.round((h * 200) / 240);
    const k = h / 240;
    const left = 1280 - w - Math.round(720 * 0.02);
    const top = 720 - h - Math.round(720 * 0.02);
    const png = await videoFrameAt(result.videoPath, seconds);
    // The sway moves the teacher by up to 3 px: the box has room for it.
    return sharp(png)
      .extract({
        left: left + Math.round(82 * k),
        top: top + Math.round(128 * k),
        width: Math.round(36 * k),
        height: Math.round(32 * k),
      })
      .png()
      .toBuffer();
  }

  it("moves the teacher's mouth while speaking and rests it in pauses", async () => {
    const speaking = await Promise.all([0.9, 1.3, 1.7, 2.1, 2.5, 2.9].map((t) => mouthAt(t)));
    const diffs = await Promise.all(speaking.slice(1).map((m, i) => difference(m, speaking[i])));
    expect(Math.max(...diffs)).toBeGreaterThan(8);
    // Lead-in of the first scene and of the second: both silent, so the same resting mouth.
    const restA = await mouthAt(0.1);
    const restB = await mouthAt(0.25);
    expect(await difference(restA, restB)).toBeLessThan(4);
    expect(
      Math.max(...(await Promise.all(speaking.map((m) => difference(m, restA))))),
    ).toBeGreaterThan(8);
  });

  it('writes monotonic WebVTT cues inside the video', async () => {
    const vtt = await readFile(result.subtitlesPath, 'utf8');
    expect(vtt.startsWith('WEBVTT')).toBe(true);
    const times = [
      ...vtt.matchAll(/(\d\d):(\d\d):(\d\d)\.(\d\d\d) --> (\d\d):(\d\d):(\d\d)\.(\d\d\d)/g),
    ].map((m) => [
      +m[1] * 3600 + +m[2] * 60 + +m[3] + +m[4] / 1000,
      +m[5] * 3600 + +m[6] * 60 + +m[7] + +m[8] / 1000,
    ]);
    expect(times.length).toBeGreaterThanOrEqual(script.scenes.length);
    times.forEach(([a, b], i) => {
      expect(b).toBeGreaterThan(a);
      expect(b).toBeLessThanOrEqual(result.durationSeconds + 0.01);
      if (i > 0) expect(a).toBeGreaterThanOrEqual(times[i - 1][1] - 0.001);
    });
  });

  it('plays in Chromium: the video advances and the subtitle track loads its cues', async () => {
    const page = `<!doctype html><video muted playsinline src="/final.mp4">
      <track kind="subtitles" srclang="zh" src="/subtitles.vtt" default></video>`;
    const server = await serveFolder(out, { '/': page });
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      await tab.goto(server.url);
      const played = await tab.evaluate(async () => {
        const video = document.querySelector('video')!;
        await video.play();
        const track = video.textTracks[0];
        track.mode = 'showing';
        const deadline = Date.now() + 20_000;
        while ((video.currentTime < 1.5 || !track.cues?.length) && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 100));
        return {
          time: video.currentTime,
          width: video.videoWidth,
          height: video.videoHeight,
          duration: video.duration,
          cues: track.cues?.length ?? 0,
          error: video.error?.message ?? null,
        };
      });
      expect(played.error).toBeNull();
      expect(played.time).toBeGreaterThan(1.5);
      expect([played.width, played.height]).toEqual([1280, 720]);
      expect(Math.abs(played.duration - result.durationSeconds)).toBeLessThan(0.3);
      expect(played.cues).toBe(
        (await readFile(result.subtitlesPath, 'utf8')).split(' --> ').length - 1,
      );
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('writes a poster and reports monotonic progress through every stage', async () => {
    expect((await sharp(result.posterPath).metadata()).format).toBe('jpeg');
    const percents = stages.map(([, p]) => p);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
    expect(new Set(stages.map(([s]) => s))).toEqual(
      new Set(['tts', 'avatar', 'blackboard', 'compose']),
    );
  });

  it('leaves no temp files after success', async () => {
    expect((await readdir(root)).filter((f) => f.startsWith('dogmath-render-'))).toEqual([]);
  });

  it('cleans up and leaves no partial video when FFmpeg fails', async () => {
    const failingOut = join(root, 'failed');
    const saved = renderTools().ffmpegPath;
    configureRenderTools({ ffmpegPath: '/bin/false' });
    try {
      await expect(renderVideo(script, failingOut, { tts, tempRoot: root })).rejects.toThrow();
    } finally {
      configureRenderTools({ ffmpegPath: saved });
    }
    expect((await readdir(root)).filter((f) => f.startsWith('dogmath-render-'))).toEqual([]);
    expect(await readdir(failingOut)).toEqual([]);
  });

  it('kills a hung FFmpeg at the timeout, leaving no process and no temp files', async () => {
    const hungOut = join(root, 'hung');
    const fake = join(root, 'hung-ffmpeg.sh');
    // An "FFmpeg" that never finishes: it records its pid and sleeps.
    await writeFile(fake, `#!/bin/sh\necho $$ >> ${root}/hung.pids\nexec sleep 600\n`, {
      mode: 0o755,
    });
    const saved = renderTools().ffmpegPath;
    configureRenderTools({ ffmpegPath: fake });
    const t0 = Date.now();
    try {
      await expect(
        renderVideo(script, hungOut, { tts, tempRoot: root, ffmpegTimeoutMs: 1500 }),
      ).rejects.toThrow(/did not finish within 1500 ms/);
    } finally {
      configureRenderTools({ ffmpegPath: saved });
    }
    expect(Date.now() - t0).toBeLessThan(30_000);
    const pids = (await readFile(join(root, 'hung.pids'), 'utf8')).trim().split('\n').map(Number);
    expect(pids.length).toBeGreaterThan(0);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow(); // gone, not orphaned
    expect((await readdir(root)).filter((f) => f.startsWith('dogmath-render-'))).toEqual([]);
  });

  it.each([
    ['1920x1080', 1920, 1080],
    ['720x1280', 720, 1280], // a phone held upright
  ])(
    'renders at VIDEO_SIZE=%s too',
    async (setting, width, height) => {
      const p = parseProblemText('Compute: 2 + 3 × 4');
      const small = buildScript(p, solveAndCheck(p.problem), 'en-US', { provider: 'offline' });
      const hd = await renderVideo(small, join(root, setting), {
        tts,
        tempRoot: root,
        size: parseVideoSize(setting),
      });
      const video = (await probe(hd.videoPath)).streams.find((s) => s.codec_type === 'video')!;
      expect(video).toMatchObject({
        width,
        height,
        codec_name: 'h264',
        pix_fmt: 'yuv420p',
      });
      // Every scene's board, as seen in the video: chalk lines, none touching the frame's edge.
      const corner = boardGeometry({ width, height }).avatar;
      for (const chapter of hd.chapters) {
        const ink = await measureBoardInk(
          await videoFrameAt(hd.videoPath, chapter.start + 1.2),
          corner,
        );
        expect(ink.lines.length).toBeGreaterThan(0);
        expect(ink.touchesEdge).toBe(false);
      }
    },
    120_000,
  );

  it("renders with Debian's FFmpeg, the one the Docker image uses (FFMPEG_PATH)", async () => {
    const saved = renderTools().ffmpegPath;
    configureRenderTools({ ffmpegPath: '/usr/bin/ffmpeg' });
    try {
      const p = parseProblemText('Compute: 7 × 6');
      const small = buildScript(p, solveAndCheck(p.problem), 'en-US', { provider: 'offline' });
      const debian = await renderVideo(small, join(root, 'debian'), { tts, tempRoot: root });
      const info = await probe(debian.videoPath);
      // Newer FFmpeg also writes the chapters as a QuickTime chapter track (bin_data).
      expect(info.streams.map((s) => s.codec_name)).toEqual(
        expect.arrayContaining(['aac', 'h264', 'mov_text']),
      );
      expect(info.chapters.map((c) => c.tags.title)).toEqual(small.scenes.map((s) => s.caption));
      expect(Math.abs(Number(info.format.duration) - debian.durationSeconds)).toBeLessThan(0.3);
    } finally {
      configureRenderTools({ ffmpegPath: saved });
    }
  }, 120_000);

  it.each(['big', '1279x720', '100x100'])('refuses VIDEO_SIZE=%s, naming it', (setting) => {
    expect(() => parseVideoSize(setting)).toThrow(/^VIDEO_SIZE must look like/);
  });
});
