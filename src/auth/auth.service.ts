import { ConflictException, Injectable, UnauthorizedException } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { Environment } from '../config/environment';
import { CredentialsDto } from './dto/credentials.dto';
import { TokenService } from './token.service';
import { DuplicateEmailError, UsersRepository } from './users.repository';

/** A hash to compare against when the email is unknown, so both answers take as long. */
let decoyHash: Promise<string> | undefined;

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly tokens: TokenService,
    private readonly env: Environment,
  ) {}

  async signup(dto: CredentialsDto): Promise<{ access_token: string }> {
    // bcryptjs's async API yields to the event loop between rounds.
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
    const user = await this.users.findByEmail(dto.email);
    decoyHash ??= bcrypt.hash('decoy password', this.env.BCRYPT_COST);
    const ok = await bcrypt.compare(dto.password, user?.passwordHash ?? (await decoyHash));
    if (!user || !ok) throw new UnauthorizedException('Wrong email or password.');
    return { access_token: await this.tokens.issue(user) };
  }
}
