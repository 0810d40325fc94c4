import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Job } from 'bullmq';
import { Environment } from '../config/environment';
import { deferWhileClaimed, whileClaimed } from './claim';
import { JobEntity, JobStage, JobStatus } from './entities/job.entity';
import { JobFailuresService } from './job-failures.service';
import { JobsRepository } from './jobs.repository';
import { deliveryFields } from '../queue/queue.contracts';
import { WorkerMetricsService } from './worker-metrics.service';

/** What distinguishes one pipeline stage's processor from the other. */
export interface StageSpec {
  queue: 'image2json' | 'json2video';
  /** The row status this stage works from. */
  status: JobStatus;
  /** The row's stage while it is claimed. */
  firstStage: JobStage;
  concurrency: (env: Environment) => number;
}

/**
 * One delivery of a pipeline stage, the same for both queues: claim the row (with a
 * lease), or wait for another worker's lease to lapse, or treat it as already handled;
 * work while renewing the lease; count and time it. After the last attempt BullMQ's
 * `failed` event fails the row. On SIGTERM the worker finishes its active jobs first.
 */
export abstract class StageProcessor<P extends { job_id: string }>
  extends WorkerHost
  implements OnApplicationBootstrap, OnModuleDestroy
{
  protected abstract readonly spec: StageSpec;
  private readonly log = new Logger('StageProcessor');

  constructor(
    protected readonly jobs: JobsRepository,
    private readonly failures: JobFailuresService,
    private readonly metrics: WorkerMetricsService,
    protected readonly env: Environment,
  ) {
    super();
  }

  /** The stage's work on a claimed row. */
  protected abstract work(job: Job<P>, row: JobEntity): Promise<void>;

  /** A delivery that found the stage already done (by an earlier delivery). */
  protected async alreadyHandled(_job: Job<P>): Promise<void> {}

  /** After the work, outside the claim (e.g. queue the next stage). */
  protected async afterWork(_job: Job<P>): Promise<void> {}

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.spec.concurrency(this.env);
  }

  /**
   * SIGTERM: stop taking jobs and let the active ones finish, before anything they use
   * (speech processes, OCR, Postgres, Redis) is torn down in the later shutdown phase.
   */
  onModuleDestroy(): Promise<void> {
    return this.worker.close();
  }

  async process(job: Job<P>, token?: string): Promise<void> {
    const { status, firstStage, queue } = this.spec;
    const lease = this.env.JOB_LOCK_SECONDS;
    const row = await this.jobs.claim(job.data.job_id, status, firstStage, lease);
    if (!row) {
      // Another worker holds it: look again when its lease lapses. Else it is done.
      await deferWhileClaimed(this.jobs, job, token, status);
      this.metrics.deliveries.inc({ queue, outcome: 'skipped' });
      return this.alreadyHandled(job);
    }
    this.log.log({ ...deliveryFields(job), attempt: row.attempts }, 'claimed');
    const timer = this.metrics.stageSeconds.startTimer({ stage: queue });
    await whileClaimed(this.jobs, row.id, lease, () => this.work(job, row));
    timer();
    this.metrics.deliveries.inc({ queue, outcome: 'done' });
    await this.afterWork(job);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<P> | undefined, error: Error): Promise<void> {
    return this.failures.attemptFailed(job, error);
  }
}
