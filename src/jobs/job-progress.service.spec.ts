import { JobProgressService, MAX_TRACKED_JOBS } from './job-progress.service';
import type { JobsRepository } from './jobs.repository';
import type { ProgressPublisher } from '../progress/progress.publisher';

describe('JobProgressService memory', () => {
  const published: unknown[] = [];
  const service = () =>
    new JobProgressService(
      { progress: async () => undefined } as unknown as JobsRepository,
      { publish: async (m: unknown) => void published.push(m) } as unknown as ProgressPublisher,
    );

  it('forgets a job when it moves on to the next stage, not only when it ends', async () => {
    const progress = service();
    await progress.report('a', 'WAIT_IMAGE2JSON', 'recognize', 5);
    await progress.report('b', 'WAIT_JSON2VIDEO', 'tts', 30);
    expect(progress.trackedJobs()).toBe(2);
    await progress.announce('a', 'WAIT_JSON2VIDEO', 'tts', 20);
    await progress.announce('b', 'FINISHED', 'done', 100);
    expect(progress.trackedJobs()).toBe(0);
  });

  it('stays bounded when jobs vanish without an announcement (retried elsewhere)', async () => {
    const progress = service();
    for (let i = 0; i < MAX_TRACKED_JOBS * 3; i += 1)
      await progress.report(`job-${i}`, 'WAIT_JSON2VIDEO', 'tts', 30);
    expect(progress.trackedJobs()).toBe(MAX_TRACKED_JOBS);
    // The newest are kept: a repeat of the last event is still not sent twice.
    const before = published.length;
    await progress.report(`job-${MAX_TRACKED_JOBS * 3 - 1}`, 'WAIT_JSON2VIDEO', 'tts', 30);
    expect(published.length).toBe(before);
  });
});
