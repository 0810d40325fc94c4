import {
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  ServiceUnavailableException,
} from '@nestjs/common';
import Redis from 'ioredis';
import { REDIS } from '../redis/redis-client.module';

export interface RateRule {
  /** Names the counter (a route, "login-account", "admin-basic" …). */
  bucket: string;
  /** Who is counted: a client network (see rateLimitSubject), an account, a user id. */
  subject: string;
  limit: number;
  windowSeconds: number;
  /**
   * What to do when Redis cannot count: 'open' lets the request through (cheap routes),
   * 'closed' refuses with 503 (password checks: Redis being down must not lift the limit
   * an attacker is guessing against).
   */
  whenUncounted: 'open' | 'closed';
}

/**
 * Fixed-window counters in Redis (one transaction per request), shared by every API
 * replica. Over the limit: 429 with the seconds to wait.
 */
@Injectable()
export class RateLimiter {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** Counts one attempt; throws 429 (with `retryAfter`) past the limit. */
  async consume(rule: RateRule): Promise<void> {
    const key = `ratelimit:${rule.bucket}:${rule.subject}`;
    let count: number;
    let ttl: number;
    try {
      // The window opens with the first attempt (no calendar boundary that two quick bursts
      // could straddle).
      const result = await this.redis
        .multi()
        .set(key, 0, 'EX', rule.windowSeconds, 'NX')
        .incr(key)
        .ttl(key)
        .exec();
      if (!result || result.some(([error]) => error)) throw new Error('rate counter failed');
      count = Number(result[1][1]);
      ttl = Number(result[2][1]);
    } catch {
      if (rule.whenUncounted === 'open') return;
      throw new ServiceUnavailableException(
        'Logging in is paused for a moment. Try again in a minute.',
      );
    }
    if (count <= rule.limit) return;
    throw new TooManyAttempts(Math.max(1, ttl));
  }
}

/** 429 that knows its Retry-After. */
export class TooManyAttempts extends HttpException {
  constructor(readonly retryAfter: number) {
    super(
      `Too many attempts. Wait ${retryAfter} seconds and try again.`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
