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
