import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Server } from 'node:http';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { Environment } from '../config/environment';
import { serveMetrics } from '../health/metrics-server';

/**
 * Prometheus metrics of a worker process: how long each stage's work takes and how
 * deliveries end. Workers have no HTTP API, so with WORKER_METRICS_PORT set they serve
 * /metrics on that port (for Prometheus on the internal network) and nothing else.
 */
@Injectable()
export class WorkerMetricsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('WorkerMetrics');
  readonly registry = new Registry();
  readonly stageSeconds = new Histogram({
    name: 'dogmath_stage_duration_seconds',
    help: 'Time a worker spends on a stage (image2json: read + solve; json2video: render + upload)',
    labelNames: ['stage'],
    buckets: [0.5, 1, 2, 5, 10, 20, 30, 60, 120],
    registers: [this.registry],
  });
  readonly deliveries = new Counter({
    name: 'dogmath_worker_deliveries_total',
    help: 'Deliveries by queue and outcome (done, skipped: already handled, failed)',
    labelNames: ['queue', 'outcome'],
    registers: [this.registry],
  });
  private server?: Server;

  constructor(private readonly env: Environment) {
    collectDefaultMetrics({ register: this.registry, prefix: 'dogmath_worker_' });
  }

  onApplicationBootstrap(): void {
    const port = this.env.WORKER_METRICS_PORT;
    if (!port) return;
    this.server = serveMetrics(port, this.registry, this.logger);
  }

  onApplicationShutdown(): void {
    this.server?.close();
  }
}
