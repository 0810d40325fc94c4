import { DataSource } from 'typeorm';

/** Any constant shared by every process: the key of the advisory lock around migrations. */
const MIGRATION_LOCK = 7_351_205_512;

/**
 * Applies pending migrations while holding a Postgres advisory lock, so several API
 * replicas booting at once migrate exactly once (the others wait, then find nothing to do).
 * Returns the names of the migrations applied.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
