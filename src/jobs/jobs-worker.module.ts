import { Module } from '@nestjs/common';
import { ProgressPublisher } from '../progress/progress.publisher';
import { JobFailuresService } from './job-failures.service';
import { JobProgressService } from './job-progress.service';
import { JobsRepository } from './jobs.repository';

/** What every queue processor needs: the job rows, progress events and failure handling. */
@Module({
  providers: [JobsRepository, JobProgressService, JobFailuresService, ProgressPublisher],
  exports: [JobsRepository, JobProgressService, JobFailuresService],
})
export class JobsWorkerModule {}
