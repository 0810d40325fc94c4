import { Module } from '@nestjs/common';
import { LocalFilesController } from './local-files.controller';

/** Serves local-disk objects through signed links (API process; unused with S3). */
@Module({ controllers: [LocalFilesController] })
export class LocalFilesModule {}
