import { Injectable } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { TokenService } from '../auth/token.service';
import { UsersRepository } from '../auth/users.repository';

/** A Basic login is re-checked with bcrypt at most this often (the board loads many assets). */
const BASIC_CACHE_MS = 60_000;

/**
 * Lets only admins into Bull Board, including its /api routes: a Bearer JWT with role
 * admin, or — so a browser can open the page — HTTP Basic with an admin's email and
 * password. No credentials: 401 with a Basic challenge; a non-admin: 403.
 */
@Injectable()
export class AdminGate {
  private readonly basicOk = new Map<string, number>();

  constructor(
    private readonly tokens: TokenService,
    private readonly users: UsersRepository,
  ) {}

  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    this.decide(req.headers.authorization).then(
      (verdict) => {
        if (verdict === 'admin') return next();
        if (verdict === 'forbidden')
          return void res.status(403).json({ statusCode: 403, message: 'Administrators only.' });
        res.setHeader('WWW-Authenticate', 'Basic realm="DogMath admin", charset="UTF-8"');
        res.status(401).json({ statusCode: 401, message: 'Log in with an administrator account.' });
      },
      () => void res.status(503).json({ statusCode: 503, message: 'Try again in a moment.' }),
    );
  };

  private async decide(header: string | undefined): Promise<'admin' | 'forbidden' | 'anonymous'> {
    const [scheme, value] = (header ?? '').split(' ', 2);
    if (/^bearer$/i.test(scheme) && value) {
      const user = await this.tokens.verify(value);
      if (!user) return 'anonymous';
      return user.role === 'admin' ? 'admin' : 'forbidden';
    }
    if (/^basic$/i.test(scheme) && value) return this.basic(value);
    return 'anonymous';
  }

  private async basic(encoded: string): Promise<'admin' | 'forbidden' | 'anonymous'> {
    const cacheKey = createHash('sha256').update(encoded).digest('hex');
    if ((this.basicOk.get(cacheKey) ?? 0) > Date.now()) return 'admin';
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return 'anonymous';
    const user = await this.users.findByEmail(decoded.slice(0, colon).trim().toLowerCase());
    if (!user || !(await bcrypt.compare(decoded.slice(colon + 1), user.passwordHash)))
      return 'anonymous';
    if (user.role !== 'admin') return 'forbidden';
    this.basicOk.set(cacheKey, Date.now() + BASIC_CACHE_MS);
    return 'admin';
  }
}
