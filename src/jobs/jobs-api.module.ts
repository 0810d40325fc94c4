import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobEntity } from './entities/job.entity';
import { AuthModule } from '../auth/auth.module';
import { JobIntakeGuard } from './job-intake.guard';
import { DownloadsController } from './downloads.controller';
import { DownloadTokensRepository } from './download-tokens.repository';
import { JobsController } from './jobs.controller';
import { JobsRepository } from './jobs.repository';
import { JobsService } from './jobs.service';
import { PhotoUploadModule } from '../uploads/photo-upload';

/** Creating and reading jobs over HTTP (API process). */
@Module({
  imports: [TypeOrmModule.forFeature([JobEntity]), PhotoUploadModule, AuthModule],
  controllers: [JobsController, DownloadsController],
  providers: [JobsService, JobsRepository, DownloadTokensRepository, JobIntakeGuard],
  exports: [JobsRepository],
})
export class JobsApiModule {}
