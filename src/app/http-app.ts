import { INestApplication, Logger, ValidationPipe } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AllExceptionsFilter } from '../common/all-exceptions.filter';
import { Environment } from '../config/environment';
import { runMigrationsLocked } from '../database/migrator';

/**
 * Everything an HTTP process sets up besides its modules: strict validation (unknown
 * fields refused), errors without internals, migrations under an advisory lock, graceful
 * shutdown. Shared by main.ts, standalone.ts and the tests.
 */
export async function prepareHttpApp(app: INestApplication): Promise<void> {
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
  );
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  if (app.get(Environment).RUN_MIGRATIONS) {
    const applied = await runMigrationsLocked(app.get(DataSource));
    if (applied.length) new Logger('Database').log(`migrations applied: ${applied.join(', ')}`);
  }
}
