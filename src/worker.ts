import 'reflect-metadata';
import { Logger as NestLogger } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from './app/worker.module';
import { validateEnvironment } from './config/environment';

/**
 * A worker process: an application context with no HTTP port, consuming WORKER_QUEUES.
 * On SIGTERM Nest closes the BullMQ workers, which finish their active jobs first.
 */
async function bootstrap(): Promise<void> {
  // Fail on bad settings before Nest starts, with one line naming the variable.
  const env = validateEnvironment(process.env, ['DATABASE_URL', 'REDIS_URL']);
  const context = await NestFactory.createApplicationContext(
    WorkerModule.forQueues(env.WORKER_QUEUES),
    // Errors while building the modules (a bad TTS_PROVIDER, no font) reach the catch below.
    { abortOnError: false, bufferLogs: true },
  );
  context.useLogger(context.get(Logger));
  context.enableShutdownHooks();
  new NestLogger('Worker').log(`consuming ${env.WORKER_QUEUES.join(', ')}`);
}

bootstrap().catch((e: unknown) => {
  // Start-up failures are almost always settings or unreachable services: one line, no stack.
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
