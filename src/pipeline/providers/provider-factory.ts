import {
  DEFAULT_READER_OPTIONS,
  ProblemReader,
  ProblemReaderOptions,
} from '../sandbox/problem-reader';
import { OfflineScriptProvider } from './offline.provider';
import { LlmScriptProvider } from './llm.provider';
import { ScriptProvider } from './script-provider';

export class ProviderConfigError extends Error {}

/** The model endpoint's settings, as the validated environment holds them. */
export interface LlmSettings {
  LLM_BASE_URL?: string;
  LLM_API_KEY?: string;
  LLM_MODEL?: string;
  LLM_TIMEOUT_MS?: number;
}

/** Builds the configured provider; a missing LLM setting is named, not guessed. */
export function createScriptProvider(
  name: 'offline' | 'llm',
  llm: LlmSettings,
  readerOptions: ProblemReaderOptions = DEFAULT_READER_OPTIONS,
): ScriptProvider {
  const reader = new ProblemReader(readerOptions);
  if (name === 'offline') return new OfflineScriptProvider(reader);
  for (const key of ['LLM_BASE_URL', 'LLM_API_KEY', 'LLM_MODEL'] as const) {
    if (!llm[key]) throw new ProviderConfigError(`${key} must be set to use the LLM provider`);
  }
  return new LlmScriptProvider(
    {
      baseUrl: llm.LLM_BASE_URL!,
      apiKey: llm.LLM_API_KEY!,
      model: llm.LLM_MODEL!,
      timeoutMs: llm.LLM_TIMEOUT_MS ?? 60_000,
    },
    reader,
  );
}
