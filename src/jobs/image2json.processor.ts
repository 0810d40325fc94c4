import { Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { Environment } from '../config/environment';
import { PipelineError } from '../pipeline/errors';
import { SCRIPT_PROVIDER } from './script-provider.module';
import { ScriptProvider } from '../pipeline/providers/script-provider';
import { answerText } from '../pipeline/script/answer-text';
import { OBJECT_STORAGE, ObjectStorage } from '../storage/object-storage';
import { failureMessage } from './failure-message';
import { decideFailure } from './failure-policy';
import { JobEntity } from './entities/job.entity';
import { JobFailuresService } from './job-failures.service';
import { WorkerMetricsService } from './worker-metrics.service';
import { JobProgressService } from './job-progress.service';
import { JobsRepository } from './jobs.repository';
import { objectKeys } from './object-keys';
import { IMAGE2JSON, Image2JsonPayload } from '../queue/queue.contracts';
import { JobProducer } from '../queue/job-producer';
import { StageProcessor, StageSpec } from './stage.processor';
import { workerOptions } from './worker-options';

/** image2json: photo or text → checked MVS JSON in storage → queued for json2video. */
@Processor(IMAGE2JSON, workerOptions())
export class Image2JsonProcessor extends StageProcessor<Image2JsonPayload> {
  protected readonly spec: StageSpec = {
    queue: IMAGE2JSON,
    status: 'WAIT_IMAGE2JSON',
    firstStage: 'recognize',
    concurrency: (env) => env.IMAGE2JSON_CONCURRENCY,
  };

  constructor(
    jobs: JobsRepository,
    failures: JobFailuresService,
    metrics: WorkerMetricsService,
    env: Environment,
    private readonly progress: JobProgressService,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    @Inject(SCRIPT_PROVIDER) private readonly provider: ScriptProvider,
    private readonly producer: JobProducer,
  ) {
    super(jobs, failures, metrics, env);
  }

  /** Problem → checked script in storage → WAIT_JSON2VIDEO. */
  protected async work(job: Job<Image2JsonPayload>, row: JobEntity): Promise<void> {
    const id = row.id;
    await this.progress.report(id, row.status, 'recognize', Math.max(row.percent, 2));
    let script;
    try {
      const image = row.imageKey ? await this.storage.get(row.imageKey) : undefined;
      script = await this.provider.createScript({
        image,
        text: row.inputText ?? undefined,
        lang: row.lang,
        task: row.task ?? undefined,
      });
    } catch (e) {
      if (!(e instanceof PipelineError)) throw e;
      const decision = await decideFailure(e, {
        retriesUsed: () => this.jobs.retriesUsedToday(row.userId),
        budget: this.env.LLM_RETRIES_PER_USER_PER_DAY,
        lastAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
      });
      if (decision.action === 'retry') throw e;
      // Fail now, no retries: refunded only when the fault was ours (failure-policy.ts).
      const message = failureMessage(e, row.lang, job.attemptsMade + 1);
      await this.progress.fail(row, message, decision.refund);
      throw new UnrecoverableError(message);
    }
    await this.progress.report(id, row.status, 'solve', 18);
    const key = objectKeys(id).script;
    await this.storage.put(key, Buffer.from(JSON.stringify(script, null, 2)), 'application/json');
    if (await this.jobs.scriptWritten(id, key, answerText(script), 20))
      await this.progress.announce(id, 'WAIT_JSON2VIDEO', 'tts', 20);
  }

  protected override async afterWork(job: Job<Image2JsonPayload>): Promise<void> {
    await this.queueRender(job.data.job_id, objectKeys(job.data.job_id).script);
  }

  /** A second delivery: make sure the next stage is queued if this one is done. */
  protected override async alreadyHandled(job: Job<Image2JsonPayload>): Promise<void> {
    const current = await this.jobs.findById(job.data.job_id);
    if (current?.status === 'WAIT_JSON2VIDEO' && current.jsonKey)
      await this.queueRender(current.id, current.jsonKey);
  }

  private queueRender(id: string, jsonKey: string) {
    return this.producer.json2video(id, jsonKey);
  }
}
