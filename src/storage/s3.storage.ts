import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Client } from 'minio';
import { ObjectNotFoundError, ObjectStorage, assertValidKey, safeFileName } from './object-storage';

export interface S3Settings {
  endpoint: string;
  /** The address browsers use, if different (presigned links are signed for this host). */
  publicEndpoint?: string;
  accessKey: string;
  secretKey: string;
  bucket: string;
  region: string;
}

function client(url: string, s: S3Settings): Client {
  const u = new URL(url);
  const useSSL = u.protocol === 'https:';
  return new Client({
    endPoint: u.hostname,
    port: u.port ? Number(u.port) : useSSL ? 443 : 80,
    useSSL,
    accessKey: s.accessKey,
    secretKey: s.secretKey,
    region: s.region,
    pathStyle: true,
  });
}

const isMissing = (e: unknown) =>
  ['NoSuchKey', 'NotFound', 'NoSuchObject'].includes((e as { code?: string }).code ?? '');

/** MinIO, AWS S3 or any S3-compatible store, through the `minio` client. */
export class S3Storage implements ObjectStorage {
  readonly driver = 's3';
  private readonly client: Client;
  private readonly signer: Client;

  constructor(private readonly s: S3Settings) {
    this.client = client(s.endpoint, s);
    this.signer = s.publicEndpoint ? client(s.publicEndpoint, s) : this.client;
  }

  async ensureReady(): Promise<void> {
    if (!(await this.client.bucketExists(this.s.bucket))) {
      await this.client.makeBucket(this.s.bucket, this.s.region).catch(async (e: unknown) => {
        // Another replica created it first.
        if (!(await this.client.bucketExists(this.s.bucket))) throw e;
      });
    }
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    assertValidKey(key);
    await this.client.putObject(this.s.bucket, key, body, body.length, {
      'Content-Type': contentType,
    });
  }

  async putFile(key: string, path: string, contentType: string): Promise<void> {
    assertValidKey(key);
    await this.client.fPutObject(this.s.bucket, key, path, { 'Content-Type': contentType });
  }

  async get(key: string): Promise<Buffer> {
    assertValidKey(key);
    try {
      const stream = await this.client.getObject(this.s.bucket, key);
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    } catch (e) {
      if (isMissing(e)) throw new ObjectNotFoundError(key);
      throw e;
    }
  }

  async download(key: string, path: string): Promise<void> {
    assertValidKey(key);
    try {
      // Streamed to the file (minio's fGetObject trips over its own temporary part file).
      await pipeline(await this.client.getObject(this.s.bucket, key), createWriteStream(path));
    } catch (e) {
      if (isMissing(e)) throw new ObjectNotFoundError(key);
      throw e;
    }
  }

  async exists(key: string): Promise<boolean> {
    assertValidKey(key);
    try {
      await this.client.statObject(this.s.bucket, key);
      return true;
    } catch (e) {
      if (isMissing(e)) return false;
      throw e;
    }
  }

  async remove(key: string): Promise<void> {
    assertValidKey(key);
    await this.client.removeObject(this.s.bucket, key);
  }

  async signedUrl(
    key: string,
    ttlSeconds: number,
    options: { downloadName?: string } = {},
  ): Promise<string> {
    assertValidKey(key);
    const headers: Record<string, string> = {};
    if (options.downloadName)
      headers['response-content-disposition'] =
        `attachment; filename="${safeFileName(options.downloadName)}"`;
    return this.signer.presignedGetObject(this.s.bucket, key, ttlSeconds, headers);
  }
}
