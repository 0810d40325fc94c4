import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { Role, UserEntity } from './entities/user.entity';

export class DuplicateEmailError extends Error {}

/** All reads and writes of the "user" table. */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(email: string, passwordHash: string, quota: number): Promise<UserEntity> {
    try {
      return await this.db.getRepository(UserEntity).save({ email, passwordHash, quota });
    } catch (e) {
      // 23505: unique_violation (the email is taken, perhaps by a concurrent signup).
      if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505')
        throw new DuplicateEmailError(email);
      throw e;
    }
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ email });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ id });
  }

  /** A new password; every token issued before it stops working. */
  async setPassword(id: string, passwordHash: string): Promise<UserEntity> {
    await this.db.query(
      `UPDATE "user" SET password_hash = $2, token_version = token_version + 1 WHERE id = $1`,
      [id, passwordHash],
    );
    return (await this.findById(id))!;
  }

  /** Logs the user out everywhere: every token issued so far stops working. */
  async revokeTokens(id: string): Promise<void> {
    await this.db.query(`UPDATE "user" SET token_version = token_version + 1 WHERE id = $1`, [id]);
  }

  /** Changes role and/or quota; null when there is no such user. */
  async update(id: string, change: { role?: Role; quota?: number }): Promise<UserEntity | null> {
    const user = await this.findById(id);
    if (!user) return null;
    await this.db.getRepository(UserEntity).update({ id }, change);
    return this.findById(id);
  }
}
