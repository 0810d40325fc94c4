import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { JobSnapshotsRepository } from './job-snapshots.repository';
import { ProgressGateway } from './progress.gateway';

/** Live progress over Socket.IO (API process). */
@Module({ imports: [AuthModule], providers: [ProgressGateway, JobSnapshotsRepository] })
export class ProgressApiModule {}
