import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Environment, readerOptions } from '../config/environment';
import { createScriptProvider } from './providers/provider-factory';
import { ScriptProvider } from './providers/script-provider';

export const SCRIPT_PROVIDER = Symbol('SCRIPT_PROVIDER');

/**
 * Nest wrapper around the pure pipeline: the configured image2json provider, closed with
 * the application (it owns OCR worker threads).
 */
@Module({
  providers: [
    {
      provide: SCRIPT_PROVIDER,
      inject: [Environment],
      useFactory: (env: Environment) =>
        createScriptProvider(env.SCRIPT_PROVIDER, process.env, readerOptions(env)),
    },
  ],
  exports: [SCRIPT_PROVIDER],
})
export class PipelineModule implements OnApplicationShutdown {
  constructor(@Inject(SCRIPT_PROVIDER) private readonly provider: ScriptProvider) {}

  /** Last, after the queue workers have finished their jobs. */
  onApplicationShutdown(): Promise<void> {
    return this.provider.close();
  }
}
