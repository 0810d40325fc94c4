import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { Environment } from '../config/environment';
import { Role } from './entities/user.entity';
import { AuthUser, JWT_ALGORITHM, JWT_AUDIENCE, JWT_ISSUER } from './token.service';

/** Bearer tokens: signature, algorithm, issuer, audience and expiry all checked. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(env: Environment) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: env.JWT_SECRET!,
      algorithms: [JWT_ALGORITHM],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  validate(claims: { sub: string; email: string; role: Role }): AuthUser {
    return { id: claims.sub, email: claims.email, role: claims.role };
  }
}
