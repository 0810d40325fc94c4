import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AuthModule } from '../auth/auth.module';
import { DependenciesIndicator } from './dependencies.indicator';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

/** /health (terminus), /health/live and /metrics (Prometheus, internal port or token). */
@Module({
  imports: [TerminusModule.forRoot({ logger: false }), AuthModule],
  controllers: [HealthController, MetricsController],
  providers: [DependenciesIndicator, MetricsService],
  exports: [MetricsService],
})
export class HealthModule {}
