import { Global, Module } from '@nestjs/common';
import { Environment, validateEnvironment } from './environment';

/** Validated settings for every module; start-up fails here, naming the variable. */
@Global()
@Module({
  providers: [{ provide: Environment, useFactory: () => validateEnvironment(process.env) }],
  exports: [Environment],
})
export class ConfigModule {}
