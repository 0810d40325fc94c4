import { MathRecognizer } from '../recognition/math/math.recognizer';
import { OfflineScriptProvider } from './offline.provider';
import { LlmScriptProvider } from './llm.provider';
import { ScriptProvider } from './script-provider';

export class ProviderConfigError extends Error {}

/** Builds the configured provider; a missing LLM setting is named, not guessed. */
export function createScriptProvider(
  name: 'offline' | 'llm',
  env: NodeJS.ProcessEnv,
): ScriptProvider {
  if (name === 'offline') return new OfflineScriptProvider(new MathRecognizer());
  for (const key of ['LLM_BASE_URL', 'LLM_API_KEY', 'LLM_MODEL']) {
    if (!env[key]) throw new ProviderConfigError(`${key} must be set to use the LLM provider`);
  }
  const timeoutMs = Number(env.LLM_TIMEOUT_MS ?? 60_000);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new ProviderConfigError('LLM_TIMEOUT_MS must be a positive number of milliseconds');
  return new LlmScriptProvider({
    baseUrl: env.LLM_BASE_URL!,
    apiKey: env.LLM_API_KEY!,
    model: env.LLM_MODEL!,
    timeoutMs,
  });
}
