import type { WorkerOptions } from 'bullmq';
import { validateEnvironment } from '../config/environment';

/**
 * Delivery settings shared by both processors, so that "after 3 tries the job is FAILED"
 * holds whatever the cause: a thrown error is an attempt (JOB_OPTIONS.attempts = 3), and a
 * killed worker is a stall, not a failed attempt — so starts are capped too (3), and
 * stalls may be recovered twice. @Processor takes its options when the class loads, before
 * Nest can inject anything, so the lock settings are read through the same validated
 * Environment (its defaults, its checks) rather than from process.env directly.
 */
export function workerOptions(): Partial<WorkerOptions> {
  const env = validateEnvironment(process.env);
  return {
    lockDuration: env.JOB_LOCK_SECONDS * 1000,
    stalledInterval: env.STALLED_CHECK_SECONDS * 1000,
    maxStalledCount: 2,
    maxStartedAttempts: 3,
  };
}
