import type { JobsOptions } from 'bullmq';

/**
 * The queues' contract, owned by the queue layer: names, payloads, ids and options. Jobs
 * (producers, processors), health and the admin board read it from here.
 */

/** The design's queue payloads (snake_case, as other services rely on them). */
export interface Image2JsonPayload {
  job_id: string;
  /** Null for a typed problem (the text is on the job row). */
  image_key: string | null;
}
export interface Json2VideoPayload {
  job_id: string;
  json_key: string;
}
export const IMAGE2JSON = 'image2json';
export const JSON2VIDEO = 'json2video';
/** Housekeeping (the reconciler), run by whichever worker takes each scheduled tick. */
export const MAINTENANCE = 'maintenance';

/**
 * Deterministic BullMQ ids, so enqueueing twice (a retry, a reconciler) never duplicates
 * work. Custom ids must not be all digits nor contain ':'; a UUID with a prefix is neither.
 */
export const queueJobId = (queue: string, jobId: string) => `${queue}-${jobId}`;

/** What every worker log line about a delivery carries (pino merges it into the JSON line). */
export const deliveryFields = (job: {
  queueName: string;
  id?: string;
  data: { job_id: string };
}) => ({
  queue: job.queueName,
  bullId: job.id,
  jobId: job.data.job_id,
});

/** Three tries with backoff; finished entries are trimmed (Postgres keeps the history). */
export const JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
