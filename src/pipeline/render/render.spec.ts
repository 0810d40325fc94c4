import { readWavInfo, rmsEnvelope, silenceWav } from './audio/wav';
import { buildTimeline, LEAD_IN_SECONDS, TAIL_SECONDS } from './timeline';
import { buildCues, chaptersMetadata, sentences, toWebVtt } from './subtitles';
import { MathVideoScript } from '../script/mvs.types';

const script = (narrations: string[]): MathVideoScript => ({
  version: 1,
  language: 'zh-CN',
  title: 't',
  problem: { text: 'x', latex: 'x', kind: 'linear_equation' },
  answer: { latex: 'x', values: [] },
  scenes: narrations.map((narration, i) => ({
    id: `s${i}`,
    role: 'step',
    narration,
    caption: `第${i + 1}步`,
    board: [],
  })),
  source: { provider: 'test' },
});

describe('wav', () => {
  it('reads the duration of a PCM file', () => {
    expect(readWavInfo(silenceWav(1.5)).durationSeconds).toBeCloseTo(1.5, 3);
  });
  it('measures loudness per window', () => {
    const wav = silenceWav(1);
    const info = readWavInfo(wav);
    for (let i = info.dataLength / 2; i < info.dataLength; i += 2)
      wav.writeInt16LE(i % 4 === 0 ? 16000 : -16000, info.dataOffset + i);
    const env = rmsEnvelope(wav, 0.1);
    expect(env).toHaveLength(10);
    expect(env[0]).toBe(0);
    expect(env[9]).toBeGreaterThan(0.4);
  });
  it('refuses non-WAV data', () => {
    expect(() => readWavInfo(Buffer.from('not a wav file at all, no header here'))).toThrow();
  });
});

describe('timeline', () => {
  it('lets each scene last as long as its speech plus pauses', () => {
    const t = buildTimeline(script(['a', 'b']), [2, 3]);
    expect(t.scenes.map((s) => [s.start, s.speechStart, s.speechEnd])).toEqual([
      [0, LEAD_IN_SECONDS, LEAD_IN_SECONDS + 2],
      [
        2 + LEAD_IN_SECONDS + TAIL_SECONDS,
        2 + 2 * LEAD_IN_SECONDS + TAIL_SECONDS,
        5 + 2 * LEAD_IN_SECONDS + TAIL_SECONDS,
      ],
    ]);
    expect(t.duration).toBeCloseTo(5 + 2 * (LEAD_IN_SECONDS + TAIL_SECONDS), 9);
  });
});

describe('subtitles', () => {
  it('splits sentences in both languages', () => {
    expect(sentences('先去括号。再移项！对吗？')).toEqual(['先去括号。', '再移项！', '对吗？']);
    expect(sentences('Expand 2.5x first. Then move terms.')).toEqual([
      'Expand 2.5x first.',
      'Then move terms.',
    ]);
  });
  it('makes monotonic cues of at most two lines inside each scene', () => {
    const long =
      '我们来解方程三乘以括号x减二等于二x加五。这是一个一元一次方程，目标是把x单独留在等号的一边，然后再检验答案是不是正确的。';
    const t = buildTimeline(script([long, 'Short one.']), [6, 1]);
    const cues = buildCues(t, 'zh-CN');
    for (let i = 0; i < cues.length; i += 1) {
      expect(cues[i].lines.length).toBeLessThanOrEqual(2);
      expect(cues[i].end).toBeGreaterThan(cues[i].start);
      if (i > 0) expect(cues[i].start).toBeGreaterThanOrEqual(cues[i - 1].end - 1e-9);
      expect(cues[i].end).toBeLessThanOrEqual(t.duration);
    }
    const vtt = toWebVtt(cues);
    expect(vtt.startsWith('WEBVTT\n')).toBe(true);
    expect(vtt).toMatch(/00:00:00\.500 --> /);
  });
  it('writes one chapter per scene', () => {
    const meta = chaptersMetadata(
      buildTimeline(script(['a', 'b', 'c']), [1, 1, 1]),
      'Title; with = signs',
    );
    expect(meta.match(/\[CHAPTER\]/g)).toHaveLength(3);
    expect(meta).toContain('title=Title\\; with \\= signs');
  });
});
