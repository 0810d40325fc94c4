import { PipelineError } from '../pipeline/errors';
import { Language } from '../pipeline/script/mvs.types';

/**
 * The error_msg a student reads. Problems with their input say what to change; anything
 * else says we tried, gave the quota back, and to try later — never internals.
 */
export function failureMessage(error: unknown, lang: Language, attempts: number): string {
  if (error instanceof PipelineError) return error.messageIn(lang);
  return lang === 'zh-CN'
    ? `系统处理失败（已尝试 ${attempts} 次），本次不扣额度，请稍后再试。`
    : `Processing failed after ${attempts} attempts. Your video was not charged; please try again later.`;
}

/**
 * Tries a queue entry made: thrown errors count in attemptsMade, kills (stalls) only in
 * attemptsStarted, and the start refused for passing the cap is not a try.
 */
export function triesMade(job: {
  attemptsMade: number;
  attemptsStarted: number;
  opts: { attempts?: number };
}): number {
  return Math.min(Math.max(job.attemptsMade, job.attemptsStarted), job.opts.attempts ?? 3);
}
