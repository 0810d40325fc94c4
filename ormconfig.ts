import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { validateEnvironment } from './src/config/environment';
import { dataSourceOptions } from './src/database/data-source-options';

// The TypeORM DataSource (for the TypeORM CLI and scripts). Without DATABASE_URL it stops, naming it.
export default new DataSource(
  dataSourceOptions(validateEnvironment(process.env, ['DATABASE_URL'])),
);
