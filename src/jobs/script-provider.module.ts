import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Environment, readerOptions } from '../config/environment';
import { createScriptProvider } from '../pipeline/providers/provider-factory';
import { ScriptProvider } from '../pipeline/providers/script-provider';

export const SCRIPT_PROVIDER = Symbol('SCRIPT_PROVIDER');

/**
 * The image2json worker's Nest wrapper around the pure pipeline: the configured script
 * provider, closed with the application (it owns OCR worker threads). The pipeline itself
 * has no Nest imports.
 */
@Module({
  providers: [
    {
      provide: SCRIPT_PROVIDER,
      inject: [Environment],
      useFactory: (env: Environment) =>
        createScriptProvider(env.SCRIPT_PROVIDER, env, readerOptions(env)),
    },
  ],
  exports: [SCRIPT_PROVIDER],
})
export class ScriptProviderModule implements OnApplicationShutdown {
  constructor(@Inject(SCRIPT_PROVIDER) private readonly provider: ScriptProvider) {}

  /** Last, after the queue workers have finished their jobs. */
  onApplicationShutdown(): Promise<void> {
    return this.provider.close();
  }
}
