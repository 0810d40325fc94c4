import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every access token carries the user's token version; changing the password or logging
 * out everywhere bumps it, and every older token stops working at once.
 */
export class AddUserTokenVersion1764576000000 implements MigrationInterface {
  name = 'AddUserTokenVersion1764576000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "user" ADD COLUMN token_version int NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "user" DROP COLUMN token_version`);
  }
}
