import { DelayedError, Job } from 'bullmq';
import { JobStatus } from './entities/job.entity';
import { JobsRepository } from './jobs.repository';
import { queueJobId } from '../queue/queue.contracts';

/**
 * Runs a stage's work while renewing the row's claim at half its lease, like BullMQ's own
 * lock, so a duplicate delivery cannot start the same work beside it and a dead worker's
 * claim lapses. A failed attempt gives the claim back at once for its retry.
 */
export async function whileClaimed<T>(
  jobs: JobsRepository,
  id: string,
  leaseSeconds: number,
  work: () => Promise<T>,
): Promise<T> {
  const renew = setInterval(
    () => void jobs.renewClaim(id, leaseSeconds).catch(() => undefined),
    leaseSeconds * 500,
  );
  try {
    return await work();
  } catch (e) {
    await jobs.releaseClaim(id).catch(() => undefined);
    throw e;
  } finally {
    clearInterval(renew);
  }
}

/**
 * The job's own queue entry found the stage claimed by another worker (alive, or dead with
 * its lease not yet lapsed, when BullMQ hands a stalled job over): it waits until the lease
 * lapses and looks again, without spending an attempt. Duplicates just stop. Returns
 * normally when there is nothing to wait for.
 */
export async function deferWhileClaimed(
  jobs: JobsRepository,
  job: Job<{ job_id: string }>,
  token: string | undefined,
  expected: JobStatus,
): Promise<void> {
  const heldUntil = await jobs.claimedUntil(job.data.job_id, expected);
  if (!heldUntil || !token || job.id !== queueJobId(job.queueName, job.data.job_id)) return;
  await job.moveToDelayed(heldUntil.getTime() + 500, token);
  throw new DelayedError();
}
