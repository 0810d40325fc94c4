import { access, mkdtemp, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withWorkFolder } from './work-folder';

describe('withWorkFolder', () => {
  it('keeps a long job’s folder fresh for the sweep, and removes it afterwards', async () => {
    const root = await mkdtemp(join(tmpdir(), 'work-folder-spec-'));
    try {
      let folder = '';
      await withWorkFolder(
        async (f) => {
          folder = f;
          const hourAgo = new Date(Date.now() - 3600_000);
          await utimes(f, hourAgo, hourAgo);
          await new Promise((r) => setTimeout(r, 120));
          expect(Date.now() - (await stat(f)).mtimeMs).toBeLessThan(60_000);
        },
        { root, heartbeatMs: 30 },
      );
      expect(folder.startsWith(join(root, 'dogmath-job-'))).toBe(true);
      await expect(access(folder)).rejects.toThrow();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
