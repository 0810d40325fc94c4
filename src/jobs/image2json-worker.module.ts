import { Module } from '@nestjs/common';
import { ScriptProviderModule } from './script-provider.module';
import { Image2JsonProcessor } from './image2json.processor';
import { JobsWorkerModule } from './jobs-worker.module';

/** Consumes the image2json queue (WORKER_QUEUES includes image2json). */
@Module({ imports: [JobsWorkerModule, ScriptProviderModule], providers: [Image2JsonProcessor] })
export class Image2JsonWorkerModule {}
