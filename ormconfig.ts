import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { validateEnvironment } from './src/config/environment';

/**
 * The TypeORM DataSource for the CLI and the app. Schema changes go through migrations
 * (never synchronize); the tables arrive with the service issue.
 */
export function dataSourceOptions(env = validateEnvironment(process.env)) {
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL: required for database access');
  return {
    type: 'postgres' as const,
    url: env.DATABASE_URL,
    synchronize: false,
    migrationsRun: false,
    entities: [__dirname + '/src/**/entities/*.entity.{ts,js}'],
    migrations: [__dirname + '/src/database/migrations/*.{ts,js}'],
  };
}

// The TypeORM CLI loads this default export; without DATABASE_URL it stops, naming it.
export default new DataSource(dataSourceOptions());
