import {
  ConflictException,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { sameSecret } from '../common/credentials';
import bcrypt from 'bcryptjs';
import { Environment } from '../config/environment';
import { CredentialsDto } from './dto/credentials.dto';
import { ChangePasswordDto } from './dto/change-password.dto';
import { SignupDto } from './dto/signup.dto';
import { UserEntity } from './entities/user.entity';
import { RateLimiter } from './rate-limiter';
import { AuthUser, TokenService } from './token.service';
import { DuplicateEmailError, UsersRepository } from './users.repository';

/** A hash to compare against when the email is unknown, so both answers take as long. */
let decoyHash: Promise<string> | undefined;

/**
 * Checks a password against a user (or, for an unknown email, against a decoy hash, so the
 * answer takes the same time either way). bcryptjs's async API yields between rounds.
 */
export async function passwordMatches(
  user: UserEntity | null,
  password: string,
  cost: number,
): Promise<boolean> {
  decoyHash ??= bcrypt.hash('decoy password', cost);
  const ok = await bcrypt.compare(password, user?.passwordHash ?? (await decoyHash));
  return !!user && ok;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly tokens: TokenService,
    private readonly limiter: RateLimiter,
    private readonly env: Environment,
  ) {}

  async signup(dto: SignupDto): Promise<{ access_token: string }> {
    // A school's deployment can require its class code: strangers cannot mint accounts
    // (each one comes with DEFAULT_QUOTA videos).
    const code = this.env.SIGNUP_INVITE_CODE;
    if (code && !sameSecret(dto.invite_code ?? '', code))
      throw new ForbiddenException(
        'Signing up needs the invite code from your teacher or school. Ask them for it.',
      );
    const hash = await bcrypt.hash(dto.password, this.env.BCRYPT_COST);
    try {
      const user = await this.users.create(dto.email, hash, this.env.DEFAULT_QUOTA);
      return { access_token: await this.tokens.issue(user) };
    } catch (e) {
      if (e instanceof DuplicateEmailError)
        throw new ConflictException('An account with this email already exists. Log in instead.');
      throw e;
    }
  }

  async login(dto: CredentialsDto): Promise<{ access_token: string }> {
    // Per account as well as per address: guesses spread over many addresses still count.
    await this.limitAccount(dto.email);
    const user = await this.users.findByEmail(dto.email);
    if (!(await passwordMatches(user, dto.password, this.env.BCRYPT_COST)))
      throw new UnauthorizedException('Wrong email or password.');
    return { access_token: await this.tokens.issue(user!) };
  }

  /** A new password; every other token of the account stops working. Returns a fresh one. */
  async changePassword(who: AuthUser, dto: ChangePasswordDto): Promise<{ access_token: string }> {
    await this.limitAccount(who.email);
    const user = await this.users.findById(who.id);
    if (!(await passwordMatches(user, dto.current_password, this.env.BCRYPT_COST)))
      throw new UnauthorizedException('The current password is wrong.');
    const hash = await bcrypt.hash(dto.new_password, this.env.BCRYPT_COST);
    return { access_token: await this.tokens.issue(await this.users.setPassword(who.id, hash)) };
  }

  /** Every token of the account, this one included, stops working. */
  revokeAll(who: AuthUser): Promise<void> {
    return this.users.revokeTokens(who.id);
  }

  /** One more login attempt at this account (from /auth/login, a password change, Bull Board). */
  limitAccount(email: string): Promise<void> {
    return this.limiter.consume({
      bucket: 'login-account',
      subject: email,
      limit: this.env.LOGIN_ACCOUNT_RATE_PER_HOUR,
      windowSeconds: 3600,
      whenUncounted: 'closed',
    });
  }
}
