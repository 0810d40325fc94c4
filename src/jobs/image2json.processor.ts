import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Job, Queue, UnrecoverableError } from 'bullmq';
import { Environment } from '../config/environment';
import { PipelineError } from '../pipeline/errors';
import { SCRIPT_PROVIDER } from '../pipeline/pipeline.module';
import { ScriptProvider } from '../pipeline/providers/script-provider';
import { answerText } from '../pipeline/script/answer-text';
import { OBJECT_STORAGE, ObjectStorage } from '../storage/object-storage';
import { failureMessage } from './failure-message';
import { deferWhileClaimed, whileClaimed } from './claim';
import { JobEntity } from './entities/job.entity';
import { JobFailuresService } from './job-failures.service';
import { WorkerMetricsService } from './worker-metrics.service';
import { JobProgressService } from './job-progress.service';
import { JobsRepository } from './jobs.repository';
import { objectKeys } from './object-keys';
import {
  IMAGE2JSON,
  Image2JsonPayload,
  JOB_OPTIONS,
  JSON2VIDEO,
  Json2VideoPayload,
  queueJobId,
  deliveryFields,
} from './queues';
import { workerOptions } from './worker-options';

/** image2json: photo or text → checked MVS JSON in storage → queued for json2video. */
@Processor(IMAGE2JSON, workerOptions())
export class Image2JsonProcessor
  extends WorkerHost
  implements OnApplicationBootstrap, OnModuleDestroy
{
  private readonly logger = new Logger('image2json');

  constructor(
    private readonly jobs: JobsRepository,
    private readonly progress: JobProgressService,
    private readonly failures: JobFailuresService,
    private readonly metrics: WorkerMetricsService,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    @Inject(SCRIPT_PROVIDER) private readonly provider: ScriptProvider,
    @InjectQueue(JSON2VIDEO) private readonly json2video: Queue<Json2VideoPayload>,
    private readonly env: Environment,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.env.IMAGE2JSON_CONCURRENCY;
  }

  /**
   * SIGTERM: stop taking jobs and let the active ones finish, before anything they use
   * (speech processes, OCR, Postgres, Redis) is torn down in the later shutdown phase.
   */
  onModuleDestroy(): Promise<void> {
    return this.worker.close();
  }

  async process(job: Job<Image2JsonPayload>, token?: string): Promise<void> {
    const id = job.data.job_id;
    const lease = this.env.JOB_LOCK_SECONDS;
    const row = await this.jobs.claim(id, 'WAIT_IMAGE2JSON', 'recognize', lease);
    if (!row) {
      await deferWhileClaimed(this.jobs, job, token, 'WAIT_IMAGE2JSON');
      return this.alreadyHandled(id);
    }
    this.logger.log({ ...deliveryFields(job), attempt: row.attempts }, 'claimed');
    const timer = this.metrics.stageSeconds.startTimer({ stage: 'image2json' });
    await whileClaimed(this.jobs, id, lease, () => this.solve(job, row));
    timer();
    this.metrics.deliveries.inc({ queue: 'image2json', outcome: 'done' });
    await this.queueRender(id, objectKeys(id).script);
  }

  /** Problem → checked script in storage → WAIT_JSON2VIDEO. */
  private async solve(job: Job<Image2JsonPayload>, row: JobEntity): Promise<void> {
    const id = row.id;
    await this.progress.report(id, row.status, 'recognize', Math.max(row.percent, 2));
    let script;
    try {
      const image = row.imageKey ? await this.storage.get(row.imageKey) : undefined;
      script = await this.provider.createScript({
        image,
        text: row.inputText ?? undefined,
        lang: row.lang,
      });
    } catch (e) {
      if (e instanceof PipelineError && e.permanent) {
        // The problem itself cannot succeed (unreadable, unsupported): fail now, no retries.
        const message = failureMessage(e, row.lang, job.attemptsMade + 1);
        if (await this.jobs.failed(id, message, false))
          await this.progress.announce(id, 'FAILED', 'failed', row.percent, message);
        throw new UnrecoverableError(message);
      }
      throw e;
    }
    await this.progress.report(id, row.status, 'solve', 18);
    const key = objectKeys(id).script;
    await this.storage.put(key, Buffer.from(JSON.stringify(script, null, 2)), 'application/json');
    if (await this.jobs.scriptWritten(id, key, answerText(script), 20))
      await this.progress.announce(id, 'WAIT_JSON2VIDEO', 'tts', 20);
  }

  /** A second delivery: make sure the next stage is queued if this one is done. */
  private async alreadyHandled(id: string): Promise<void> {
    const current = await this.jobs.findById(id);
    if (current?.status === 'WAIT_JSON2VIDEO' && current.jsonKey)
      await this.queueRender(id, current.jsonKey);
    // Still waiting but locked: another delivery is claiming it this instant and will do the
    // work (if that worker dies, the stall check or the reconciler brings the job back).
  }

  private queueRender(id: string, jsonKey: string) {
    return this.json2video.add(
      JSON2VIDEO,
      { job_id: id, json_key: jsonKey },
      { ...JOB_OPTIONS, jobId: queueJobId(JSON2VIDEO, id) },
    );
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<Image2JsonPayload> | undefined, error: Error): Promise<void> {
    return this.failures.attemptFailed(job, error);
  }
}
