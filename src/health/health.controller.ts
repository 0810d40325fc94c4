import { Controller, Get, Headers, Res } from '@nestjs/common';
import { HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';
import { TokenService } from '../auth/token.service';
import { bearerToken } from '../common/credentials';
import { DependenciesIndicator } from './dependencies.indicator';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly deps: DependenciesIndicator,
    private readonly tokens: TokenService,
  ) {}

  /**
   * Can this service do its work: Postgres, Redis, storage, and a worker on each queue
   * (503 if not). Everyone sees up/down per dependency; the error texts (which name
   * internal hosts and ports) only an admin's Bearer token sees.
   */
  @Get()
  async check(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<HealthCheckResult | { status: string; dependencies: Record<string, string> }> {
    let result: HealthCheckResult;
    try {
      result = await this.health.check([
        () => this.db.pingCheck('database', { timeout: 2000 }),
        () => this.deps.redis_(),
        () => this.deps.storage_(),
        () => this.deps.workers(),
      ]);
    } catch (e) {
      result = (e as { getResponse: () => HealthCheckResult }).getResponse();
      res.status(503);
    }
    if (await this.isAdmin(authorization)) return result;
    const dependencies = Object.fromEntries(
      Object.entries(result.details).map(([name, detail]) => [name, detail.status]),
    );
    return { status: result.status, dependencies };
  }

  /** Is this process up (for container health checks: no dependency decides it). */
  @Get('live')
  live(): { status: 'ok'; uptimeSeconds: number } {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }

  private async isAdmin(authorization: string | undefined): Promise<boolean> {
    const token = bearerToken(authorization);
    if (!token) return false;
    const user = await this.tokens.verify(token).catch(() => null);
    return user?.role === 'admin';
  }
}
