import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Environment } from '../config/environment';
import { Role, UserEntity } from './entities/user.entity';
import { UsersRepository } from './users.repository';

/** Who a request or socket acts for, from a verified token and the user's current row. */
export interface AuthUser {
  id: string;
  email: string;
  role: Role;
  /** Videos left, as the row read when the request was authenticated. */
  quota: number;
  /** When the token stops being valid (seconds since the epoch), if known. */
  exp?: number;
}

/** What a token says; the role in it is informational only (the database decides). */
export interface TokenClaims {
  sub: string;
  email: string;
  role: Role;
  /** The user's token version when it was issued. */
  ver?: number;
  exp: number;
}

/** Pinned so a token can never choose its own algorithm (no "none", no RS/HS confusion). */
export const JWT_ALGORITHM = 'HS256';
export const JWT_ISSUER = 'dogmath';
export const JWT_AUDIENCE = 'dogmath-api';

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersRepository,
    private readonly env: Environment,
  ) {}

  issue(user: Pick<UserEntity, 'id' | 'email' | 'role' | 'tokenVersion'>): Promise<string> {
    return this.jwt.signAsync(
      { email: user.email, role: user.role, ver: user.tokenVersion },
      {
        subject: user.id,
        algorithm: JWT_ALGORITHM,
        issuer: JWT_ISSUER,
        audience: JWT_AUDIENCE,
        expiresIn: this.env.JWT_TTL_SECONDS,
      },
    );
  }

  /**
   * The user of a valid token, or null: a bad signature, algorithm, issuer, audience or
   * expiry, or a token the user has since revoked (password change, log out everywhere).
   */
  async verify(token: string): Promise<AuthUser | null> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, {
        algorithms: [JWT_ALGORITHM],
        issuer: JWT_ISSUER,
        audience: JWT_AUDIENCE,
      });
    } catch {
      return null;
    }
    return this.current(claims);
  }

  /**
   * The account as it is now, for claims whose signature was checked. The role comes from
   * the database on every request (one primary-key read), so a demoted admin loses admin
   * at once, not when the token expires.
   */
  async current(claims: TokenClaims): Promise<AuthUser | null> {
    const user = await this.users.findById(claims.sub);
    if (!user || (claims.ver ?? 0) !== user.tokenVersion) return null;
    return { id: user.id, email: user.email, role: user.role, quota: user.quota, exp: claims.exp };
  }
}
