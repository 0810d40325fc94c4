import { createHmac, timingSafeEqual } from 'node:crypto';
import { access, copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ObjectNotFoundError, ObjectStorage, assertValidKey } from './object-storage';

export interface LocalLinkParams {
  expires: number;
  sig: string;
  download?: string;
}

/**
 * Objects as files under a data directory, for a single machine without an object store.
 * Links point at the API's /files route and carry an HMAC of key, expiry and download
 * name, so they cannot be forged or extended.
 */
export class LocalDiskStorage implements ObjectStorage {
  readonly driver = 'local';
  private readonly root: string;

  constructor(
    root: string,
    private readonly publicUrl: string,
    private readonly signingKey: string | undefined,
  ) {
    this.root = resolve(root);
  }

  pathOf(key: string): string {
    assertValidKey(key);
    return join(this.root, key);
  }

  async ensureReady(): Promise<void> {
    await mkdir(this.root, { recursive: true });
  }

  async put(key: string, body: Buffer, _contentType?: string): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // Write aside, then rename: a reader never sees half an object.
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, body);
    await rename(partial, path);
  }

  async putFile(key: string, source: string, _contentType?: string): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const partial = `${path}.${process.pid}.partial`;
    await copyFile(source, partial);
    await rename(partial, path);
  }

  async get(key: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new ObjectNotFoundError(key);
      throw e;
    }
  }

  async download(key: string, path: string): Promise<void> {
    if (!(await this.exists(key))) throw new ObjectNotFoundError(key);
    await copyFile(this.pathOf(key), path);
  }

  async exists(key: string): Promise<boolean> {
    return access(this.pathOf(key)).then(
      () => true,
      () => false,
    );
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async signedUrl(
    key: string,
    ttlSeconds: number,
    options: { downloadName?: string } = {},
  ): Promise<string> {
    assertValidKey(key);
    const expires = Math.floor(Date.now() / 1000) + ttlSeconds;
    const query = new URLSearchParams({ expires: String(expires) });
    if (options.downloadName) query.set('download', options.downloadName);
    query.set('sig', this.sign(key, expires, options.downloadName));
    return `${this.publicUrl.replace(/\/$/, '')}/files/${key}?${query}`;
  }

  /** True when the link's signature is this server's and it has not expired. */
  verify(key: string, params: LocalLinkParams): boolean {
    if (!Number.isInteger(params.expires) || params.expires < Date.now() / 1000) return false;
    const expected = Buffer.from(this.sign(key, params.expires, params.download), 'hex');
    const given = Buffer.from(params.sig ?? '', 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private sign(key: string, expires: number, download?: string): string {
    if (!this.signingKey) throw new Error('local storage links need JWT_SECRET to sign them');
    return createHmac('sha256', `dogmath-files:${this.signingKey}`)
      .update(`${key}\n${expires}\n${download ?? ''}`)
      .digest('hex');
  }
}
