import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDiskStorage } from '../src/storage/local.storage';
import { ObjectNotFoundError, ObjectStorage } from '../src/storage/object-storage';
import { S3Storage } from '../src/storage/s3.storage';
import { startS3Server } from './helpers/s3-server';
import { localStorageWithLinks } from './helpers/local-links';

/** Each driver with a way to open the links it signs, as a browser would. */
interface Driver {
  storage: ObjectStorage;
  close: () => Promise<void>;
}

const drivers: [string, () => Promise<Driver>][] = [
  [
    's3 (S3-compatible server)',
    async () => {
      const s3 = await startS3Server();
      const storage = new S3Storage({
        endpoint: s3.endpoint,
        accessKey: s3.accessKey,
        secretKey: s3.secretKey,
        bucket: 'dogmath-storage-test',
        region: 'us-east-1',
      });
      return { storage, close: s3.close };
    },
  ],
  [
    'local disk',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'dogmath-storage-'));
      const served = await localStorageWithLinks(dir, 'storage-test-key-storage-test-key');
      return {
        storage: served.storage,
        close: async () => {
          await served.close();
          await rm(dir, { recursive: true, force: true });
        },
      };
    },
  ],
];

describe.each(drivers)('object storage: %s', (_, make) => {
  let driver: Driver;
  let storage: ObjectStorage;
  beforeAll(async () => {
    driver = await make();
    storage = driver.storage;
    await storage.ensureReady();
    await storage.ensureReady(); // idempotent: the bucket/folder already exists
  });
  afterAll(() => driver.close());

  it('puts, gets, checks and removes objects', async () => {
    await storage.put('scripts/a.json', Buffer.from('{"a":1}'), 'application/json');
    expect((await storage.get('scripts/a.json')).toString()).toBe('{"a":1}');
    expect(await storage.exists('scripts/a.json')).toBe(true);
    await storage.remove('scripts/a.json');
    expect(await storage.exists('scripts/a.json')).toBe(false);
    await expect(storage.get('scripts/a.json')).rejects.toThrow(ObjectNotFoundError);
  });

  it('uploads and downloads files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dogmath-storage-files-'));
    try {
      const body = Buffer.alloc(3 * 1024 * 1024, 7);
      await writeFile(join(dir, 'in.mp4'), body);
      await storage.putFile('videos/final_x.mp4', join(dir, 'in.mp4'), 'video/mp4');
      await storage.download('videos/final_x.mp4', join(dir, 'out.mp4'));
      expect((await readFile(join(dir, 'out.mp4'))).equals(body)).toBe(true);
      await expect(storage.download('videos/missing.mp4', join(dir, 'x'))).rejects.toThrow(
        ObjectNotFoundError,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('signs links that open the object, as an attachment when asked, and expire', async () => {
    await storage.put('videos/p.jpg', Buffer.from('jpeg bytes'), 'image/jpeg');
    const preview = await fetch(await storage.signedUrl('videos/p.jpg', 3600));
    expect(preview.status).toBe(200);
    expect(await preview.text()).toBe('jpeg bytes');
    const download = await fetch(
      await storage.signedUrl('videos/p.jpg', 3600, { downloadName: 'answer.jpg' }),
    );
    expect(download.headers.get('content-disposition')).toMatch(
      /attachment; filename="?answer\.jpg/,
    );
    const short = await storage.signedUrl('videos/p.jpg', 1);
    await new Promise((r) => setTimeout(r, 2100));
    expect((await fetch(short)).status).toBeGreaterThanOrEqual(400);
  });

  it('refuses keys it would not make', async () => {
    for (const key of ['../etc/passwd', '/abs', 'a//b', 'a/../b', 'with space'])
      await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(/invalid/);
  });
});

describe('local links', () => {
  it('cannot be forged or stretched', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dogmath-links-'));
    const storage = new LocalDiskStorage(dir, 'http://x', 'storage-test-key-storage-test-key');
    await storage.put('videos/v.mp4', Buffer.from('v'), 'video/mp4');
    const url = new URL(await storage.signedUrl('videos/v.mp4', 60));
    const params = {
      expires: Number(url.searchParams.get('expires')),
      sig: url.searchParams.get('sig')!,
    };
    expect(storage.verify('videos/v.mp4', params)).toBe(true);
    expect(storage.verify('videos/w.mp4', params)).toBe(false);
    expect(storage.verify('videos/v.mp4', { ...params, expires: params.expires + 3600 })).toBe(
      false,
    );
    expect(
      storage.verify('videos/v.mp4', {
        ...params,
        sig: params.sig.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')),
      }),
    ).toBe(false);
    expect(storage.verify('videos/v.mp4', { ...params, download: 'x.mp4' })).toBe(false);
    await rm(dir, { recursive: true, force: true });
  });
});
