import { ConfigModule } from '../config/config.module';
import { PipelineModule } from '../pipeline/pipeline.module';

/** Modules both processes need; the API and the worker differ only by what they add. */
export const SHARED_MODULES = [ConfigModule, PipelineModule];
