import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { Environment } from '../config/environment';
import { MAINTENANCE } from '../queue/queue.contracts';
import { CleanupService } from './cleanup.service';
import { ReconcilerService } from './reconciler.service';

/**
 * Runs the reconciler and the clean-up on BullMQ job schedulers: every worker declares the same schedule
 * (upsert, so replicas agree), and each tick is one job, taken by exactly one worker.
 */
@Processor(MAINTENANCE)
export class MaintenanceProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly reconciler: ReconcilerService,
    private readonly cleanup: CleanupService,
    @InjectQueue(MAINTENANCE) private readonly queue: Queue,
    private readonly env: Environment,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    const opts = { removeOnComplete: 100, removeOnFail: 100 };
    await this.queue.upsertJobScheduler(
      'reconcile',
      { every: this.env.RECONCILE_EVERY_SECONDS * 1000 },
      { name: 'reconcile', opts },
    );
    await this.queue.upsertJobScheduler(
      'cleanup',
      { every: this.env.CLEANUP_EVERY_SECONDS * 1000 },
      { name: 'cleanup', opts },
    );
    // Whatever a killed predecessor in this container left in its temp folder.
    await this.cleanup.sweepTemp();
  }

  process(job: Job): Promise<unknown> {
    return job.name === 'cleanup' ? this.cleanup.run() : this.reconciler.run();
  }
}
