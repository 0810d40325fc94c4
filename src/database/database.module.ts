import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Environment } from '../config/environment';
import { dataSourceOptions } from './data-source-options';

/** The Postgres connection pool for every process (the schema comes from migrations). */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [Environment],
      useFactory: (env: Environment) => ({
        ...dataSourceOptions(env),
        // Each feature registers its own entities (forFeature); nothing is listed here.
        autoLoadEntities: true,
        // Postgres not up yet (compose start order): retry instead of dying at once.
        retryAttempts: 10,
        retryDelay: 1000,
      }),
    }),
  ],
})
export class DatabaseModule {}
