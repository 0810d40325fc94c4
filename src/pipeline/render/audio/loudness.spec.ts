import { PEAK_CEILING_DBFS, SPEECH_LEVEL_DBFS, levelSpeech, measureSpeech } from './loudness';

const RATE = 22050;
const db = (v: number) => 20 * Math.log10(v);

/** A tone of `amplitude` (0..1) for `seconds`, then as long again of silence: speech and a pause. */
function toneThenPause(amplitude: number, seconds = 0.5): Buffer {
  const n = Math.round(RATE * seconds);
  const pcm = Buffer.alloc(n * 4);
  for (let i = 0; i < n; i += 1)
    pcm.writeInt16LE(
      Math.round(amplitude * 32767 * Math.sin((2 * Math.PI * 220 * i) / RATE)),
      i * 2,
    );
  return pcm;
}

describe('speech levelling', () => {
  it.each([0.02, 0.1, 0.3])(
    'brings speech at amplitude %p to the target level, measured over voiced windows only',
    (amplitude) => {
      const levelled = measureSpeech(levelSpeech(toneThenPause(amplitude), RATE), RATE);
      expect(db(levelled.rms)).toBeCloseTo(SPEECH_LEVEL_DBFS, 0);
      expect(db(levelled.peak)).toBeLessThanOrEqual(PEAK_CEILING_DBFS + 0.01);
    },
  );

  it('keeps a spiky clip under the ceiling rather than reaching the target', () => {
    const pcm = toneThenPause(0.05);
    pcm.writeInt16LE(30000, 200); // one click near full scale
    const levelled = measureSpeech(levelSpeech(pcm, RATE), RATE);
    expect(db(levelled.peak)).toBeLessThanOrEqual(PEAK_CEILING_DBFS + 0.01);
    expect(db(levelled.rms)).toBeLessThan(SPEECH_LEVEL_DBFS);
  });

  it('leaves silence silent and does not blow faint noise up to speech level', () => {
    expect(levelSpeech(Buffer.alloc(4410), RATE).every((b) => b === 0)).toBe(true);
    const hiss = toneThenPause(0.0001);
    expect(measureSpeech(levelSpeech(hiss, RATE), RATE).rms).toBe(0);
  });
});
