import { mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Prefix of every job's work folder (the clean-up sweep looks for it). */
export const WORK_FOLDER_PREFIX = 'dogmath-job-';
/**
 * A live job touches its folder this often, so the sweep (which removes folders untouched
 * for an hour) never takes one from under a long render.
 */
const HEARTBEAT_MS = 5 * 60 * 1000;

/** Runs `work` in a fresh temp folder that stays fresh while it runs and is removed after. */
export async function withWorkFolder<T>(
  work: (folder: string) => Promise<T>,
  { root = tmpdir(), heartbeatMs = HEARTBEAT_MS } = {},
): Promise<T> {
  const folder = await mkdtemp(join(root, WORK_FOLDER_PREFIX));
  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(folder, now, now).catch(() => undefined);
  }, heartbeatMs);
  heartbeat.unref();
  try {
    return await work(folder);
  } finally {
    clearInterval(heartbeat);
    await rm(folder, { recursive: true, force: true });
  }
}
