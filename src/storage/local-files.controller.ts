import { Controller, Get, Inject, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { LocalDiskStorage } from './local.storage';
import { OBJECT_STORAGE, ObjectStorage, contentTypeOf, safeFileName } from './object-storage';

/**
 * Serves local-disk objects through signed, expiring links (the S3 driver's presigned URLs
 * do this for an object store). Byte ranges work, so browsers can seek in videos.
 */
@Controller('files')
export class LocalFilesController {
  constructor(@Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage) {}

  @Get('*key')
  async serve(
    @Param('key') key: string | string[],
    @Query('expires') expires: string,
    @Query('sig') sig: string,
    @Query('download') download: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const objectKey = Array.isArray(key) ? key.join('/') : key;
    const local = this.storage instanceof LocalDiskStorage ? this.storage : null;
    let valid: boolean;
    try {
      valid = !!local?.verify(objectKey, { expires: Number(expires), sig, download });
    } catch {
      valid = false;
    }
    // One answer for forged, expired and unknown links: nothing to learn from probing.
    if (!local || !valid || !(await local.exists(objectKey)))
      throw new NotFoundException('This link is invalid or has expired. Ask for a new one.');
    res.setHeader('Content-Type', contentTypeOf(objectKey));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (download) res.attachment(safeFileName(download));
    res.sendFile(local.pathOf(objectKey), {
      headers: { 'Cache-Control': 'private, max-age=3600' },
    });
  }
}
