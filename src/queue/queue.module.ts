import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { Environment } from '../config/environment';
import { IMAGE2JSON, JSON2VIDEO, MAINTENANCE } from './queue.contracts';
import { producerOptions, workerOptions } from '../redis/redis-options';
import { RedisPolicyCheck } from './redis-policy.check';
import { JobProducer } from './job-producer';

/**
 * BullMQ on REDIS_URL. In the API, queues are added to from requests and must fail fast
 * when Redis is down (503, not a hung request). In a worker, the processors' connections
 * come from the same registration (@nestjs/bullmq builds each Worker on its queue's
 * connection), and they must instead wait and reconnect (maxRetriesPerRequest: null):
 * the workers resume by themselves after a Redis restart.
 */
@Global()
@Module({})
export class QueueModule {
  static register(role: 'api' | 'worker'): DynamicModule {
    const connection = role === 'api' ? producerOptions : workerOptions;
    const bull = [
      BullModule.forRootAsync({
        inject: [Environment],
        useFactory: (env: Environment) => ({ connection: workerOptions(env.REDIS_URL!) }),
      }),
      ...[IMAGE2JSON, JSON2VIDEO, MAINTENANCE].map((name) =>
        BullModule.registerQueueAsync({
          name,
          inject: [Environment],
          useFactory: (env: Environment) => ({ connection: connection(env.REDIS_URL!) }),
        }),
      ),
    ];
    return {
      module: QueueModule,
      imports: bull,
      providers: [RedisPolicyCheck, JobProducer],
      exports: [BullModule, JobProducer],
    };
  }
}
