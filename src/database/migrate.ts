import 'reflect-metadata';
import dataSource from '../../ormconfig';
import { runMigrationsLocked } from './migrator';

/** `npm run migration:run`: applies pending migrations (DATABASE_URL) and names them. */
async function main(): Promise<void> {
  await dataSource.initialize();
  try {
    const applied = await runMigrationsLocked(dataSource);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'schema is up to date');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
