import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DependenciesIndicator } from './dependencies.indicator';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

/** /health (terminus), /health/live and /metrics (Prometheus). */
@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController, MetricsController],
  providers: [DependenciesIndicator, MetricsService],
  exports: [MetricsService],
})
export class HealthModule {}
