import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/**
 * An S3-compatible server in this process (npm `s3rver`), standing in for MinIO or S3.
 * It speaks the S3 REST protocol and checks presigned links' expiry, not their signature.
 */
export async function startS3Server(): Promise<{
  endpoint: string;
  accessKey: string;
  secretKey: string;
  close: () => Promise<void>;
}> {
  const directory = await mkdtemp(join(tmpdir(), 'dogmath-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  const { port } = (await server.run()) as unknown as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    accessKey: 'S3RVER',
    secretKey: 'S3RVER',
    close: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
