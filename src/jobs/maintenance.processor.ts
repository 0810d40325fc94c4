import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Environment } from '../config/environment';
import { MAINTENANCE } from './queues';
import { ReconcilerService } from './reconciler.service';

/**
 * Runs the reconciler on a BullMQ job scheduler: every worker declares the same schedule
 * (upsert, so replicas agree), and each tick is one job, taken by exactly one worker.
 */
@Processor(MAINTENANCE)
export class MaintenanceProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly reconciler: ReconcilerService,
    @InjectQueue(MAINTENANCE) private readonly queue: Queue,
    private readonly env: Environment,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'reconcile',
      { every: this.env.RECONCILE_EVERY_SECONDS * 1000 },
      { name: 'reconcile', opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }

  process(): Promise<unknown> {
    return this.reconciler.run();
  }
}
