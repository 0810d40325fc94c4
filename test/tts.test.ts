import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EspeakTtsProvider } from '../src/pipeline/render/speech/espeak.tts';
import { readWavInfo, rmsEnvelope } from '../src/pipeline/render/audio/wav';

describe('eSpeak NG speech (WebAssembly, offline)', () => {
  const tts = new EspeakTtsProvider();
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dogmath-tts-'));
  });
  afterAll(async () => {
    await tts.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['zh-CN', '两边同时减去 2x，得到 x − 6 = 5。'],
    ['en-US', 'Subtract 2x from both sides: x − 6 = 5.'],
  ] as const)('speaks %s with audible, unclipped audio', async (lang, text) => {
    const out = join(dir, `${lang}.wav`);
    const { seconds } = await tts.synthesize(text, lang, out);
    expect(seconds).toBeGreaterThan(1.5);
    const wav = await readFile(out);
    expect(readWavInfo(wav).durationSeconds).toBeCloseTo(seconds, 6);
    const env = rmsEnvelope(wav, 0.05);
    expect(Math.max(...env)).toBeGreaterThan(0.05);
    expect(Math.max(...env)).toBeLessThan(0.99);
  });

  it('keeps the event loop free while synthesising', async () => {
    let maxGap = 0;
    let last = Date.now();
    const timer = setInterval(() => {
      const now = Date.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
    }, 10);
    await tts.synthesize(
      '我们来检验一下：把 x = 11 代入原方程，左边等于 27，右边也等于 27。',
      'zh-CN',
      join(dir, 'loop.wav'),
    );
    clearInterval(timer);
    expect(maxGap).toBeLessThan(200);
  });
});
