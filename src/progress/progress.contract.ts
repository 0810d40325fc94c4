/** Published on the Redis channel `progress` by workers, fanned out by every API process. */
export interface ProgressMessage {
  job_id: string;
  percent: number;
  stage: string;
  status: string;
  error?: string | null;
}
export const PROGRESS_CHANNEL = 'progress';
