import { MigrationInterface, QueryRunner } from 'typeorm';

/** What the student asked for when the problem does not say (product.md: the task field). */
export class AddJobTask1764489600000 implements MigrationInterface {
  name = 'AddJobTask1764489600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE job ADD COLUMN task varchar(12)
        CHECK (task IN ('solve', 'compute', 'simplify', 'expand', 'factor', 'derivative', 'integral', 'limit'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE job DROP COLUMN task`);
  }
}
