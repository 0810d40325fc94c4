import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from './app/worker.module';
import { EnvironmentError, validateEnvironment } from './config/environment';

/**
 * Worker entry: an application context with no HTTP port. This build has no queue
 * processors yet, so it validates its configuration, says so, and stops rather than idle.
 */
async function bootstrap(): Promise<void> {
  // Fail on bad settings before Nest starts, with one line naming the variable.
  validateEnvironment(process.env);
  const context = await NestFactory.createApplicationContext(WorkerModule);
  console.error(
    'worker: configuration is valid, but this build has no queue processors yet (image2json/json2video arrive with the service); exiting',
  );
  await context.close();
  process.exit(1);
}

bootstrap().catch((e: unknown) => {
  console.error(e instanceof EnvironmentError ? e.message : e);
  process.exit(1);
});
