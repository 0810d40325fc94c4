import { DynamicModule, Global, Module } from '@nestjs/common';
import { Environment, RequiredSetting, validateEnvironment } from './environment';

/** Validated settings for every module; start-up fails here, naming the variable. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(required: RequiredSetting[]): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: Environment, useFactory: () => validateEnvironment(process.env, required) },
      ],
      exports: [Environment],
    };
  }
}
