import { DataSourceOptions } from 'typeorm';
import { Environment } from '../config/environment';
import { CreateUsersAndJobs1764403200000 } from './migrations/1764403200000-CreateUsersAndJobs';
import { AddJobTask1764489600000 } from './migrations/1764489600000-AddJobTask';
import { AddUserTokenVersion1764576000000 } from './migrations/1764576000000-AddUserTokenVersion';

/**
 * Postgres settings shared by the app, ormconfig.ts and the scripts. Schema changes go
 * through migrations, never synchronize. Migrations are listed, not globbed, so tsx, ts-jest
 * and the compiled build all load the same set. Entities belong to their feature modules
 * (TypeOrmModule.forFeature, picked up by autoLoadEntities), so this folder imports none.
 */
export function dataSourceOptions(env: Environment): DataSourceOptions {
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL: required for database access');
  return {
    type: 'postgres',
    url: env.DATABASE_URL,
    synchronize: false,
    migrationsRun: false,
    migrations: [
      CreateUsersAndJobs1764403200000,
      AddJobTask1764489600000,
      AddUserTokenVersion1764576000000,
    ],
    // A lost connection fails the query that used it; the pool opens a new one next time.
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  };
}
