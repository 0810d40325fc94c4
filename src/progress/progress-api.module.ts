import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { JobsApiModule } from '../jobs/jobs-api.module';
import { ProgressGateway } from './progress.gateway';

/** Live progress over Socket.IO (API process). */
@Module({ imports: [AuthModule, JobsApiModule], providers: [ProgressGateway] })
export class ProgressApiModule {}
