import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { freePort } from './free-port';

/**
 * An S3-compatible server in this process (npm `s3rver`), standing in for MinIO or S3.
 * It speaks the S3 REST protocol and checks presigned links' expiry, not their signature.
 * `stop` and `start` take it down and bring it back on the same port with the same data.
 */
export async function startS3Server() {
  const directory = await mkdtemp(join(tmpdir(), 'dogmath-s3-'));
  const port = await freePort();
  let server: S3rver | undefined;
  const start = async () => {
    server = new S3rver({ address: '127.0.0.1', port, silent: true, directory });
    await server.run();
  };
  const stop = async () => {
    await server?.close();
    server = undefined;
  };
  await start();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    accessKey: 'S3RVER',
    secretKey: 'S3RVER',
    start,
    stop,
    close: async () => {
      await stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
