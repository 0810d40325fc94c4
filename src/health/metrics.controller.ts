import {
  Controller,
  Get,
  Header,
  Headers,
  Logger,
  NotFoundException,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import type { Server } from 'node:http';
import { bearerToken, sameSecret } from '../common/credentials';
import { Environment } from '../config/environment';
import { serveMetrics } from './metrics-server';
import { MetricsService } from './metrics.service';

/**
 * Prometheus metrics of the API. They name routes, queue depths and job counts, so they are
 * not public: served on METRICS_PORT (an internal port compose does not publish) and, on
 * the public port, only to a scraper that sends METRICS_TOKEN as its Bearer token. Anyone
 * else gets the same 404 as an unknown route.
 */
@Controller('metrics')
export class MetricsController implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private server?: Server;

  constructor(
    private readonly metrics: MetricsService,
    private readonly env: Environment,
  ) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4')
  scrape(@Headers('authorization') authorization?: string): Promise<string> {
    const token = this.env.METRICS_TOKEN;
    const given = bearerToken(authorization);
    if (!token || !given || !sameSecret(given, token))
      throw new NotFoundException('Cannot GET /metrics');
    return this.metrics.registry.metrics();
  }

  onApplicationBootstrap(): void {
    if (this.env.METRICS_PORT)
      this.server = serveMetrics(this.env.METRICS_PORT, this.metrics.registry, this.logger);
  }

  onApplicationShutdown(): void {
    this.server?.close();
  }
}
