import { PipelineError } from '../pipeline/errors';

/**
 * Who a failure is down to, which decides retries and refunds:
 * - `input`: the student's problem can never succeed (unreadable, unsupported, too large,
 *   refused by the checker): fails at once, the video stays spent.
 * - `operator`: our configuration or a service we run (a rejected or unreachable model
 *   endpoint): never the student's cost, refunded. A rejected key is not retried.
 * - `unclear`: a photo the recogniser could not read with confidence, sent without the
 *   confirmation step: refused at once and refunded (the student did nothing wrong; typing
 *   it or confirming the reading will work).
 * - `model`: the model answered badly (a reply that is not a valid script, an answer the
 *   CAS disproves). Each retry is another paid call, so retries come from a per-user daily
 *   budget; within it the job is retried and refunded if all attempts fail, past it the
 *   job fails at once and is charged — a student cannot farm free model calls.
 */
export type FailureOwner = 'input' | 'operator' | 'model' | 'unclear';

const OPERATOR_CODES = new Set(['PROVIDER_REJECTED', 'PROVIDER_UNAVAILABLE']);
const MODEL_CODES = new Set(['INVALID_SCRIPT', 'ANSWER_CHECK_FAILED']);

export function failureOwner(e: PipelineError): FailureOwner {
  if (OPERATOR_CODES.has(e.code)) return 'operator';
  if (e.code === 'UNCLEAR_READING') return 'unclear';
  if (MODEL_CODES.has(e.code) && !e.permanent) return 'model';
  return 'input';
}

export type FailureDecision =
  /** Throw it on: BullMQ retries, and a last failure is refunded (JobFailuresService). */
  | { action: 'retry' }
  /** Fail the row now; `refund` says whether the video comes back. */
  | { action: 'fail'; refund: boolean };

/**
 * What to do with a PipelineError in image2json. `retriesUsed` counts the user's extra
 * attempts in the last day (this one included), asked only for a model fault (it is a
 * query); `lastAttempt`: BullMQ will not retry anyway.
 */
export async function decideFailure(
  e: PipelineError,
  retry: { retriesUsed: () => Promise<number>; budget: number; lastAttempt: boolean },
): Promise<FailureDecision> {
  const owner = failureOwner(e);
  if (owner === 'input') return { action: 'fail', refund: false };
  if (owner === 'unclear') return { action: 'fail', refund: true };
  if (owner === 'operator')
    return e.permanent ? { action: 'fail', refund: true } : { action: 'retry' };
  if (retry.lastAttempt || (await retry.retriesUsed()) < retry.budget) return { action: 'retry' };
  return { action: 'fail', refund: false };
}
