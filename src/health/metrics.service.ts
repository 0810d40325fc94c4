import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';
import { IMAGE2JSON, JSON2VIDEO } from '../queue/queue.contracts';

/**
 * Prometheus metrics of the API process. Job and queue figures are read when scraped
 * (Postgres and BullMQ hold them, so every replica reports the same truth); HTTP latency
 * is observed per request.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'dogmath_http_request_duration_seconds',
    help: 'HTTP request latency',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(
    @InjectDataSource() db: DataSource,
    @InjectQueue(IMAGE2JSON) image2json: Queue,
    @InjectQueue(JSON2VIDEO) json2video: Queue,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'dogmath_api_' });
    new Gauge({
      name: 'dogmath_jobs',
      help: 'Jobs by status',
      labelNames: ['status'],
      registers: [this.registry],
      async collect() {
        const rows: { status: string; n: string }[] = await db.query(
          `SELECT status, count(*) AS n FROM job GROUP BY status`,
        );
        this.reset();
        for (const s of ['WAIT_IMAGE2JSON', 'WAIT_JSON2VIDEO', 'FINISHED', 'FAILED'])
          this.set({ status: s }, Number(rows.find((r) => r.status === s)?.n ?? 0));
      },
    });
    new Gauge({
      name: 'dogmath_queue_jobs',
      help: 'BullMQ entries by queue and state',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const queue of [image2json, json2video]) {
          const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
          for (const [state, n] of Object.entries(counts))
            this.set({ queue: queue.name, state }, n);
        }
      },
    });
    new Gauge({
      name: 'dogmath_stage_seconds_avg',
      help: 'Average time from creation to finish of jobs finished in the last hour',
      registers: [this.registry],
      async collect() {
        const [row] = await db.query(
          `SELECT coalesce(avg(extract(epoch FROM finished_at - created_at)), 0) AS s
           FROM job WHERE status = 'FINISHED' AND finished_at > now() - interval '1 hour'`,
        );
        this.set(Number(row.s));
      },
    });
  }
}
