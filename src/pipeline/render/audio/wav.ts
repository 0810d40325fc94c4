/** Minimal PCM WAV reading: enough to time a scene and to drive the avatar's mouth. */
export interface WavInfo {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** Offset and length of the PCM data chunk. */
  dataOffset: number;
  dataLength: number;
  durationSeconds: number;
}

export class WavFormatError extends Error {}

export function readWavInfo(buf: Buffer): WavInfo {
  if (
    buf.length < 44 ||
    buf.toString('ascii', 0, 4) !== 'RIFF' ||
    buf.toString('ascii', 8, 12) !== 'WAVE'
  )
    throw new WavFormatError('not a RIFF/WAVE file');
  let offset = 12;
  let fmt:
    { channels: number; sampleRate: number; bitsPerSample: number; format: number } | undefined;
  while (offset + 8 <= buf.length) {
    const id = buf.toString('ascii', offset, offset + 4);
    // Streaming encoders (espeak among them) may leave the size as 0 or 0xFFFFFFFF: trust the file.
    let size = buf.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      fmt = {
        format: buf.readUInt16LE(body),
        channels: buf.readUInt16LE(body + 2),
        sampleRate: buf.readUInt32LE(body + 4),
        bitsPerSample: buf.readUInt16LE(body + 14),
      };
    } else if (id === 'data') {
      if (!fmt) throw new WavFormatError('data before fmt');
      if (fmt.format !== 1 || fmt.bitsPerSample !== 16)
        throw new WavFormatError('only 16-bit PCM is supported');
      if (size === 0 || size === 0xffffffff || body + size > buf.length) size = buf.length - body;
      const bytesPerSecond = fmt.sampleRate * fmt.channels * 2;
      return {
        sampleRate: fmt.sampleRate,
        channels: fmt.channels,
        bitsPerSample: 16,
        dataOffset: body,
        dataLength: size,
        durationSeconds: size / bytesPerSecond,
      };
    }
    offset = body + size + (size % 2);
  }
  throw new WavFormatError('no data chunk');
}

/**
 * Loudness per window (RMS of the first channel, 0..1): the avatar's mouth opens with it,
 * and stays shut where it is near zero (pauses).
 */
export function rmsEnvelope(buf: Buffer, windowSeconds: number): number[] {
  const info = readWavInfo(buf);
  const frame = info.channels * 2;
  const samplesPerWindow = Math.max(1, Math.round(info.sampleRate * windowSeconds));
  const total = Math.floor(info.dataLength / frame);
  const out: number[] = [];
  for (let start = 0; start < total; start += samplesPerWindow) {
    let sum = 0;
    const end = Math.min(total, start + samplesPerWindow);
    for (let i = start; i < end; i += 1) {
      const v = buf.readInt16LE(info.dataOffset + i * frame) / 32768;
      sum += v * v;
    }
    out.push(Math.sqrt(sum / Math.max(1, end - start)));
  }
  return out;
}

/** 16-bit mono PCM samples of silence. */
export function silencePcm(seconds: number, sampleRate = 22050): Buffer {
  return Buffer.alloc(Math.round(seconds * sampleRate) * 2);
}

/** Wraps 16-bit mono PCM samples in a WAV header. */
export function monoWav(pcm: Buffer, sampleRate = 22050): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + pcm.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(pcm.length, 40);
  return Buffer.concat([header, pcm]);
}

/** A silent 16-bit mono WAV, for pauses. */
export function silenceWav(seconds: number, sampleRate = 22050): Buffer {
  return monoWav(silencePcm(seconds, sampleRate), sampleRate);
}
