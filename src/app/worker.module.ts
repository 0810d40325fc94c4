import { Module } from '@nestjs/common';
import { SHARED_MODULES } from './shared-modules';

/** Worker process: no HTTP. Queue processors (image2json, json2video) join with the service issue. */
@Module({ imports: [...SHARED_MODULES] })
export class WorkerModule {}
