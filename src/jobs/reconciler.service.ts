import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Environment } from '../config/environment';
import { JobEntity } from './entities/job.entity';
import { failureMessage, triesMade } from './failure-message';
import { JobProgressService } from './job-progress.service';
import { JobsRepository } from './jobs.repository';
import { IMAGE2JSON, JOB_OPTIONS, JSON2VIDEO, queueJobId } from './queues';

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
    @InjectQueue(IMAGE2JSON) private readonly image2json: Queue,
    @InjectQueue(JSON2VIDEO) private readonly json2video: Queue,
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
    const [queue, name, payload] =
      row.status === 'WAIT_IMAGE2JSON'
        ? [this.image2json, IMAGE2JSON, { job_id: row.id, image_key: row.imageKey }]
        : [this.json2video, JSON2VIDEO, { job_id: row.id, json_key: row.jsonKey }];
    const id = queueJobId(name, row.id);
    const entry = await queue.getJob(id);
    const state = entry ? await entry.getState() : 'missing';
    if (state === 'failed') {
      const message = failureMessage(new Error(entry!.failedReason), row.lang, triesMade(entry!));
      await this.progress.fail(row, message, true);
      return 'failed';
    }
    if (state === 'missing' || state === 'completed' || state === 'unknown') {
      // A finished entry would make BullMQ ignore a new add with the same id.
      if (entry) await entry.remove().catch(() => undefined);
      await queue.add(name, payload, { ...JOB_OPTIONS, jobId: id });
      return 'requeued';
    }
    return 'running';
  }
}
