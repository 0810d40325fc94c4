import 'reflect-metadata';
import { Logger as NestLogger } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { NestFactory } from '@nestjs/core';
import { prepareHttpApp } from './app/http-app';
import { StandaloneModule } from './app/standalone.module';
import { validateEnvironment } from './config/environment';

/** API and worker in one process (single machine): `npm run start:all`. */
async function bootstrap(): Promise<void> {
  const env = validateEnvironment(process.env, ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET']);
  const app = await NestFactory.create(StandaloneModule.forQueues(env.WORKER_QUEUES), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  await prepareHttpApp(app);
  await app.listen(env.PORT);
  new NestLogger('Standalone').log(
    `listening on :${env.PORT}, consuming ${env.WORKER_QUEUES.join(', ')}`,
  );
}

bootstrap().catch((e: unknown) => {
  // Start-up failures are almost always settings or unreachable services: one line, no stack.
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
