import { Module } from '@nestjs/common';
import { RenderModule } from './render.module';
import { Json2VideoProcessor } from './json2video.processor';
import { JobsWorkerModule } from './jobs-worker.module';

/** Consumes the json2video queue (WORKER_QUEUES includes json2video). */
@Module({ imports: [JobsWorkerModule, RenderModule], providers: [Json2VideoProcessor] })
export class Json2VideoWorkerModule {}
