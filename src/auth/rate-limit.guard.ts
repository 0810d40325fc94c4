import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { Environment } from '../config/environment';
import { rateLimitSubject } from './client-address';
import { RateLimiter, RateRule, TooManyAttempts } from './rate-limiter';

/** The setting that holds a route's limit per client network and window. */
type RateSetting =
  | 'LOGIN_RATE_PER_MINUTE'
  | 'SIGNUP_RATE_PER_MINUTE'
  | 'SIGNUP_RATE_PER_DAY'
  | 'RECOGNIZE_RATE_PER_MINUTE';
const WINDOWS: Record<RateSetting, number> = {
  LOGIN_RATE_PER_MINUTE: 60,
  SIGNUP_RATE_PER_MINUTE: 60,
  SIGNUP_RATE_PER_DAY: 24 * 3600,
  RECOGNIZE_RATE_PER_MINUTE: 60,
};
const RATE_LIMIT = 'rateLimit';

interface RouteLimit {
  settings: RateSetting[];
  whenUncounted: RateRule['whenUncounted'];
}

/**
 * Limits a route per client network (the address Express derives with TRUST_PROXY; IPv6
 * per /64). `whenUncounted: 'closed'` refuses while Redis is down (password routes).
 */
export const RateLimited = (
  settings: RateSetting | RateSetting[],
  whenUncounted: RateRule['whenUncounted'] = 'open',
) =>
  SetMetadata(RATE_LIMIT, {
    settings: Array.isArray(settings) ? settings : [settings],
    whenUncounted,
  } satisfies RouteLimit);

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
    private readonly env: Environment,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const route = this.reflector.get<RouteLimit | undefined>(RATE_LIMIT, context.getHandler());
    if (!route) return true;
    const req = context.switchToHttp().getRequest<Request>();
    const path = req.route?.path ?? req.path;
    try {
      for (const setting of route.settings)
        await this.limiter.consume({
          bucket: `${path}:${setting}`,
          subject: rateLimitSubject(req.ip),
          limit: this.env[setting],
          windowSeconds: WINDOWS[setting],
          whenUncounted: route.whenUncounted,
        });
    } catch (e) {
      if (e instanceof TooManyAttempts)
        context
          .switchToHttp()
          .getResponse<Response>()
          .setHeader('Retry-After', String(e.retryAfter));
      throw e;
    }
    return true;
  }
}
