import {
  DEFAULT_READER_OPTIONS,
  ProblemReader,
  ProblemReaderOptions,
} from '../sandbox/problem-reader';
import { OfflineScriptProvider } from './offline.provider';
import { LlmScriptProvider } from './llm.provider';
import { ScriptProvider } from './script-provider';

export class ProviderConfigError extends Error {}

/** Builds the configured provider; a missing LLM setting is named, not guessed. */
export function createScriptProvider(
  name: 'offline' | 'llm',
  env: NodeJS.ProcessEnv,
  readerOptions: ProblemReaderOptions = readerOptionsFrom(env),
): ScriptProvider {
  const reader = new ProblemReader(readerOptions);
  if (name === 'offline') return new OfflineScriptProvider(reader);
  for (const key of ['LLM_BASE_URL', 'LLM_API_KEY', 'LLM_MODEL']) {
    if (!env[key]) throw new ProviderConfigError(`${key} must be set to use the LLM provider`);
  }
  return new LlmScriptProvider(
    {
      baseUrl: env.LLM_BASE_URL!,
      apiKey: env.LLM_API_KEY!,
      model: env.LLM_MODEL!,
      timeoutMs: positive(env, 'LLM_TIMEOUT_MS', 60_000),
    },
    reader,
  );
}

/** The reader's budgets and threads (SOLVE_TIMEOUT_MS, RECOGNIZE_TIMEOUT_MS, *_THREADS). */
export function readerOptionsFrom(env: NodeJS.ProcessEnv): ProblemReaderOptions {
  const d = DEFAULT_READER_OPTIONS;
  return {
    solveTimeoutMs: positive(env, 'SOLVE_TIMEOUT_MS', d.solveTimeoutMs),
    recognizeTimeoutMs: positive(env, 'RECOGNIZE_TIMEOUT_MS', d.recognizeTimeoutMs),
    solverThreads: positive(env, 'SOLVER_THREADS', d.solverThreads),
    recognizerThreads: positive(env, 'RECOGNIZER_THREADS', d.recognizerThreads),
  };
}

function positive(env: NodeJS.ProcessEnv, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new ProviderConfigError(`${key} must be a positive whole number`);
  return value;
}
