import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { UserEntity } from './entities/user.entity';

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
}
