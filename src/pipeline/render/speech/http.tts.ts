import { readFile, rm, writeFile } from 'node:fs/promises';
import { Language } from '../../script/mvs.types';
import { readWavInfo } from '../audio/wav';
import { runFfmpeg } from '../ffmpeg';
import { speakMath } from './math-speech';
import { TtsError, TtsProvider } from './tts';
import { postJson } from '../../http/post-json';

/** RIFF….WAVE: the header of a WAV file. */
const isWav = (b: Buffer) =>
  b.length > 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WAVE';

export interface HttpTtsConfig {
  baseUrl: string;
  apiKey: string;
  model: string;
  voices: Record<Language, string>;
  timeoutMs: number;
}

/**
 * An OpenAI-compatible POST /audio/speech endpoint (TTS_BASE_URL, TTS_API_KEY, TTS_MODEL,
 * TTS_VOICE_ZH, TTS_VOICE_EN). Whatever WAV it returns is converted to mono 16-bit 22.05 kHz
 * so every scene's audio joins into one track.
 */
export class HttpTtsProvider implements TtsProvider {
  readonly name = 'http';
  /** Two requests in flight: faster than one, and polite to a rate-limited API. */
  readonly parallelism = 2;

  constructor(private readonly config: HttpTtsConfig) {}

  async synthesize(text: string, lang: Language, outPath: string): Promise<{ seconds: number }> {
    let response: Response;
    try {
      const body = {
        model: this.config.model,
        voice: this.config.voices[lang],
        input: speakMath(text, lang),
        response_format: 'wav',
      };
      response = await postJson(
        this.config.baseUrl,
        'audio/speech',
        this.config.apiKey,
        body,
        this.config.timeoutMs,
      );
    } catch (e) {
      throw new TtsError(`speech service unreachable: ${(e as Error).message}`);
    }
    if (!response.ok) throw new TtsError(`speech service answered HTTP ${response.status}`);
    const audio = Buffer.from(await response.arrayBuffer());
    // Only WAV, and FFmpeg is told so: left to probe, it would also read a playlist or a
    // concat list, which can name local files or URLs for it to fetch.
    if (!isWav(audio)) throw new TtsError('speech service did not answer with WAV audio');
    const raw = `${outPath}.download`;
    await writeFile(raw, audio);
    await runFfmpeg(
      (cmd) =>
        cmd
          .input(raw)
          .inputFormat('wav')
          .outputOptions(['-ac 1', '-ar 22050', '-c:a pcm_s16le'])
          .output(outPath),
      this.config.timeoutMs,
    );
    await rm(raw, { force: true });
    return { seconds: readWavInfo(await readFile(outPath)).durationSeconds };
  }

  async close(): Promise<void> {}
}
