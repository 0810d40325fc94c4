import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { Environment } from '../config/environment';
import { DownloadsController } from './downloads.controller';
import { DownloadTokensRepository } from './download-tokens.repository';
import { JobsController } from './jobs.controller';
import { JobsRepository } from './jobs.repository';
import { JobsService } from './jobs.service';

/** Creating and reading jobs over HTTP (API process). */
@Module({
  imports: [
    MulterModule.registerAsync({
      inject: [Environment],
      // In memory (multer's default), never on disk. Multer counts bytes as they stream in and stops at the limit (413), and takes one
      // file and a few small fields at most.
      useFactory: (env: Environment) => ({
        limits: { fileSize: env.MAX_UPLOAD_BYTES, files: 1, fields: 4, fieldSize: 8 * 1024 },
      }),
    }),
  ],
  controllers: [JobsController, DownloadsController],
  providers: [JobsService, JobsRepository, DownloadTokensRepository],
  exports: [JobsRepository],
})
export class JobsApiModule {}
