import {
  CanActivate,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import Redis from 'ioredis';
import { REDIS } from '../queue/redis-client.module';
import { Environment } from '../config/environment';

/** The setting that holds a route's limit per client address per minute. */
type RateSetting = 'LOGIN_RATE_PER_MINUTE' | 'SIGNUP_RATE_PER_MINUTE' | 'RECOGNIZE_RATE_PER_MINUTE';
const RATE_LIMIT = 'rateLimit';
export const RateLimited = (setting: RateSetting) => SetMetadata(RATE_LIMIT, setting);
const WINDOW_SECONDS = 60;

/**
 * Counters in Redis (one transaction per request), so the limit holds
 * across all API replicas. Over the limit: 429 with Retry-After. If Redis is down the
 * request goes through: the password check still protects the account.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly env: Environment,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const setting = this.reflector.get<RateSetting | undefined>(RATE_LIMIT, context.getHandler());
    if (!setting) return true;
    const rule = { limit: this.env[setting], windowSeconds: WINDOW_SECONDS };
    const req = context.switchToHttp().getRequest<Request>();
    // The window opens with the first request and lasts a minute (no calendar boundary
    // that two quick bursts could straddle).
    const key = `ratelimit:${req.route?.path ?? req.path}:${req.ip}`;
    let count: number;
    let ttl: number;
    try {
      const result = await this.redis
        .multi()
        .set(key, 0, 'EX', rule.windowSeconds, 'NX')
        .incr(key)
        .ttl(key)
        .exec();
      count = Number(result?.[1]?.[1] ?? 0);
      ttl = Number(result?.[2]?.[1] ?? rule.windowSeconds);
    } catch {
      return true;
    }
    if (count <= rule.limit) return true;
    const retryAfter = Math.max(1, ttl);
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
    throw new HttpException(
      `Too many attempts. Wait ${retryAfter} seconds and try again.`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
