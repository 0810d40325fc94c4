import { HttpException, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { AuthService, passwordMatches } from '../auth/auth.service';
import { rateLimitSubject } from '../auth/client-address';
import { RateLimiter } from '../auth/rate-limiter';
import { TokenService } from '../auth/token.service';
import { UsersRepository } from '../auth/users.repository';
import { Environment } from '../config/environment';

/** A Basic login is re-checked with bcrypt at most this often (the board loads many assets). */
const BASIC_CACHE_MS = 60_000;

type Verdict = 'admin' | 'forbidden' | 'anonymous';

/**
 * Lets only admins into Bull Board, including its /api routes: a Bearer JWT of a user who
 * is an admin now (the role is read from the database, so a demoted admin is refused at
 * once), or — so a browser can open the page — HTTP Basic with an admin's email and
 * password. Basic answers every failure alike (401: unknown email, wrong password, or the
 * right password of a non-admin), compares a decoy hash for unknown emails, and counts
 * guesses per client network and per account like /auth/login (429 past the limit).
 */
@Injectable()
export class AdminGate {
  /** A verified Basic header → the admin's id and password hash at the time. */
  private readonly basicOk = new Map<string, { userId: string; hash: string; until: number }>();

  constructor(
    private readonly tokens: TokenService,
    private readonly users: UsersRepository,
    private readonly limiter: RateLimiter,
    private readonly auth: AuthService,
    private readonly env: Environment,
  ) {}

  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    this.decide(req).then(
      (verdict) => {
        if (verdict === 'admin') return next();
        if (verdict === 'forbidden')
          return void res.status(403).json({ statusCode: 403, message: 'Administrators only.' });
        res.setHeader('WWW-Authenticate', 'Basic realm="DogMath admin", charset="UTF-8"');
        res.status(401).json({ statusCode: 401, message: 'Log in with an administrator account.' });
      },
      (e: unknown) => {
        if (e instanceof HttpException) {
          const retryAfter = (e as { retryAfter?: number }).retryAfter;
          if (retryAfter) res.setHeader('Retry-After', String(retryAfter));
          return void res
            .status(e.getStatus())
            .json({ statusCode: e.getStatus(), message: e.message });
        }
        res.status(503).json({ statusCode: 503, message: 'Try again in a moment.' });
      },
    );
  };

  private async decide(req: Request): Promise<Verdict> {
    const [scheme, value] = (req.headers.authorization ?? '').split(' ', 2);
    if (/^bearer$/i.test(scheme) && value) {
      const user = await this.tokens.verify(value);
      if (!user) return 'anonymous';
      return user.role === 'admin' ? 'admin' : 'forbidden';
    }
    if (/^basic$/i.test(scheme) && value) return this.basic(value, req.ip);
    return 'anonymous';
  }

  private async basic(encoded: string, ip: string | undefined): Promise<Verdict> {
    const cacheKey = createHash('sha256').update(encoded).digest('hex');
    const cached = this.basicOk.get(cacheKey);
    if (cached && cached.until > Date.now()) {
      // No bcrypt, but still the account as it is now: demoted or password changed = out.
      const user = await this.users.findById(cached.userId);
      if (user?.role === 'admin' && user.passwordHash === cached.hash) return 'admin';
      this.basicOk.delete(cacheKey);
    }
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return 'anonymous';
    const email = decoded.slice(0, colon).trim().toLowerCase();
    // Counted before the bcrypt compare, which is what a guess costs the server.
    await this.limiter.consume({
      bucket: 'admin-basic',
      subject: rateLimitSubject(ip),
      limit: this.env.LOGIN_RATE_PER_MINUTE,
      windowSeconds: 60,
      whenUncounted: 'closed',
    });
    await this.auth.limitAccount(email);
    const user = await this.users.findByEmail(email);
    const ok = await passwordMatches(user, decoded.slice(colon + 1), this.env.BCRYPT_COST);
    // A non-admin's right password answers exactly like a wrong one: no password oracle.
    if (!ok || user!.role !== 'admin') return 'anonymous';
    this.pruneCache();
    this.basicOk.set(cacheKey, {
      userId: user!.id,
      hash: user!.passwordHash,
      until: Date.now() + BASIC_CACHE_MS,
    });
    return 'admin';
  }

  private pruneCache(): void {
    const now = Date.now();
    for (const [key, entry] of this.basicOk) if (entry.until <= now) this.basicOk.delete(key);
  }
}
