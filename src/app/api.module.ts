import { Module } from '@nestjs/common';
import { HealthModule } from '../health/health.module';
import { SHARED_MODULES } from './shared-modules';

/** HTTP API process. Jobs, auth, storage and progress modules join with the service issue. */
@Module({ imports: [...SHARED_MODULES, HealthModule] })
export class ApiModule {}
