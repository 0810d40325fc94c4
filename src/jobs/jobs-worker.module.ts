import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobEntity } from './entities/job.entity';
import { ProgressPublisher } from '../progress/progress.publisher';
import { JobFailuresService } from './job-failures.service';
import { JobProgressService } from './job-progress.service';
import { JobsRepository } from './jobs.repository';
import { MaintenanceProcessor } from './maintenance.processor';
import { ReconcilerService } from './reconciler.service';
import { CleanupService } from './cleanup.service';
import { WorkerMetricsService } from './worker-metrics.service';

/**
 * What every queue processor needs — the job rows, progress events, failure handling — and
 * the reconciler, which any worker may run.
 */
@Module({
  imports: [TypeOrmModule.forFeature([JobEntity])],
  providers: [
    JobsRepository,
    JobProgressService,
    JobFailuresService,
    ProgressPublisher,
    ReconcilerService,
    CleanupService,
    WorkerMetricsService,
    MaintenanceProcessor,
  ],
  exports: [JobsRepository, JobProgressService, JobFailuresService, WorkerMetricsService],
})
export class JobsWorkerModule {}
