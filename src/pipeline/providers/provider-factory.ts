import {
  DEFAULT_READER_OPTIONS,
  ProblemReader,
  ProblemReaderOptions,
} from '../sandbox/problem-reader';
import { OfflineScriptProvider } from './offline.provider';
import { LlmScriptProvider } from './llm.provider';
import { ScriptProvider } from './script-provider';
import { LlmConfig } from './chat-completions.client';
import { VisionTranscriber } from './vision-transcriber';

export class ProviderConfigError extends Error {}

/** The model endpoint's settings, as the validated environment holds them. */
export interface LlmSettings {
  LLM_BASE_URL?: string;
  LLM_API_KEY?: string;
  LLM_MODEL?: string;
  LLM_TIMEOUT_MS?: number;
  VISION_FALLBACK?: 'on' | 'off';
}

/** Builds the configured provider; a missing LLM setting is named, not guessed. */
export function createScriptProvider(
  name: 'offline' | 'llm',
  llm: LlmSettings,
  readerOptions: ProblemReaderOptions = DEFAULT_READER_OPTIONS,
): ScriptProvider {
  const reader = new ProblemReader(readerOptions);
  const endpoint = llmConfig(llm);
  if (name === 'offline') {
    const fallback = endpoint && llm.VISION_FALLBACK !== 'off';
    return new OfflineScriptProvider(
      reader,
      fallback ? new VisionTranscriber(endpoint) : undefined,
    );
  }
  for (const key of ['LLM_BASE_URL', 'LLM_API_KEY', 'LLM_MODEL'] as const) {
    if (!llm[key]) throw new ProviderConfigError(`${key} must be set to use the LLM provider`);
  }
  return new LlmScriptProvider(endpoint!, reader);
}

/** The endpoint, when all three of LLM_BASE_URL, LLM_API_KEY and LLM_MODEL are set. */
function llmConfig(llm: LlmSettings): LlmConfig | null {
  if (!llm.LLM_BASE_URL || !llm.LLM_API_KEY || !llm.LLM_MODEL) return null;
  return {
    baseUrl: llm.LLM_BASE_URL,
    apiKey: llm.LLM_API_KEY,
    model: llm.LLM_MODEL,
    timeoutMs: llm.LLM_TIMEOUT_MS ?? 60_000,
  };
}
