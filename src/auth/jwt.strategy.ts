import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { Environment } from '../config/environment';
import {
  AuthUser,
  JWT_ALGORITHM,
  JWT_AUDIENCE,
  JWT_ISSUER,
  TokenClaims,
  TokenService,
} from './token.service';

/**
 * Bearer tokens: signature, algorithm, issuer, audience and expiry checked here, then the
 * user's current role and token version read from the database.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    env: Environment,
    private readonly tokens: TokenService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: env.JWT_SECRET!,
      algorithms: [JWT_ALGORITHM],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  /** null (a revoked token or a deleted user) becomes the guard's 401. */
  async validate(claims: TokenClaims): Promise<AuthUser | false> {
    return (await this.tokens.current(claims)) ?? false;
  }
}
