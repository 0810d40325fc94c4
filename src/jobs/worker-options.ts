import type { WorkerOptions } from 'bullmq';

/**
 * Delivery settings shared by both processors, so that "after 3 tries the job is FAILED"
 * holds whatever the cause: a thrown error is an attempt (JOB_OPTIONS.attempts = 3), and a
 * killed worker is a stall, not a failed attempt — so starts are capped too (3), and
 * stalls may be recovered twice. Read when the processor classes load (a worker process);
 * Environment validates the same variables at start-up.
 */
export function workerOptions(): Partial<WorkerOptions> {
  const seconds = (name: string, fallback: number) => Number(process.env[name] || fallback);
  return {
    lockDuration: seconds('JOB_LOCK_SECONDS', 60) * 1000,
    stalledInterval: seconds('STALLED_CHECK_SECONDS', 30) * 1000,
    maxStalledCount: 2,
    maxStartedAttempts: 3,
  };
}
