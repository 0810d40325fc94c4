import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { Environment } from '../config/environment';
import { IMAGE2JSON, JSON2VIDEO, MAINTENANCE } from '../jobs/queues';
import { producerOptions, redisOptions } from './redis-options';
import { RedisPolicyCheck } from './redis-policy.check';

/**
 * BullMQ on REDIS_URL. Workers use the root connection (BullMQ sets
 * maxRetriesPerRequest: null and reconnects after a Redis restart); the queues we add to
 * from requests fail fast instead.
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [Environment],
      useFactory: (env: Environment) => ({ connection: redisOptions(env.REDIS_URL!) }),
    }),
    ...[IMAGE2JSON, JSON2VIDEO, MAINTENANCE].map((name) =>
      BullModule.registerQueueAsync({
        name,
        inject: [Environment],
        useFactory: (env: Environment) => ({ connection: producerOptions(env.REDIS_URL!) }),
      }),
    ),
  ],
  providers: [RedisPolicyCheck],
  exports: [BullModule],
})
export class QueueModule {}
