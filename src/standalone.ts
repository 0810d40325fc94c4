import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { prepareHttpApp } from './app/http-app';
import { StandaloneModule } from './app/standalone.module';
import { validateEnvironment } from './config/environment';

/** API and worker in one process (single machine): `npm run start:all`. */
async function bootstrap(): Promise<void> {
  const env = validateEnvironment(process.env, ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET']);
  const app = await NestFactory.create(StandaloneModule.forQueues(env.WORKER_QUEUES));
  await prepareHttpApp(app);
  await app.listen(env.PORT);
  new Logger('Standalone').log(
    `listening on :${env.PORT}, consuming ${env.WORKER_QUEUES.join(', ')}`,
  );
}

bootstrap().catch((e: unknown) => {
  // Start-up failures are almost always settings or unreachable services: one line, no stack.
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
