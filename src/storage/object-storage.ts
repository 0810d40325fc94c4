/** Where objects live: one interface, an S3 driver and a local-disk driver. */
export interface ObjectStorage {
  readonly driver: 's3' | 'local';
  /** Creates the bucket / folder if missing. */
  ensureReady(): Promise<void>;
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  putFile(key: string, path: string, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer>;
  /** Copies the object to a local file. */
  download(key: string, path: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  remove(key: string): Promise<void>;
  /** A GET link that works for `ttlSeconds`; `downloadName` makes it an attachment. */
  signedUrl(key: string, ttlSeconds: number, options?: { downloadName?: string }): Promise<string>;
}

export const OBJECT_STORAGE = Symbol('OBJECT_STORAGE');

export class ObjectNotFoundError extends Error {}

/** Keys are made by the server; this refuses anything else (no "..", no odd characters). */
export function assertValidKey(key: string): void {
  if (!/^[a-z0-9][a-z0-9_.-]*(\/[a-z0-9][a-z0-9_.-]*)*$/i.test(key) || key.includes('..'))
    throw new Error(`invalid object key "${key}"`);
}

const CONTENT_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.mp4': 'video/mp4',
  '.vtt': 'text/vtt; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
};

/** Content type by the key's extension. */
export function contentTypeOf(key: string): string {
  const ext = /\.[a-z0-9]+$/i.exec(key)?.[0].toLowerCase() ?? '';
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

/** A download name safe in a Content-Disposition header: letters, digits, "_", "." and "-". */
export function safeFileName(name: string): string {
  return name.replace(/[^\w.-]/g, '_');
}
