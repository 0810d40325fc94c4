import { Module } from '@nestjs/common';
import { AdminBoardModule } from '../admin/admin-board.module';
import { AuthModule } from '../auth/auth.module';
import { ConfigModule } from '../config/config.module';
import { HealthModule } from '../health/health.module';
import { JobsApiModule } from '../jobs/jobs-api.module';
import { RecognizeModule } from '../recognize/recognize.module';
import { ProgressApiModule } from '../progress/progress-api.module';
import { LocalFilesModule } from '../storage/local-files.module';
import { SHARED_MODULES } from './shared-modules';
import { QueueModule } from '../queue/queue.module';
import { RedisClientModule } from '../redis/redis-client.module';

/** What the HTTP side adds to the shared modules. */
export const API_FEATURE_MODULES = [
  AuthModule,
  JobsApiModule,
  RecognizeModule,
  ProgressApiModule,
  AdminBoardModule,
  LocalFilesModule,
  HealthModule,
];

/** The HTTP API process: REST, Socket.IO progress, Bull Board, local file links. */
@Module({
  imports: [
    ConfigModule.forRoot(['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET']),
    ...SHARED_MODULES,
    QueueModule.register('api'),
    RedisClientModule,
    ...API_FEATURE_MODULES,
  ],
})
export class ApiModule {}
