import { EspeakTtsProvider } from './espeak.tts';
import { HttpTtsProvider } from './http.tts';
import { TtsProvider } from './tts';

export class TtsConfigError extends Error {}

/** The speech settings, as the validated environment holds them. */
export interface TtsSettings {
  TTS_PROVIDER?: string;
  TTS_BASE_URL?: string;
  TTS_API_KEY?: string;
  TTS_MODEL?: string;
  TTS_VOICE_ZH?: string;
  TTS_VOICE_EN?: string;
  TTS_TIMEOUT_MS?: number | string;
}

/** TTS_PROVIDER=espeak (default, offline) or http (OpenAI-compatible /audio/speech). */
export function createTtsProvider(env: TtsSettings): TtsProvider {
  const kind = env.TTS_PROVIDER ?? 'espeak';
  if (kind === 'espeak') return new EspeakTtsProvider();
  if (kind !== 'http')
    throw new TtsConfigError(`TTS_PROVIDER must be "espeak" or "http", not "${kind}"`);
  for (const key of ['TTS_BASE_URL', 'TTS_API_KEY'] as const)
    if (!env[key]) throw new TtsConfigError(`${key} must be set when TTS_PROVIDER=http`);
  const timeoutMs = Number(env.TTS_TIMEOUT_MS ?? 60_000);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new TtsConfigError('TTS_TIMEOUT_MS must be a positive number of milliseconds');
  return new HttpTtsProvider({
    baseUrl: env.TTS_BASE_URL!,
    apiKey: env.TTS_API_KEY!,
    model: env.TTS_MODEL ?? 'tts-1',
    voices: { 'zh-CN': env.TTS_VOICE_ZH ?? 'alloy', 'en-US': env.TTS_VOICE_EN ?? 'alloy' },
    timeoutMs,
  });
}
