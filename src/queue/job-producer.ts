import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import {
  IMAGE2JSON,
  Image2JsonPayload,
  JOB_OPTIONS,
  JSON2VIDEO,
  Json2VideoPayload,
  queueJobId,
} from './queue.contracts';

export type StageQueue = typeof IMAGE2JSON | typeof JSON2VIDEO;

/**
 * The one place that puts a job's stage on its queue: the design's payload, the
 * deterministic id (`<queue>-<job uuid>`, so a second add is a no-op) and JOB_OPTIONS. Used
 * by POST /jobs, by image2json handing over to json2video, and by the reconciler.
 */
@Injectable()
export class JobProducer {
  constructor(
    @InjectQueue(IMAGE2JSON) private readonly image2jsonQueue: Queue<Image2JsonPayload>,
    @InjectQueue(JSON2VIDEO) private readonly json2videoQueue: Queue<Json2VideoPayload>,
  ) {}

  image2json(jobId: string, imageKey: string | null): Promise<Job<Image2JsonPayload>> {
    return this.image2jsonQueue.add(
      IMAGE2JSON,
      { job_id: jobId, image_key: imageKey },
      { ...JOB_OPTIONS, jobId: queueJobId(IMAGE2JSON, jobId) },
    );
  }

  json2video(jobId: string, jsonKey: string): Promise<Job<Json2VideoPayload>> {
    return this.json2videoQueue.add(
      JSON2VIDEO,
      { job_id: jobId, json_key: jsonKey },
      { ...JOB_OPTIONS, jobId: queueJobId(JSON2VIDEO, jobId) },
    );
  }

  /** The stage's queue entry of a job, if Redis still has it. */
  async entry(stage: StageQueue, jobId: string): Promise<Job | undefined> {
    const queue: Queue = stage === IMAGE2JSON ? this.image2jsonQueue : this.json2videoQueue;
    return queue.getJob(queueJobId(stage, jobId));
  }
}
