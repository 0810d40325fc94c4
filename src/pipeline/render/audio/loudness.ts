/**
 * Speech levelling done on the PCM we already hold, instead of FFmpeg's loudnorm (which
 * resamples to 192 kHz and cost about a second per short video). Each scene's speech is
 * brought to the same speech level, so loudness stays steady from scene to scene and from
 * one TTS provider to another, and the gain is capped so no sample reaches the ceiling.
 */

/** Target level of the voiced parts, as RMS of full scale (−18 dBFS). */
export const SPEECH_LEVEL_DBFS = -18;
/** No sample may exceed this after levelling (−1.5 dBFS true-ish peak for 16-bit PCM). */
export const PEAK_CEILING_DBFS = -1.5;
/** Windows quieter than this are pauses and do not count towards the speech level. */
const GATE_DBFS = -45;
const WINDOW_SECONDS = 0.05;
/** Never amplify more than this: a near-silent clip is noise, not quiet speech. */
const MAX_GAIN = 20;

const fromDb = (db: number) => 10 ** (db / 20);

export interface SpeechLevel {
  /** RMS of the windows above the gate, 0..1 of full scale; 0 if nothing is voiced. */
  rms: number;
  /** Largest absolute sample, 0..1. */
  peak: number;
}

/** Level of 16-bit mono PCM: gated RMS of its voiced windows, and its peak. */
export function measureSpeech(pcm: Buffer, sampleRate: number): SpeechLevel {
  const samples = Math.floor(pcm.length / 2);
  const window = Math.max(1, Math.round(sampleRate * WINDOW_SECONDS));
  const gate = fromDb(GATE_DBFS) ** 2;
  let voicedSum = 0;
  let voicedCount = 0;
  let peak = 0;
  for (let start = 0; start < samples; start += window) {
    const end = Math.min(samples, start + window);
    let sum = 0;
    for (let i = start; i < end; i += 1) {
      const v = pcm.readInt16LE(i * 2) / 32768;
      sum += v * v;
      peak = Math.max(peak, Math.abs(v));
    }
    if (sum / (end - start) >= gate) {
      voicedSum += sum;
      voicedCount += end - start;
    }
  }
  return { rms: voicedCount ? Math.sqrt(voicedSum / voicedCount) : 0, peak };
}

/** The speech brought to SPEECH_LEVEL_DBFS (a new buffer), its peak kept under the ceiling. */
export function levelSpeech(pcm: Buffer, sampleRate: number): Buffer {
  const { rms, peak } = measureSpeech(pcm, sampleRate);
  if (rms === 0) return Buffer.from(pcm);
  const gain = Math.min(
    fromDb(SPEECH_LEVEL_DBFS) / rms,
    fromDb(PEAK_CEILING_DBFS) / peak,
    MAX_GAIN,
  );
  const out = Buffer.alloc(pcm.length - (pcm.length % 2));
  for (let i = 0; i < out.length; i += 2) {
    out.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(pcm.readInt16LE(i) * gain))), i);
  }
  return out;
}
