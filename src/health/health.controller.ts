import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { DependenciesIndicator } from './dependencies.indicator';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly deps: DependenciesIndicator,
  ) {}

  /** Can this service do its work: Postgres, Redis, storage, and a worker on each queue. 503 if not. */
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 2000 }),
      () => this.deps.redis_(),
      () => this.deps.storage_(),
      () => this.deps.workers(),
    ]);
  }

  /** Is this process up (for container health checks: no dependency decides it). */
  @Get('live')
  live(): { status: 'ok'; uptimeSeconds: number } {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }
}
