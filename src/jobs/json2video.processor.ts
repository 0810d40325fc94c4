import { Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { Job } from 'bullmq';
import { join } from 'node:path';
import { Environment } from '../config/environment';
import { RENDER_SETTINGS, RenderSettings } from './render.module';
import { renderVideo } from '../pipeline/render/render-video';
import { validateScript } from '../pipeline/script/validate-script';
import { OBJECT_STORAGE, ObjectStorage } from '../storage/object-storage';
import { JobFailuresService } from './job-failures.service';
import { WorkerMetricsService } from './worker-metrics.service';
import { JobProgressService } from './job-progress.service';
import { JobsRepository } from './jobs.repository';
import { objectKeys } from './object-keys';
import { JSON2VIDEO, Json2VideoPayload } from '../queue/queue.contracts';
import { StageProcessor, StageSpec } from './stage.processor';
import { withWorkFolder } from './work-folder';
import { workerOptions } from './worker-options';

/** Where the render's own 0–100 lands on the job's bar (image2json took the first 20 %). */
const RENDER_FROM = 20;
const RENDER_TO = 99;

/**
 * json2video: MVS JSON → narrated video, subtitles and poster in storage → FINISHED.
 * Renders are long: the queue lock (JOB_LOCK_SECONDS) is renewed from the event loop,
 * which the render never blocks (speech and encoding run in child processes).
 */
@Processor(JSON2VIDEO, workerOptions())
export class Json2VideoProcessor extends StageProcessor<Json2VideoPayload> {
  protected readonly spec: StageSpec = {
    queue: JSON2VIDEO,
    status: 'WAIT_JSON2VIDEO',
    firstStage: 'tts',
    concurrency: (env) => env.JSON2VIDEO_CONCURRENCY,
  };

  constructor(
    jobs: JobsRepository,
    failures: JobFailuresService,
    metrics: WorkerMetricsService,
    env: Environment,
    private readonly progress: JobProgressService,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    @Inject(RENDER_SETTINGS) private readonly render: RenderSettings,
  ) {
    super(jobs, failures, metrics, env);
  }

  /** Script → video, subtitles and poster in storage → FINISHED. */
  protected async work(job: Job<Json2VideoPayload>): Promise<void> {
    const id = job.data.job_id;
    const script = validateScript(
      JSON.parse((await this.storage.get(job.data.json_key)).toString()),
    );
    await withWorkFolder(async (work) => {
      // The renderer's own scratch folder lives inside the job's, which the heartbeat keeps
      // fresh for the clean-up sweep however long the render takes.
      const out = await renderVideo(script, join(work, 'out'), {
        ...this.render,
        tempRoot: work,
        onProgress: (stage, percent) =>
          void this.progress.report(
            id,
            'WAIT_JSON2VIDEO',
            stage,
            Math.round(RENDER_FROM + ((RENDER_TO - RENDER_FROM) * percent) / 100),
          ),
      });
      const keys = objectKeys(id);
      await Promise.all([
        this.storage.putFile(keys.video, out.videoPath, 'video/mp4'),
        this.storage.putFile(keys.subtitles, out.subtitlesPath, 'text/vtt; charset=utf-8'),
        this.storage.putFile(keys.poster, out.posterPath, 'image/jpeg'),
      ]);
      const done = await this.jobs.finished(id, {
        videoSeconds: out.durationSeconds,
        chapters: out.chapters,
        videoKey: keys.video,
        subtitlesKey: keys.subtitles,
        posterKey: keys.poster,
      });
      if (done) await this.progress.announce(id, 'FINISHED', 'done', 100);
    });
  }
}
