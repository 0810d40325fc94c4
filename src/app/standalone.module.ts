import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '../config/config.module';
import { QueueName } from '../config/environment';
import { API_FEATURE_MODULES } from './api.module';
import { SHARED_MODULES } from './shared-modules';
import { QueueModule } from '../queue/queue.module';
import { RedisClientModule } from '../redis/redis-client.module';
import { consumerModules } from './worker.module';

/** API and worker in one process, for a single machine (`npm run start:all`). */
@Module({})
export class StandaloneModule {
  static forQueues(queues: QueueName[]): DynamicModule {
    return {
      module: StandaloneModule,
      imports: [
        ConfigModule.forRoot(['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET']),
        ...SHARED_MODULES,
        // One process: the processors' workers must survive a Redis restart.
        QueueModule.register('worker'),
        RedisClientModule,
        ...API_FEATURE_MODULES,
        ...consumerModules(queues),
      ],
    };
  }
}
