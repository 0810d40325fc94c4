import { Injectable, Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { failureMessage } from './failure-message';
import { JobProgressService } from './job-progress.service';
import { JobsRepository } from './jobs.repository';

/**
 * BullMQ's `failed` event for either queue: after the last attempt the row becomes FAILED
 * with a readable message and the quota goes back (a system failure). Unrecoverable
 * errors have already failed the row where they were thrown.
 */
@Injectable()
export class JobFailuresService {
  private readonly logger = new Logger('JobFailures');

  constructor(
    private readonly jobs: JobsRepository,
    private readonly progress: JobProgressService,
  ) {}

  async attemptFailed(job: Job<{ job_id: string }> | undefined, error: Error): Promise<void> {
    if (!job) return;
    const id = job.data.job_id;
    this.logger.warn(`${job.queueName} ${id} attempt ${job.attemptsMade}: ${error.message}`);
    if (error.name === 'UnrecoverableError' || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    const row = await this.jobs.findById(id);
    if (!row) return;
    const message = failureMessage(error, row.lang, job.attemptsMade);
    if (await this.jobs.failed(id, message, true))
      await this.progress.announce(id, 'FAILED', 'failed', row.percent, message);
  }
}
