import { Injectable, Logger } from '@nestjs/common';
import { Environment } from '../config/environment';
import { JobEntity } from './entities/job.entity';
import { failureMessage, triesMade } from './failure-message';
import { JobProgressService } from './job-progress.service';
import { JobsRepository } from './jobs.repository';
import { JobProducer } from '../queue/job-producer';
import { IMAGE2JSON, JSON2VIDEO } from '../queue/queue.contracts';

export type Repair = 'requeued' | 'failed' | 'running';

/**
 * Postgres holds the truth; Redis only carries work. Creating a row and queueing it are not
 * atomic, and Redis can lose its last writes, so a job can be left WAIT_* with no queue
 * entry, or with an entry that failed while no worker saw the event. For every waiting row
 * untouched for STALE_AFTER_SECONDS this looks at its queue entry (deterministic id):
 * missing or finished → queued again under the same id; failed → the row is FAILED with
 * the quota back; waiting or active → left alone.
 */
@Injectable()
export class ReconcilerService {
  private readonly logger = new Logger('Reconciler');

  constructor(
    private readonly jobs: JobsRepository,
    private readonly progress: JobProgressService,
    private readonly producer: JobProducer,
    private readonly env: Environment,
  ) {}

  async run(): Promise<Record<Repair, number>> {
    const counts: Record<Repair, number> = { requeued: 0, failed: 0, running: 0 };
    for (const row of await this.jobs.stale(this.env.STALE_AFTER_SECONDS))
      counts[await this.repair(row)] += 1;
    if (counts.requeued || counts.failed)
      this.logger.warn(`requeued ${counts.requeued}, failed ${counts.failed} stranded jobs`);
    return counts;
  }

  private async repair(row: JobEntity): Promise<Repair> {
    const stage = row.status === 'WAIT_IMAGE2JSON' ? IMAGE2JSON : JSON2VIDEO;
    const entry = await this.producer.entry(stage, row.id);
    const state = entry ? await entry.getState() : 'missing';
    if (state === 'failed') {
      const message = failureMessage(new Error(entry!.failedReason), row.lang, triesMade(entry!));
      await this.progress.fail(row, message, true);
      return 'failed';
    }
    if (state === 'missing' || state === 'completed' || state === 'unknown') {
      // A finished entry would make BullMQ ignore a new add with the same id.
      if (entry) await entry.remove().catch(() => undefined);
      if (stage === IMAGE2JSON) await this.producer.image2json(row.id, row.imageKey);
      else await this.producer.json2video(row.id, row.jsonKey!);
      return 'requeued';
    }
    return 'running';
  }
}
