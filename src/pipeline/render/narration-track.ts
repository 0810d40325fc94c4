import { monoWav, readWavInfo, silencePcm } from './audio/wav';
import { levelSpeech } from './audio/loudness';
import { LEAD_IN_SECONDS, TAIL_SECONDS } from './timeline';

/** Lead-in silence + levelled speech + tail silence per scene, as one PCM track. */
export function joinNarration(wavs: Buffer[]): Buffer {
  const parts: Buffer[] = [];
  let sampleRate: number | undefined;
  for (const wav of wavs) {
    const info = readWavInfo(wav);
    if (info.channels !== 1) throw new Error('speech must be mono');
    if (sampleRate !== undefined && sampleRate !== info.sampleRate)
      throw new Error('speech sample rates differ between scenes');
    sampleRate = info.sampleRate;
    parts.push(
      silencePcm(LEAD_IN_SECONDS, sampleRate),
      levelSpeech(wav.subarray(info.dataOffset, info.dataOffset + info.dataLength), sampleRate),
      silencePcm(TAIL_SECONDS, sampleRate),
    );
  }
  return monoWav(Buffer.concat(parts), sampleRate ?? 22050);
}
