import { ObjectStorage } from '../storage/object-storage';
import { JobEntity } from './entities/job.entity';

/** Job JSON as product.md defines it (GET /jobs/{id}, items of GET /jobs). */
export interface JobView {
  id: string;
  status: JobEntity['status'];
  stage: JobEntity['stage'];
  percent: number;
  error: string | null;
  lang: JobEntity['lang'];
  /** The task asked for with the job (null: as the problem says). */
  task: JobEntity['task'];
  /** The problem as typed, for text jobs. */
  text: string | null;
  /** The checked answer, once solved. */
  answer: string | null;
  /** True once the video was deleted after the retention period. */
  expired: boolean;
  /** Length of the finished video. */
  videoSeconds: number | null;
  /** The steps as chapters of the video (seconds from the start). */
  chapters: { title: string; start: number }[];
  createdAt: string;
  updatedAt: string;
  result: { video: string; script: string; subtitles: string; poster: string } | null;
}

/** Maps a row to its JSON; finished jobs get signed links valid for `ttlSeconds`. */
export async function toJobView(
  job: JobEntity,
  storage: ObjectStorage,
  ttlSeconds: number,
): Promise<JobView> {
  const finished =
    job.status === 'FINISHED' &&
    !job.expiredAt &&
    job.videoKey &&
    job.jsonKey &&
    job.subtitlesKey &&
    job.posterKey;
  return {
    id: job.id,
    status: job.status,
    stage: job.stage,
    percent: job.percent,
    error: job.errorMsg,
    lang: job.lang,
    task: job.task,
    text: job.inputText,
    answer: job.answerText,
    expired: job.expiredAt !== null,
    videoSeconds: job.videoSeconds,
    chapters: job.chapters ?? [],
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
    result: finished
      ? {
          video: await storage.signedUrl(job.videoKey!, ttlSeconds),
          script: await storage.signedUrl(job.jsonKey!, ttlSeconds),
          subtitles: await storage.signedUrl(job.subtitlesKey!, ttlSeconds),
          poster: await storage.signedUrl(job.posterKey!, ttlSeconds),
        }
      : null,
  };
}
