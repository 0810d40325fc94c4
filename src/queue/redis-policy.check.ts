import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { withTimeout } from '../common/with-timeout';
import { IMAGE2JSON } from './queue.contracts';

/**
 * BullMQ keeps its queues in ordinary keys: a Redis that evicts under memory pressure can
 * silently drop queued work. Warn at start-up unless maxmemory-policy is noeviction.
 */
@Injectable()
export class RedisPolicyCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger('Redis');

  constructor(@InjectQueue(IMAGE2JSON) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      // Never hold up start-up: BullMQ waits for a connection that may not come.
      const client = (await withTimeout<unknown>(this.queue.client, 2000, 'Redis')) as Redis;
      const [, policy] = (await client.config('GET', 'maxmemory-policy')) as string[];
      if (policy !== 'noeviction')
        this.logger.warn(
          `maxmemory-policy is "${policy}": set it to "noeviction" or queued jobs may be evicted`,
        );
    } catch {
      // Redis down (the API still starts and answers 503) or CONFIG disabled by the host.
    }
  }
}
