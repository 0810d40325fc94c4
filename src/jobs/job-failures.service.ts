import { Injectable, Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { failureMessage, triesMade } from './failure-message';
import { JobProgressService } from './job-progress.service';
import { JobsRepository } from './jobs.repository';
import { WorkerMetricsService } from './worker-metrics.service';
import { deliveryFields, queueJobId } from '../queue/queue.contracts';

/**
 * BullMQ's `failed` event for either queue: after the last attempt the row becomes FAILED
 * with a readable message and the quota goes back (a system failure). Our own
 * unrecoverable errors (the student's problem) failed the row where they were thrown, so
 * the compare-and-set makes this a no-op for them; BullMQ's (started or stalled too many
 * times: the worker kept dying) fail it here, refunded.
 */
@Injectable()
export class JobFailuresService {
  private readonly logger = new Logger('JobFailures');

  constructor(
    private readonly jobs: JobsRepository,
    private readonly progress: JobProgressService,
    private readonly metrics: WorkerMetricsService,
  ) {}

  async attemptFailed(job: Job<{ job_id: string }> | undefined, error: Error): Promise<void> {
    if (!job) return;
    this.metrics.deliveries.inc({ queue: job.queueName, outcome: 'failed' });
    const id = job.data.job_id;
    // Only the job's own queue entry speaks for it: a stray duplicate failing says nothing.
    if (job.id !== queueJobId(job.queueName, id)) return;
    this.logger.warn(
      { ...deliveryFields(job), attempt: job.attemptsMade, error: error.message },
      'attempt failed',
    );
    if (error.name !== 'UnrecoverableError' && job.attemptsMade < (job.opts.attempts ?? 1)) return;
    const row = await this.jobs.findById(id);
    if (!row) return;
    const message = failureMessage(error, row.lang, triesMade(job));
    await this.progress.fail(row, message, true);
  }
}
