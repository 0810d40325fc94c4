import { Injectable } from '@nestjs/common';
import { ProgressPublisher } from '../progress/progress.publisher';
import { JobStage, JobStatus } from './entities/job.entity';
import { JobsRepository } from './jobs.repository';

/** How often a job's row is written while it runs (events go out every time). */
const PERSIST_EVERY_MS = 1000;

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
      this.persisted.set(jobId, { at: now, stage });
      // Progress is advisory: a failed write must not fail (or crash) the job.
      await this.jobs.progress(jobId, stage, percent).catch(() => undefined);
    }
    const signature = `${status}/${stage}/${percent}`;
    if (this.published.get(jobId) === signature) return;
    this.published.set(jobId, signature);
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

  /** After the row has reached a final or next state: announce it and forget the job. */
  async announce(
    jobId: string,
    status: JobStatus,
    stage: JobStage,
    percent: number,
    error: string | null = null,
  ): Promise<void> {
    if (status === 'FINISHED' || status === 'FAILED') {
      this.persisted.delete(jobId);
      this.published.delete(jobId);
    } else this.published.set(jobId, `${status}/${stage}/${percent}`);
    await this.publisher.publish({ job_id: jobId, status, stage, percent, error });
  }
}
