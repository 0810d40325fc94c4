import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { Environment } from '../config/environment';
import { PROGRESS_CHANNEL, ProgressMessage } from './progress.contract';
import { redisOptions } from '../redis/redis-options';

/** Workers announce progress on the Redis channel `progress` (design); the API fans it out. */
@Injectable()
export class ProgressPublisher implements OnApplicationShutdown {
  private readonly redis: Redis;

  constructor(env: Environment) {
    this.redis = new Redis({ ...redisOptions(env.REDIS_URL!), lazyConnect: true });
  }

  /** Best effort: a lost event is repaired by the next one and by the row clients re-read. */
  async publish(message: ProgressMessage): Promise<void> {
    await this.redis.publish(PROGRESS_CHANNEL, JSON.stringify(message)).catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
  }
}
