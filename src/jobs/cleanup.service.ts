import { Inject, Injectable, Logger } from '@nestjs/common';
import { readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Environment } from '../config/environment';
import { OBJECT_STORAGE, ObjectStorage } from '../storage/object-storage';
import { JobsRepository } from './jobs.repository';
import { WORK_FOLDER_PREFIX } from './work-folder';

/**
 * Work folders a killed worker could leave behind (a clean exit always removes its own):
 * a job's folder, and a renderer's when it runs on its own (the CLI).
 */
const TEMP_PREFIXES = [WORK_FOLDER_PREFIX, 'dogmath-render-'];
/** A live job touches its folder every few minutes (work-folder.ts): an hour means no owner. */
const TEMP_MAX_AGE_MS = 60 * 60 * 1000;

/**
 * Housekeeping: every object a job owns (the uploaded photo, the script, the video, its
 * subtitles and poster) is deleted VIDEO_RETENTION_DAYS after the job finished or failed,
 * and the row marked expired (scheduled once across replicas); each worker also sweeps stale work
 * folders from its own temp directory at start-up and on every tick it runs.
 */
@Injectable()
export class CleanupService {
  private readonly logger = new Logger('Cleanup');

  constructor(
    private readonly jobs: JobsRepository,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    private readonly env: Environment,
  ) {}

  async run(): Promise<{ expired: number; tempRemoved: number }> {
    const tempRemoved = await this.sweepTemp();
    let expired = 0;
    if (this.env.VIDEO_RETENTION_DAYS > 0) {
      for (const job of await this.jobs.expiring(this.env.VIDEO_RETENTION_DAYS)) {
        // Objects first: a row marked expired never points at a video that still exists.
        const keys = [job.imageKey, job.jsonKey, job.videoKey, job.subtitlesKey, job.posterKey];
        for (const key of keys) if (key) await this.storage.remove(key);
        await this.jobs.markExpired(job.id);
        expired += 1;
      }
    }
    if (expired || tempRemoved) this.logger.log({ expired, tempRemoved }, 'clean-up');
    return { expired, tempRemoved };
  }

  async sweepTemp(root = tmpdir()): Promise<number> {
    let removed = 0;
    for (const name of await readdir(root).catch(() => [] as string[])) {
      if (!TEMP_PREFIXES.some((p) => name.startsWith(p))) continue;
      const path = join(root, name);
      const info = await stat(path).catch(() => null);
      if (info && Date.now() - info.mtimeMs > TEMP_MAX_AGE_MS) {
        await rm(path, { recursive: true, force: true });
        removed += 1;
      }
    }
    return removed;
  }
}
