import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { REDIS } from '../redis/redis-client.module';

/** One-time download tokens in Redis: created with an expiry, redeemed atomically (GETDEL). */
@Injectable()
export class DownloadTokensRepository {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async create(jobId: string, ttlSeconds: number): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await this.redis.set(`download:${token}`, jobId, 'EX', ttlSeconds);
    return token;
  }

  /** The job id, once: a second redemption (even a concurrent one) gets null. */
  redeem(token: string): Promise<string | null> {
    if (!/^[A-Za-z0-9_-]{32}$/.test(token)) return Promise.resolve(null);
    return this.redis.getdel(`download:${token}`);
  }
}
