import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '../config/config.module';
import { QueueName } from '../config/environment';
import { Image2JsonWorkerModule } from '../jobs/image2json-worker.module';
import { Json2VideoWorkerModule } from '../jobs/json2video-worker.module';
import { SHARED_MODULES } from './shared-modules';
import { QueueModule } from '../queue/queue.module';

const CONSUMERS: Record<QueueName, typeof Image2JsonWorkerModule> = {
  image2json: Image2JsonWorkerModule,
  json2video: Json2VideoWorkerModule,
};

/** The processor modules for the queues a process consumes. */
export const consumerModules = (queues: QueueName[]) => queues.map((q) => CONSUMERS[q]);

/** A worker process: no HTTP; consumes the queues it is composed with (WORKER_QUEUES). */
@Module({})
export class WorkerModule {
  static forQueues(queues: QueueName[]): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(['DATABASE_URL', 'REDIS_URL']),
        ...SHARED_MODULES,
        QueueModule.register('worker'),
        ...consumerModules(queues),
      ],
    };
  }
}
