import { Injectable } from '@nestjs/common';
import { ProgressPublisher } from '../progress/progress.publisher';
import { JobStage, JobStatus } from './entities/job.entity';
import { JobsRepository } from './jobs.repository';

/** How often a job's row is written while it runs (events go out every time). */
const PERSIST_EVERY_MS = 1000;
/**
 * Jobs whose last write and event this worker remembers. A job is forgotten when it leaves
 * this worker (next stage, finished, failed); one that vanished otherwise (its worker
 * attempt threw and the retry ran elsewhere) is dropped oldest-first past this many.
 */
export const MAX_TRACKED_JOBS = 1000;

/**
 * A worker's progress for a job: every change is published at once (live bar), the row is
 * written at most once a second and on every stage change (late joiners, other replicas).
 */
@Injectable()
export class JobProgressService {
  private readonly persisted = new Map<string, { at: number; stage: JobStage }>();
  /** The last stage/percent announced per job: a repeat is not sent again. */
  private readonly published = new Map<string, string>();

  constructor(
    private readonly jobs: JobsRepository,
    private readonly publisher: ProgressPublisher,
  ) {}

  async report(jobId: string, status: JobStatus, stage: JobStage, percent: number): Promise<void> {
    const last = this.persisted.get(jobId);
    const now = Date.now();
    if (!last || last.stage !== stage || now - last.at >= PERSIST_EVERY_MS) {
      remember(this.persisted, jobId, { at: now, stage });
      // Progress is advisory: a failed write must not fail (or crash) the job.
      await this.jobs.progress(jobId, stage, percent).catch(() => undefined);
    }
    const signature = `${status}/${stage}/${percent}`;
    if (this.published.get(jobId) === signature) return;
    remember(this.published, jobId, signature);
    await this.publisher.publish({ job_id: jobId, status, stage, percent });
  }

  /**
   * A waiting job → FAILED with `message` (compare-and-set, so only once), the quota given
   * back if `refund`, and the FAILED event sent. `percent` is where the bar stopped.
   */
  async fail(job: { id: string; percent: number }, message: string, refund: boolean) {
    if (await this.jobs.failed(job.id, message, refund))
      await this.announce(job.id, 'FAILED', 'failed', job.percent, message);
  }

  /**
   * After the row has reached a final or next state: announce it and forget the job (the
   * next stage may run on another worker, which keeps its own).
   */
  async announce(
    jobId: string,
    status: JobStatus,
    stage: JobStage,
    percent: number,
    error: string | null = null,
  ): Promise<void> {
    this.persisted.delete(jobId);
    this.published.delete(jobId);
    await this.publisher.publish({ job_id: jobId, status, stage, percent, error });
  }

  /** Jobs remembered now (bounded by MAX_TRACKED_JOBS). */
  trackedJobs(): number {
    return new Set([...this.persisted.keys(), ...this.published.keys()]).size;
  }
}

/** Sets `key` as the newest entry, dropping the oldest past MAX_TRACKED_JOBS. */
function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_TRACKED_JOBS) map.delete(map.keys().next().value!);
}
