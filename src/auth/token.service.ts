import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Environment } from '../config/environment';
import { Role } from './entities/user.entity';

/** Who a request or socket acts for, from a verified token. */
export interface AuthUser {
  id: string;
  email: string;
  role: Role;
  /** When the token stops being valid (seconds since the epoch), if known. */
  exp?: number;
}

/** Pinned so a token can never choose its own algorithm (no "none", no RS/HS confusion). */
export const JWT_ALGORITHM = 'HS256';
export const JWT_ISSUER = 'dogmath';
export const JWT_AUDIENCE = 'dogmath-api';

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly env: Environment,
  ) {}

  issue(user: AuthUser): Promise<string> {
    return this.jwt.signAsync(
      { email: user.email, role: user.role },
      {
        subject: user.id,
        algorithm: JWT_ALGORITHM,
        issuer: JWT_ISSUER,
        audience: JWT_AUDIENCE,
        expiresIn: this.env.JWT_TTL_SECONDS,
      },
    );
  }

  /** The user of a valid token, or null (bad signature, algorithm, issuer, audience or expiry). */
  async verify(token: string): Promise<AuthUser | null> {
    try {
      const claims = await this.jwt.verifyAsync<{
        sub: string;
        email: string;
        role: Role;
        exp: number;
      }>(token, { algorithms: [JWT_ALGORITHM], issuer: JWT_ISSUER, audience: JWT_AUDIENCE });
      return { id: claims.sub, email: claims.email, role: claims.role, exp: claims.exp };
    } catch {
      return null;
    }
  }
}
